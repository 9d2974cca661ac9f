// The audit module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { auditRoutes } from "./audit.routes.js";
export { audit } from "./audit.service.js";
export { sealPending, verifyChain } from "./chain.js";
