// The notify module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { notifyRoutes } from "./notify.routes.js";
export { dispatchDue, enqueueSms } from "./notify.service.js";
export { HttpSmsGateway, SandboxSmsGateway } from "./sms-gateway.js";
export type { SandboxMode, SmsGateway } from "./sms-gateway.js";
export type { TemplateName } from "./templates.js";
