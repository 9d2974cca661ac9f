import { seedDistrictPages } from "../modules/district/district.service.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.js";
import type { Database } from "../db/schema.js";
import { dataFilesDir } from "../paths.js";
import type { CatalogFile } from "../modules/catalog/catalog.file.js";
import { loadBundledCalendars } from "../modules/calendar/calendar.service.js";
import { importCatalog } from "../modules/catalog/catalog.service.js";
import { DISTRICT, referenceOrgs } from "../modules/org/org.reference.js";
import { DEFAULT_QUEUE_SERVICES, defaultCounterServices } from "../modules/queue/queue.reference.js";

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
  const seen = await db
    .selectFrom("app_settings")
    .select("value")
    .where("key", "=", BUNDLED_HASH_KEY)
    .executeTakeFirst();
  if (seen?.value === hash) return { bundled: "unchanged" as const };
  const counts = await importCatalog({ db, clock, districtCode }, JSON.parse(text) as CatalogFile);
  await db
    .insertInto("app_settings")
    .values({ key: BUNDLED_HASH_KEY, value: JSON.stringify(hash), updated_at: clock.now() })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value: JSON.stringify(hash), updated_at: clock.now() }),
    )
    .execute();
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
    await tx
      .insertInto("orgs")
      .values(
        orgs.map((o) => ({
          code: o.code,
          district_code: districtCode,
          name: o.name,
          short_name: o.shortName,
          kind: o.kind,
          parent_code: o.parentCode,
          path: o.path,
          dept_key: o.deptKey,
          phone: o.phone,
          address: o.address,
          sort_order: o.sortOrder,
        })),
      )
      .onConflict((oc) =>
        oc.column("code").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          short_name: eb.ref("excluded.short_name"),
          phone: eb.ref("excluded.phone"),
          address: eb.ref("excluded.address"),
          sort_order: eb.ref("excluded.sort_order"),
        })),
      )
      .execute();
    await tx
      .insertInto("sites")
      .values(
        sites.map((s) => ({
          code: s.code,
          district_code: districtCode,
          name: s.name,
          address: s.address,
          opening_hours: s.openingHours,
          phone: s.phone,
        })),
      )
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
    await tx
      .insertInto("counters")
      .values(
        counters.map((c) => ({
          district_code: districtCode,
          site_code: c.siteCode,
          number: c.number,
          name: c.name,
          kind: c.kind,
          service_codes: defaultCounterServices(c.kind),
        })),
      )
      .onConflict((oc) => oc.columns(["site_code", "number"]).doNothing())
      .execute();
    await tx
      .insertInto("queue_services")
      .values(
        sites.flatMap((s) =>
          DEFAULT_QUEUE_SERVICES.map((q) => ({
            site_code: s.code,
            code: q.code,
            district_code: districtCode,
            name: q.name,
            categories: [...q.categories],
            sort_order: q.sortOrder,
          })),
        ),
      )
      .onConflict((oc) => oc.columns(["site_code", "code"]).doNothing())
      .execute();
    await tx
      .insertInto("queue_rules")
      .values(sites.map((s) => ({ site_code: s.code, updated_at: clock.now() })))
      .onConflict((oc) => oc.column("site_code").doNothing())
      .execute();
  });
  await loadBundledCalendars(db, clock.now());
  await seedDistrictPages(db, districtCode, clock.now());
  return loadBundledCatalog(db, clock, districtCode);
}
