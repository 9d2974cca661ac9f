// The queue module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { QueueEventHub } from "./events.js";
export { queueEventRoutes } from "./events.routes.js";
export { siteRules } from "./line.js";
export { queueRuleRoutes } from "./queue.admin.routes.js";
export { queueRoutes } from "./queue.routes.js";
export { isTicketOfSite, issueTicket } from "./tickets.service.js";
export { loadReferenceQueue } from "./reference.load.js";
export { KpiFields } from "./queue.schemas.js";
