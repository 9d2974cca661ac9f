import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** A district setting's stored JSON value (`app_settings`), or undefined when none is set. */
export async function readSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}
