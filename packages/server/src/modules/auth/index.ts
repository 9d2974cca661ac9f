// The auth module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { authRoutes } from "./auth.routes.js";
export { DEFAULT_AUTH_SETTINGS, resolveToken, staffActorByUsername } from "./auth.service.js";
export type { AuthSettings } from "./auth.service.js";
export { ensureDeviceWithToken } from "./devices.service.js";
export { createDevice } from "./devices.service.js";
