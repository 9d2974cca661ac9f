import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { escapeLike } from "../../db/like.js";

type Db = Kysely<Database>;

export function listCategories(db: Db) {
  return db.selectFrom("catalog_categories").selectAll().orderBy("sort_order").execute();
}

export function upsertCategory(db: Db, row: { code: string; name: string; sort_order: number }) {
  return db
    .insertInto("catalog_categories")
    .values(row)
    .onConflict((oc) => oc.column("code").doUpdateSet({ name: row.name, sort_order: row.sort_order }))
    .execute();
}

const ITEM_LIST_COLUMNS = [
  "i.code",
  "i.name",
  "i.category_code",
  "c.name as category_name",
  "i.kind",
  "i.handling",
  "i.statutory_days",
  "i.promised_days",
  "i.department_code",
  "d.name as department_name",
  "i.online",
  "i.community_issuable",
] as const;

/** Items matching a search text (name, code or department) and/or a category. */
export function searchItems(
  db: Db,
  opts: { q?: string | undefined; category?: string | undefined; limit: number },
) {
  let query = db
    .selectFrom("service_items as i")
    .innerJoin("catalog_categories as c", "c.code", "i.category_code")
    .innerJoin("orgs as d", "d.code", "i.department_code")
    .select(ITEM_LIST_COLUMNS);
  if (opts.category) query = query.where("i.category_code", "=", opts.category);
  const q = opts.q?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    query = query.where((eb) =>
      eb.or([eb("i.name", "ilike", like), eb("i.code", "ilike", like), eb("d.name", "ilike", like)]),
    );
  }
  // Names that start with the search text first, then catalog order.
  return query
    .orderBy(sql`(i.name LIKE ${`${q ?? ""}%`})`, "desc")
    .orderBy("c.sort_order")
    .orderBy("i.sort_order")
    .orderBy("i.code")
    .limit(opts.limit)
    .execute();
}

export function findItem(db: Db, code: string) {
  return db
    .selectFrom("service_items as i")
    .innerJoin("catalog_categories as c", "c.code", "i.category_code")
    .innerJoin("orgs as d", "d.code", "i.department_code")
    .selectAll("i")
    .select(["c.name as category_name", "d.name as department_name"])
    .where("i.code", "=", code)
    .executeTakeFirst();
}

export function materialsOf(db: Db, itemCodes: string[]) {
  if (itemCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("service_materials")
    .selectAll()
    .where("item_code", "in", itemCodes)
    .orderBy("item_code")
    .orderBy("sort_order")
    .execute();
}

export function allItems(db: Db) {
  return db.selectFrom("service_items").selectAll().orderBy("sort_order").orderBy("code").execute();
}

export function allMaterials(db: Db) {
  return db.selectFrom("service_materials").selectAll().orderBy("item_code").orderBy("sort_order").execute();
}

/** Department keys of the district bureaus and street offices, for checking steps. */
export async function departmentKeys(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom("orgs")
    .select("dept_key")
    .distinct()
    .where("kind", "=", "department")
    .execute();
  return new Set(rows.map((r) => r.dept_key).filter((k): k is string => k !== null));
}
