// The catalog module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export type { CatalogFile } from "./catalog.file.js";
export { ItemSummary, presentItemSummary } from "./catalog.present.js";
export { catalogRoutes } from "./catalog.routes.js";
export {
  CatalogInvalidError,
  exportCatalog,
  getItem,
  importCatalog,
  searchItems,
} from "./catalog.service.js";
export { catalogFromXlsx, catalogToXlsx } from "./catalog.xlsx.js";
