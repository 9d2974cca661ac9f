import type { Kysely } from "kysely";
import {
  canonicalJson,
  checkDefinition,
  definitionFromSteps,
  type ProcessDefinition,
} from "@onewindow/shared";
import type { CatalogStep, Database } from "../../db/schema.js";

type Db = Kysely<Database>;

/**
 * The current process of a catalog item, derived from its level chain. A changed
 * chain becomes a new version; cases already running keep the version they started with.
 */
export async function currentDefinitionForItem(
  db: Db,
  item: { code: string; name: string; steps: CatalogStep[] },
  now: Date,
): Promise<ProcessDefinition> {
  const built = definitionFromSteps(item.code, item.name, item.steps);
  const problems = checkDefinition(built);
  if (problems.length > 0) throw new Error(`process of ${item.code} is broken: ${problems.join("; ")}`);
  const latest = await db
    .selectFrom("process_definitions")
    .select(["version", "definition"])
    .where("key", "=", item.code)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  const sameShape = (d: ProcessDefinition) =>
    canonicalJson({ ...d, version: 0 }) === canonicalJson({ ...built, version: 0 });
  if (latest && sameShape(latest.definition)) return latest.definition;
  const definition = { ...built, version: (latest?.version ?? 0) + 1 };
  await db
    .insertInto("process_definitions")
    .values({
      key: definition.key,
      version: definition.version,
      name: definition.name,
      definition: JSON.stringify(definition),
      source: "catalog",
      created_at: now,
    })
    .onConflict((oc) => oc.columns(["key", "version"]).doNothing())
    .execute();
  return definition;
}

export async function getDefinition(db: Db, key: string, version: number): Promise<ProcessDefinition> {
  const row = await db
    .selectFrom("process_definitions")
    .select("definition")
    .where("key", "=", key)
    .where("version", "=", version)
    .executeTakeFirstOrThrow();
  return row.definition;
}
