// The org module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { DISTRICT, PILOT_COMMUNITIES, referenceOrgs } from "./org.reference.js";
export { findOrg, findOrgs, findSite } from "./org.repo.js";
export type { OrgRecord } from "./org.repo.js";
export { orgRoutes } from "./org.routes.js";
export { hashPassword, verifyPassword } from "./password.js";
export { rolesWithPaths } from "./staff.repo.js";
export { assertStrongPassword, createStaff } from "./staff.service.js";
export { loadReferenceOrgs } from "./reference.load.js";
export { setPasswordHash } from "./staff.repo.js";
