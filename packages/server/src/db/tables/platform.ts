import type { Generated } from "kysely";
import type { Json, Timestamp } from "./columns.js";

/** What every module leans on: residents, idempotency, the audit log, settings, the calendar, the SMS outbox, shared-data access. */

export interface ResidentsTable {
  id: Generated<string>;
  district_code: string;
  id_number_cipher: string;
  id_number_index: string;
  name: string;
  sex: "male" | "female";
  birth_date: string;
  phone_cipher: string | null;
  phone_index: string | null;
  community_code: string | null;
  address: string | null;
  demo: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number | null;
  response_body: string | null;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  district_code: string;
  at: Timestamp;
  actor_type: "staff" | "device" | "resident" | "system" | "anonymous";
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  detail: Json<Record<string, unknown>>;
  chain_seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface AuditChainHeadTable {
  id: number;
  seq: number;
  hash: string;
  sealed_at: Timestamp | null;
}

export interface AppSettingsTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface CalendarDaysTable {
  date: string;
  year: number;
  kind: "holiday" | "workday";
  name: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  district_code: string;
  dedupe_key: string;
  channel: "sms";
  to_cipher: string;
  to_index: string;
  to_masked: string;
  template: string;
  text: string;
  status: "pending" | "sent" | "failed";
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  provider_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface DataAccessLogTable {
  id: Generated<number>;
  district_code: string;
  at: Timestamp;
  actor_id: string;
  case_id: string;
  source: "property" | "land";
  purpose: string;
  outcome: "found" | "none" | "failed";
  duration_ms: number;
}
