import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import type { referenceOrgs } from "./org.reference.js";

type Reference = ReturnType<typeof referenceOrgs>;

/**
 * Writes the district's org tree and service halls (reference data, loaded at every start):
 * names, phones and addresses follow the bundled data; a hall's own settings are kept.
 */
export async function loadReferenceOrgs(
  tx: Transaction<Database>,
  districtCode: string,
  orgs: Reference["orgs"],
  sites: Reference["sites"],
) {
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
}
