import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A district setting's stored JSON value (`app_settings`), or undefined when none is set. */
export async function readSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}

/** Sets a district setting (JSON), replacing any earlier value. */
export async function writeSetting(
  db: Kysely<Database>,
  key: string,
  value: unknown,
  now: Date,
): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto("app_settings")
    .values({ key, value: json, updated_at: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: json, updated_at: now }))
    .execute();
}
