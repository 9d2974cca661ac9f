// The payments module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { billerFromEnv } from "./biller.js";
export type { BillerAdapter } from "./biller.js";
export { paymentRoutes } from "./payments.routes.js";
export type { PaymentsDeps } from "./payments.service.js";
export { reconcilePending } from "./reconcile.js";
