import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../errors.js";
import { pathUnderAny } from "../../http/jurisdiction.js";

type Db = Kysely<Database>;

const ORG_COLUMNS = [
  "code",
  "name",
  "short_name",
  "kind",
  "parent_code",
  "path",
  "dept_key",
  "phone",
  "address",
  "sort_order",
] as const;

export type OrgRecord = Pick<Database["orgs"], (typeof ORG_COLUMNS)[number]>;

export function findOrg(db: Db, code: string): Promise<OrgRecord | undefined> {
  return db.selectFrom("orgs").select(ORG_COLUMNS).where("code", "=", code).executeTakeFirst();
}

export async function getOrg(db: Db, code: string): Promise<OrgRecord> {
  const org = await findOrg(db, code);
  if (!org) throw new AppError("ORG_NOT_FOUND");
  return org;
}

export function findOrgs(db: Db, codes: string[]): Promise<OrgRecord[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom("orgs").select(ORG_COLUMNS).where("code", "in", codes).execute();
}

/** Children of `parentCode` (or the top of the tree), with how many children each has. */
export function listChildren(db: Db, parentCode: string | null) {
  return db
    .selectFrom("orgs as o")
    .select(ORG_COLUMNS.map((c) => `o.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom("orgs as c")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("c.parent_code", "=", "o.code")
        .as("child_count"),
    )
    .where((eb) =>
      parentCode === null ? eb("o.parent_code", "is", null) : eb("o.parent_code", "=", parentCode),
    )
    .orderBy("o.sort_order")
    .orderBy("o.code")
    .execute();
}

export function findSite(db: Db, code: string) {
  return db.selectFrom("sites").selectAll().where("code", "=", code).executeTakeFirst();
}

export function listCounters(db: Db, siteCode: string) {
  return db
    .selectFrom("counters")
    .select(["id", "number", "name", "kind", "status"])
    .where("site_code", "=", siteCode)
    .orderBy("number")
    .execute();
}

/** Orgs whose path lies under any of `roots` (jurisdiction subtrees). */
export function listOrgCodesUnder(db: Db, roots: string[]) {
  return db.selectFrom("orgs").select(["code"]).where(pathUnderAny("path", roots)).execute();
}
