/** Kysely's view of the tables in ./migrations, one file per area under ./tables. Keep in step with the SQL. */
import type {
  CountersTable,
  DevicesTable,
  LoginThrottleTable,
  OrgsTable,
  SessionsTable,
  SitesTable,
  StaffRolesTable,
  StaffTable,
} from "./tables/org.js";
import type {
  CatalogCategoriesTable,
  ProcessDefinitionsTable,
  ServiceItemsTable,
  ServiceMaterialsTable,
} from "./tables/catalog.js";
import type {
  AppSettingsTable,
  AuditChainHeadTable,
  AuditLogTable,
  CalendarDaysTable,
  DataAccessLogTable,
  IdempotencyKeysTable,
  OutboxMessagesTable,
  ResidentsTable,
} from "./tables/platform.js";
import type {
  CaseEventsTable,
  CaseMaterialsTable,
  CaseNumberCountersTable,
  CaseReceiptsTable,
  CasesTable,
  ResidentDocumentsTable,
  TasksTable,
} from "./tables/cases.js";
import type {
  QueueDayCountersTable,
  QueueEventsTable,
  QueueRulesTable,
  QueueServicesTable,
  QueueSiteStateTable,
  QueueTicketsTable,
} from "./tables/queue.js";
import type {
  CaseRollupDailyTable,
  CaseRollupDeltasTable,
  CaseRollupMonthlyTable,
  EvaluationsTable,
  RectificationsTable,
  SupervisionAlertsTable,
  SupervisionFlagsTable,
  SupervisionOrdersTable,
} from "./tables/oversight.js";
import type {
  DistrictPageImagesTable,
  DistrictPagesTable,
  LedgerEntriesTable,
  PaymentOrdersTable,
} from "./tables/citizen.js";

export type * from "./tables/org.js";
export type * from "./tables/catalog.js";
export type * from "./tables/platform.js";
export type * from "./tables/cases.js";
export type * from "./tables/queue.js";
export type * from "./tables/oversight.js";
export type * from "./tables/citizen.js";

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
