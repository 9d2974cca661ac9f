// The cases module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { setCaseNumberPattern } from "./case-number.js";
export { findCaseByNo } from "./cases.repo.js";
export { caseRoutes } from "./cases.routes.js";
export { caseDeadlineRoutes } from "./deadline.routes.js";
export { deliverResult } from "./delivery.service.js";
export type { DeliveryInput } from "./delivery.service.js";
export { acceptCase } from "./intake.service.js";
export { publicCaseRoutes } from "./public.routes.js";
export { receiptRoutes } from "./receipts.routes.js";
export { deemAccepted } from "./receipts.service.js";
export { shiftCaseDues } from "./reschedule.js";
export { caseSearchRoutes } from "./search.routes.js";
export { completeTask } from "./tasks.service.js";
export { getCaseForStaff } from "./view.service.js";
export { withdrawCase } from "./withdraw.service.js";
export { generateCaseHistory } from "./history.js";
export type { HistoryOptions } from "./history.js";
