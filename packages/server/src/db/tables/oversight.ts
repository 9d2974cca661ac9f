import type { Generated } from "kysely";
import type { Timestamp } from "./columns.js";

/** 电子监察 and 统计分析: deadline cards, flags, orders, ratings and rectifications, dashboard rollups. */

export interface SupervisionAlertsTable {
  id: Generated<string>;
  district_code: string;
  task_id: string;
  case_id: string;
  org_code: string;
  level: "warning" | "yellow" | "red";
  due_date: string;
  raised_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface SupervisionFlagsTable {
  id: Generated<string>;
  district_code: string;
  kind: "stage_overtime" | "late_forwarding" | "refusal_without_reason";
  task_id: string;
  case_id: string;
  org_code: string;
  staff_id: string | null;
  detail: string;
  raised_at: Timestamp;
}

export interface SupervisionOrdersTable {
  id: Generated<string>;
  district_code: string;
  case_id: string;
  org_code: string;
  message: string;
  answer_due: string;
  sent_by: string;
  sent_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  answer: string | null;
}

export interface EvaluationsTable {
  id: Generated<string>;
  district_code: string;
  channel: "online" | "onsite" | "kiosk";
  case_id: string | null;
  ticket_id: string | null;
  payment_order_id: Generated<string | null>;
  org_code: string;
  level: number;
  comment: string | null;
  resident_id: string | null;
  created_at: Timestamp;
  appeal_status: Generated<"none" | "pending" | "upheld" | "dismissed">;
  appeal_reason: string | null;
  appealed_by: string | null;
  appealed_at: Timestamp | null;
  appeal_note: string | null;
  appeal_decided_by: string | null;
  appeal_decided_at: Timestamp | null;
}

export interface RectificationsTable {
  id: Generated<string>;
  district_code: string;
  evaluation_id: string;
  org_code: string;
  due_date: string;
  status: Generated<"open" | "done" | "withdrawn">;
  callback_at: Timestamp | null;
  callback_by: string | null;
  callback_reached: boolean | null;
  callback_note: string | null;
  result: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  created_at: Timestamp;
}

type RollupFigures = {
  received: number;
  accepted: number;
  completed: number;
  on_time: number;
  approved: number;
  handling_seconds: number;
};

export interface CaseRollupDeltasTable extends RollupFigures {
  id: Generated<string>;
  day: string;
  community_code: string;
  item_code: string;
}

export interface CaseRollupMonthlyTable extends RollupFigures {
  month: string;
  community_code: string;
  item_code: string;
}

export interface CaseRollupDailyTable extends RollupFigures {
  day: string;
  community_code: string;
}
