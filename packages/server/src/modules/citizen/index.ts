// The citizen module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { sandboxCitizenSystems } from "./adapters.js";
export type { CitizenSystems } from "./adapters.js";
export { citizenRoutes } from "./citizen.routes.js";
