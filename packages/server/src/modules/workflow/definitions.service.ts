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
    .select(["version", "definition", "source"])
    .where("key", "=", item.code)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  // A process modelled in BPMN and imported for this item takes precedence over the level chain.
  if (latest?.source === "bpmn") return latest.definition;
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

/** Latest definition of a process (for diagrams and the item page). */
export function latestDefinition(db: Db, key: string) {
  return db
    .selectFrom("process_definitions")
    .select(["definition", "source", "version", "created_at"])
    .where("key", "=", key)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Stores an imported definition as the next version of its key. */
export async function saveImportedDefinition(
  db: Db,
  build: (version: number) => Promise<ProcessDefinition>,
  key: string,
  now: Date,
) {
  const latest = await latestDefinition(db, key);
  const definition = await build((latest?.version ?? 0) + 1);
  await db
    .insertInto("process_definitions")
    .values({
      key,
      version: definition.version,
      name: definition.name,
      definition: JSON.stringify(definition),
      source: "bpmn",
      created_at: now,
    })
    .execute();
  return definition;
}
