import type { Generated } from "kysely";
import type { Json, Timestamp } from "./columns.js";

/** 排队叫号: service groups, calling rules, tickets and their events. */

export interface QueueServicesTable {
  site_code: string;
  code: string;
  district_code: string;
  name: string;
  categories: Generated<string[]>;
  start_no: Generated<number>;
  end_no: Generated<number>;
  daily_cap: number | null;
  sort_order: Generated<number>;
}

export interface QueueRulesTable {
  site_code: string;
  priority_every: Generated<number>;
  appointment_lead_minutes: Generated<number>;
  max_recalls: Generated<number>;
  near_position: Generated<number>;
  target_wait_minutes: Generated<number>;
  notice: Generated<string>;
  updated_at: Timestamp;
}

export interface QueueSiteStateTable {
  site_code: string;
  day: string;
  normals_since_priority: Generated<number>;
}

export interface QueueDayCountersTable {
  site_code: string;
  service_code: string;
  day: string;
  last: number;
}

export type QueueTicketStatus = "waiting" | "called" | "finished" | "no_show";

export interface QueueTicketsTable {
  id: Generated<string>;
  district_code: string;
  site_code: string;
  service_code: string;
  day: string;
  seq: number;
  number: string;
  priority: "normal" | "elderly" | "disabled" | "pregnant";
  priority_derived: Generated<boolean>;
  item_code: string | null;
  resident_id: string | null;
  id_number_cipher: string | null;
  id_number_index: string | null;
  phone_cipher: string | null;
  status: QueueTicketStatus;
  issued_at: Timestamp;
  issued_by_device: string | null;
  issued_by_staff: string | null;
  appointment_at: Timestamp | null;
  counter_id: string | null;
  target_counter_id: string | null;
  called_at: Timestamp | null;
  first_called_at: Timestamp | null;
  called_by: string | null;
  recalls: Generated<number>;
  transferred_at: Timestamp | null;
  finished_at: Timestamp | null;
  near_notified_at: Timestamp | null;
  public_token: string;
}

export interface QueueEventsTable {
  id: Generated<number>;
  site_code: string;
  kind: "call" | "line";
  payload: Json<Record<string, unknown>>;
  at: Timestamp;
}
