// The workflow module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { candidateOrg } from "./candidates.js";
export { currentDefinitionForItem, getDefinition } from "./definitions.service.js";
export { processRoutes } from "./processes.routes.js";
