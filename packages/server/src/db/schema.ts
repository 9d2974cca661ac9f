import type { ColumnType, Generated } from "kysely";
import type { FormSchema, ProcessDefinition, ProcessState } from "@onewindow/shared";

/** Kysely's view of the tables in ./migrations. Keep in step with the SQL. */

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type CatalogStep = {
  name: string;
  orgKind: "community" | "street" | "department";
  /** Department key (e.g. MZ) when the step is handled by a department. */
  deptKey?: string;
  /** Runs in parallel with the neighbouring parallel steps (并联审批). */
  parallel: boolean;
  /** Working days this step may take. */
  days: number;
};

export interface OrgsTable {
  code: string;
  district_code: string;
  name: string;
  short_name: string;
  kind: "district" | "street" | "community" | "department";
  parent_code: string | null;
  path: string;
  dept_key: string | null;
  phone: string | null;
  address: string | null;
  sort_order: number;
}

export interface SitesTable {
  code: string;
  district_code: string;
  name: string;
  address: string;
  opening_hours: string;
  phone: string | null;
}

export interface CountersTable {
  id: Generated<string>;
  district_code: string;
  site_code: string;
  number: number;
  name: string;
  kind: "comprehensive" | "dedicated" | "collection";
  status: Generated<"open" | "paused" | "closed">;
  /** Null: every service group (a comprehensive window). */
  service_codes: string[] | null;
  staff_id: string | null;
  pause_reason: string | null;
  status_since: Timestamp | null;
}

export interface StaffTable {
  id: Generated<string>;
  district_code: string;
  username: string;
  name: string;
  org_code: string;
  password_hash: string;
  active: Generated<boolean>;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  created_by: string | null;
  phone_cipher: Generated<string | null>;
  phone_index: Generated<string | null>;
  phone_masked: Generated<string | null>;
}

export interface StaffRolesTable {
  staff_id: string;
  role: "admin" | "clerk" | "approver" | "supervisor";
  org_code: string;
}

export interface SessionsTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  username: string;
  failures: number;
  first_failed_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface DevicesTable {
  id: Generated<string>;
  district_code: string;
  name: string;
  site_code: string;
  kind: "kiosk" | "display";
  token_hash: string;
  created_at: Timestamp;
  created_by: string | null;
  revoked_at: Timestamp | null;
  last_seen_at: Timestamp | null;
}

export interface CatalogCategoriesTable {
  code: string;
  name: string;
  sort_order: number;
}

export interface ServiceItemsTable {
  code: string;
  district_code: string;
  basic_code: string;
  name: string;
  category_code: string;
  kind:
    | "permit"
    | "confirmation"
    | "payment"
    | "adjudication"
    | "reward"
    | "filing"
    | "other_power"
    | "public_service";
  handling: "instant" | "promised";
  statutory_days: number;
  promised_days: number;
  extension_days: Generated<number>;
  department_code: string;
  agency_uscc: string;
  level_text: string;
  steps: Json<CatalogStep[]>;
  fee_fen: number;
  fee_text: string;
  online: boolean;
  max_visits: number;
  legal_basis: string;
  community_issuable: boolean;
  not_issuable_reason: string | null;
  consult_phone: string | null;
  supervise_phone: string | null;
  form_schema: ColumnType<FormSchema | null, string | null | undefined, string | null>;
  sort_order: Generated<number>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ServiceMaterialsTable {
  item_code: string;
  id: string;
  name: string;
  required: boolean;
  form: "original" | "copy" | "original_and_copy" | "electronic";
  copies: number;
  source: string;
  note: string | null;
  sort_order: number;
}

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

export interface ProcessDefinitionsTable {
  key: string;
  version: number;
  name: string;
  definition: Json<ProcessDefinition>;
  source: "catalog" | "bpmn";
  created_at: Timestamp;
}

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
  stage: string;
  text: string;
  org_code: string | null;
  actor_id: string | null;
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

export interface PaymentOrdersTable {
  id: Generated<string>;
  district_code: string;
  order_no: string;
  biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
  account_cipher: string;
  account_index: string;
  account_masked: string;
  holder_masked: string | null;
  amount_fen: number;
  status: "pending" | "succeeded" | "failed";
  failure_reason: string | null;
  biller_ref: string | null;
  card_masked: string | null;
  card_auth_code: string | null;
  device_id: string | null;
  site_code: string;
  created_at: Timestamp;
  settled_at: Timestamp | null;
  settled_by: "answer" | "reconciliation" | null;
  reconcile_attempts: Generated<number>;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  district_code: string;
  entry_group: string;
  order_id: string;
  event: "captured" | "succeeded" | "failed";
  account: string;
  debit_fen: number;
  credit_fen: number;
  created_at: Timestamp;
}

export type DistrictSection = "intro" | "scenery" | "history" | "economy" | "civility" | "party";

export interface DistrictPagesTable {
  id: Generated<string>;
  district_code: string;
  section: DistrictSection;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  published: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface DistrictPageImagesTable {
  id: Generated<string>;
  page_id: string;
  caption: Generated<string>;
  mime: "image/jpeg" | "image/png" | "image/webp" | "image/svg+xml";
  data: Buffer | Uint8Array;
  bytes: number;
  sort_order: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
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

export interface Database {
  resident_documents: ResidentDocumentsTable;
  case_receipts: CaseReceiptsTable;
  district_pages: DistrictPagesTable;
  district_page_images: DistrictPageImagesTable;
  payment_orders: PaymentOrdersTable;
  ledger_entries: LedgerEntriesTable;
  case_rollup_deltas: CaseRollupDeltasTable;
  case_rollup_monthly: CaseRollupMonthlyTable;
  case_rollup_daily: CaseRollupDailyTable;
  supervision_flags: SupervisionFlagsTable;
  supervision_orders: SupervisionOrdersTable;
  evaluations: EvaluationsTable;
  rectifications: RectificationsTable;
  supervision_alerts: SupervisionAlertsTable;
  audit_chain_head: AuditChainHeadTable;
  queue_services: QueueServicesTable;
  queue_rules: QueueRulesTable;
  queue_site_state: QueueSiteStateTable;
  queue_day_counters: QueueDayCountersTable;
  queue_tickets: QueueTicketsTable;
  queue_events: QueueEventsTable;
  data_access_log: DataAccessLogTable;
  outbox_messages: OutboxMessagesTable;
  process_definitions: ProcessDefinitionsTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_materials: CaseMaterialsTable;
  tasks: TasksTable;
  case_events: CaseEventsTable;
  calendar_days: CalendarDaysTable;
  app_settings: AppSettingsTable;
  orgs: OrgsTable;
  sites: SitesTable;
  counters: CountersTable;
  staff: StaffTable;
  staff_roles: StaffRolesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  devices: DevicesTable;
  catalog_categories: CatalogCategoriesTable;
  service_items: ServiceItemsTable;
  service_materials: ServiceMaterialsTable;
  residents: ResidentsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
}
