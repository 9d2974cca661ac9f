// The supervision module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { openCardsOf } from "./alerts.service.js";
export { runSupervisionChecks } from "./checks.js";
export { shiftOrderDues } from "./reschedule.js";
export { responsibleStaff } from "./responsible.js";
export { supervisionRoutes } from "./supervision.routes.js";
