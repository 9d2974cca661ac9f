import type { Kysely } from "kysely";
import {
  canonicalJson,
  checkDefinition,
  definitionFromSteps,
  type ProcessDefinition,
} from "@onewindow/shared";
import type { CatalogStep, Database } from "../../db/schema.js";

type Db = Kysely<Database>;

type ItemSteps = { code: string; name: string; steps: CatalogStep[] };

/**
 * The process a new case of this item would follow, without storing anything: an
 * imported BPMN process if there is one, else the level chain (reusing the stored
 * version when its shape is unchanged). `stored` says whether that version exists.
 */
export async function previewDefinitionForItem(db: Db, item: ItemSteps) {
  const built = definitionFromSteps(item.code, item.name, item.steps);
  const problems = checkDefinition(built);
  if (problems.length > 0) throw new Error(`process of ${item.code} is broken: ${problems.join("; ")}`);
  const latest = await latestDefinition(db, item.code);
  // A process modelled in BPMN and imported for this item takes precedence over the level chain.
  if (latest?.source === "bpmn")
    return { definition: latest.definition, source: "bpmn" as const, stored: true };
  const sameShape = (d: ProcessDefinition) =>
    canonicalJson({ ...d, version: 0 }) === canonicalJson({ ...built, version: 0 });
  if (latest && sameShape(latest.definition))
    return { definition: latest.definition, source: "catalog" as const, stored: true };
  return {
    definition: { ...built, version: (latest?.version ?? 0) + 1 },
    source: "catalog" as const,
    stored: false,
  };
}

/**
 * The process a case starts on now. A changed level chain becomes a new stored
 * version; cases already running keep the version they started with.
 */
export async function currentDefinitionForItem(
  db: Db,
  item: ItemSteps,
  now: Date,
): Promise<ProcessDefinition> {
  const { definition, stored } = await previewDefinitionForItem(db, item);
  if (stored) return definition;
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
