// The integrations module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export {
  DepartmentUnavailable,
  behave,
  sandboxBehaviourFromEnv,
  sandboxLandAdapter,
  sandboxPropertyAdapter,
} from "./adapters.js";
export type { SandboxBehaviour } from "./adapters.js";
export { sharedDataRoutes } from "./shared-data.routes.js";
export type { Departments } from "./shared-data.routes.js";
