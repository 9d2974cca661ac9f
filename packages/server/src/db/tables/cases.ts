import type { TimelineKind } from "@onewindow/shared";
import type { Generated } from "kysely";
import type { ProcessState } from "@onewindow/shared";
import type { Json, Timestamp } from "./columns.js";

/** Cases (办件): numbers, materials, documents on file, steps, the timeline, 收件 receipts. */

export interface CaseNumberCountersTable {
  prefix: string;
  last: number;
}

export type CaseStatus =
  "accepted" | "in_review" | "supplement_required" | "approved" | "rejected" | "not_accepted" | "withdrawn";

export interface CasesTable {
  id: Generated<string>;
  district_code: string;
  case_no: string;
  item_code: string;
  item_version: number;
  process_key: string;
  process_version: number;
  process_state: Json<ProcessState>;
  status: CaseStatus;
  site_code: string;
  community_code: string;
  resident_id: string;
  applicant_name: string;
  form_data: Json<Record<string, unknown>>;
  accept_mode: "normal" | "tolerate-missing" | "deemed";
  ticket_id: string | null;
  accepted_by: string;
  accepted_at: Timestamp;
  promised_due: string | null;
  statutory_due: string | null;
  extended_days: Generated<number>;
  /** The item's extension allowance when the case was accepted. */
  extension_allowed_days: Generated<number>;
  delivered_at: Timestamp | null;
  delivery_method: DeliveryMethod | null;
  delivery_recipient: string | null;
  delivery_note: string | null;
  delivered_by: string | null;
  paused_since: Timestamp | null;
  supplement_due: string | null;
  ended_at: Timestamp | null;
  public_token: string;
}

export interface CaseMaterialsTable {
  case_id: string;
  material_id: string;
  name: string;
  required: boolean;
  provided: boolean;
  due_date: string | null;
  reused_level: Generated<"A" | "B" | null>;
}

export interface ResidentDocumentsTable {
  id: Generated<string>;
  district_code: string;
  resident_id: string;
  name: string;
  trust_level: "A" | "B" | "C" | "D";
  source: string;
  verified_by: string | null;
  case_id: string | null;
  recorded_at: Timestamp;
  valid_until: string | null;
}

export type TaskStatus = "open" | "approved" | "rejected" | "returned" | "cancelled";

export interface TasksTable {
  id: Generated<string>;
  district_code: string;
  case_id: string;
  engine_task_id: string;
  node: string;
  name: string;
  org_code: string;
  status: TaskStatus;
  opened_at: Timestamp;
  due_date: string | null;
  completed_at: Timestamp | null;
  completed_by: string | null;
  comment: string | null;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  at: Timestamp;
  kind: TimelineKind;
  /** The entry's particulars; null on entries written before migration 0026 (text only). */
  params: Json<Record<string, unknown>> | null;
  text: string;
  org_code: string | null;
  actor_id: string | null;
}

export interface CaseReceiptsTable {
  id: Generated<string>;
  district_code: string;
  receipt_no: string;
  item_code: string;
  site_code: string;
  community_code: string;
  resident_id: string;
  applicant_name: string;
  form_data: Json<Record<string, unknown>>;
  provided_materials: string[];
  received_by: string;
  received_at: Timestamp;
  examine_by: string;
  status: Generated<"received" | "accepted" | "notified" | "refused" | "deemed_accepted">;
  missing_materials: string[] | null;
  case_id: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

export type DeliveryMethod = "window" | "post" | "electronic";
