// The residents module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { recordDocuments, reusableLevels } from "./documents.service.js";
export { residentRoutes } from "./residents.routes.js";
export {
  findResidentIdByIdNumber,
  insertResidents,
  residentHasPhone,
  upsertApplicant,
} from "./residents.service.js";
export type { NewResident } from "./residents.service.js";
