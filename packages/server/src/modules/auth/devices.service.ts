import { invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import { grantPaths, isInJurisdiction, pathUnderAny } from "../../http/jurisdiction.js";
import { findOrg, findSite } from "../org/index.js";
import { DEVICE_TOKEN_PREFIX, newToken, tokenDigest } from "./tokens.js";

export type NewDevice = { name: string; siteCode: string; kind: "kiosk" | "display" };

/**
 * Registers a kiosk or hall display at a service hall and returns its token,
 * which is shown this once and stored only as a digest.
 */
export async function createDevice(ctx: Ctx, admin: StaffActor, input: NewDevice) {
  const [site, org] = await Promise.all([findSite(ctx.db, input.siteCode), findOrg(ctx.db, input.siteCode)]);
  if (!site || !org || !isInJurisdiction(admin, org.path, ["admin"])) {
    throw invalidField("siteCode", "VALIDATION_FAILED.siteCode");
  }
  const token = newToken(DEVICE_TOKEN_PREFIX);
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const row = await db
      .insertInto("devices")
      .values({
        district_code: ctx.districtCode,
        name: input.name.trim(),
        site_code: input.siteCode,
        kind: input.kind,
        token_hash: tokenDigest(token),
        created_at: now,
        created_by: admin.id,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await audit(
      db,
      { actor: admin, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "device.create",
        targetType: "device",
        targetId: row.id,
        detail: { siteCode: input.siteCode, kind: input.kind },
      },
    );
    return { id: row.id, token };
  });
}

/**
 * A device with a token chosen by the installer instead of a random one — the demo's kiosk and
 * display, whose tokens the README prints. Returns the existing device when the token is known.
 */
export async function ensureDeviceWithToken(
  ctx: Pick<Ctx, "db" | "clock" | "districtCode">,
  input: NewDevice & { token: string },
): Promise<string> {
  const hash = tokenDigest(input.token);
  const existing = await ctx.db
    .selectFrom("devices")
    .select("id")
    .where("token_hash", "=", hash)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await ctx.db
    .insertInto("devices")
    .values({
      district_code: ctx.districtCode,
      name: input.name,
      site_code: input.siteCode,
      kind: input.kind,
      token_hash: hash,
      created_at: ctx.clock.now(),
      created_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Devices at halls inside the administrator's jurisdiction (never their tokens). */
export function listDevices(ctx: Ctx, admin: StaffActor) {
  const roots = grantPaths(admin, ["admin"]);
  if (roots.length === 0) return Promise.resolve([]);
  return ctx.db
    .selectFrom("devices")
    .innerJoin("orgs", "orgs.code", "devices.site_code")
    .innerJoin("sites", "sites.code", "devices.site_code")
    .select([
      "devices.id",
      "devices.name",
      "devices.site_code",
      "sites.name as site_name",
      "devices.kind",
      "devices.created_at",
      "devices.revoked_at",
      "devices.last_seen_at",
    ])
    .where(pathUnderAny("orgs.path", roots))
    .orderBy("devices.created_at", "desc")
    .execute();
}
