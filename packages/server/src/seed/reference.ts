import { seedDistrictPages } from "../modules/district/index.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.js";
import type { Database } from "../db/schema.js";
import { dataFilesDir } from "../paths.js";
import type { CatalogFile } from "../modules/catalog/index.js";
import { loadBundledCalendars } from "../modules/calendar/index.js";
import { importCatalog } from "../modules/catalog/index.js";
import { DISTRICT, loadReferenceOrgs, referenceOrgs } from "../modules/org/index.js";
import { loadReferenceQueue } from "../modules/queue/index.js";
import { readSetting, writeSetting } from "../db/settings.js";

export const catalogFilePath = join(dataFilesDir, "catalog.json");

export function readCatalogFile(path = catalogFilePath): CatalogFile {
  return JSON.parse(readFileSync(path, "utf8")) as CatalogFile;
}

const BUNDLED_HASH_KEY = "catalog.bundledHash";

/**
 * Imports the catalog shipped in the repository when it is new to this database,
 * and only then: an administrator's own `catalog import` is not undone by a restart.
 */
async function loadBundledCatalog(db: Kysely<Database>, clock: Clock, districtCode: string) {
  const text = readFileSync(catalogFilePath, "utf8");
  const hash = createHash("sha256").update(text).digest("hex");
  if ((await readSetting(db, BUNDLED_HASH_KEY)) === hash) return { bundled: "unchanged" as const };
  const counts = await importCatalog({ db, clock, districtCode }, JSON.parse(text) as CatalogFile);
  await writeSetting(db, BUNDLED_HASH_KEY, hash, clock.now());
  return counts;
}

/**
 * Loads the reference data every installation has: the district's org tree,
 * service halls, counters and the service catalog. Safe to run at every start.
 */
export async function loadReferenceData(db: Kysely<Database>, clock: Clock) {
  const { orgs, sites, counters } = referenceOrgs();
  const districtCode = DISTRICT.code;
  await db.transaction().execute(async (tx) => {
    await loadReferenceOrgs(tx, districtCode, orgs, sites);
    await loadReferenceQueue(tx, districtCode, { sites, counters, now: clock.now() });
  });
  await loadBundledCalendars(db, clock.now());
  await seedDistrictPages(db, districtCode, clock.now());
  return loadBundledCatalog(db, clock, districtCode);
}
