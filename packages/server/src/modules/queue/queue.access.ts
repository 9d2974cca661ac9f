import type { Role } from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../../http/actor.js";
import { isInJurisdiction } from "../../http/jurisdiction.js";

export type SiteRef = { code: string; name: string; path: string };

/**
 * The hall, when the actor may use it: a device of that hall (of one of
 * `deviceKinds`), or staff holding one of `roles` over it. Anything else is 404,
 * so nobody learns about halls outside their reach.
 */
export async function siteFor(
  db: Kysely<Database>,
  actor: Actor | undefined,
  siteCode: string,
  access: { roles: readonly Role[]; deviceKinds?: readonly ("kiosk" | "display")[] },
): Promise<SiteRef> {
  const site = await db
    .selectFrom("sites")
    .innerJoin("orgs", "orgs.code", "sites.code")
    .select(["sites.code", "sites.name", "orgs.path"])
    .where("sites.code", "=", siteCode)
    .executeTakeFirst();
  if (!site || !actor) throw new AppError("SITE_NOT_FOUND");
  if (actor.type === "device") {
    if (actor.siteCode === site.code && (access.deviceKinds ?? []).includes(actor.kind)) return site;
    throw new AppError("SITE_NOT_FOUND");
  }
  if (isInJurisdiction(actor, site.path, access.roles.length ? access.roles : undefined)) return site;
  throw new AppError("SITE_NOT_FOUND");
}
