// The analytics module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { analyticsRoutes } from "./analytics.routes.js";
export { generateCases } from "./generate.js";
export { foldRollups, rebuildRollups } from "./rollup.js";
export { caseDashboard } from "./dashboard.service.js";
