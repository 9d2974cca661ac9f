import { isoChina } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { Actor, DeviceActor, StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import {
  assertStrongPassword,
  hashPassword,
  rolesWithPaths,
  setPasswordHash,
  verifyPassword,
} from "../org/index.js";
import * as repo from "./auth.repo.js";
import { DEVICE_TOKEN_PREFIX, STAFF_TOKEN_PREFIX, newToken, tokenDigest } from "./tokens.js";

/** Local practice under 等保 2.0; kept here as settings, not scattered constants. */
export type AuthSettings = {
  /** Login attempts per name in a lock period before the name is locked (the right one clears it). */
  maxFailures: number;
  /** Failed attempts from one address in a lock period (many staff of a hall may share one). */
  maxFailuresPerSource: number;
  lockMinutes: number;
  idleMinutes: number;
  maxSessionHours: number;
  /** Passwords older than this are flagged for change (等保: periodic rotation). */
  passwordMaxAgeDays: number;
};

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  maxFailures: 5,
  maxFailuresPerSource: 30,
  lockMinutes: 15,
  idleMinutes: 30,
  maxSessionHours: 12,
  passwordMaxAgeDays: 90,
};

const MINUTE = 60_000;
/** Don't write last_seen_at on every request; a minute's precision is plenty for a 30-minute idle limit. */
const TOUCH_EVERY_MS = 60_000;

export type LoginResult = { token: string; user: StaffActor };

/** A staff member acting without a session (seeding, CLI, jobs). */
export async function staffActorByUsername(ctx: Ctx, username: string): Promise<StaffActor> {
  const staff = await repo.findStaffByUsername(ctx.db, username);
  if (!staff) throw new Error(`no staff ${username}`);
  return loadStaffActor(ctx, staff, "bearer", "");
}

type Grant = Awaited<ReturnType<typeof rolesWithPaths>>[number];

async function loadStaffActor(
  ctx: Ctx,
  staff: { id: string; username: string; name: string; org_code: string; roles?: Grant[] },
  via: StaffActor["via"],
  tokenHash: string,
): Promise<StaffActor> {
  const roles = staff.roles ?? (await rolesWithPaths(ctx.db, staff.id));
  return {
    type: "staff",
    id: staff.id,
    username: staff.username,
    name: staff.name,
    orgCode: staff.org_code,
    roles: roles.map((r) => ({ role: r.role, orgCode: r.org_code, orgPath: r.path })),
    via,
    tokenHash,
  };
}

/**
 * Password login with lockout: `maxFailures` failures within the lock window lock
 * the user name (known or not) for `lockMinutes`; a locked name answers 429.
 */
export async function login(
  ctx: Ctx,
  settings: AuthSettings,
  input: { username: string; password: string; userAgent?: string | undefined },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const now = ctx.clock.now();
  const lockMs = settings.lockMinutes * MINUTE;
  // Every attempt is counted before its password is checked, per name and per source, so a burst
  // of parallel requests cannot check more passwords than the limit allows.
  const byName = await repo.reserveAttempt(ctx.db, username, now, {
    windowMs: lockMs,
    maxAttempts: settings.maxFailures,
    lockMs,
  });
  if (!byName) throw await lockedError(ctx, username, now);
  const source = ctx.ip ? `ip:${ctx.ip}` : undefined;
  if (
    source &&
    !(await repo.reserveAttempt(ctx.db, source, now, {
      windowMs: lockMs,
      maxAttempts: settings.maxFailuresPerSource,
      lockMs,
    }))
  )
    throw await lockedError(ctx, source, now);
  const staff = await repo.findStaffByUsername(ctx.db, username);
  const ok = await verifyPassword(staff?.password_hash, input.password);
  const auditCtx = { actor: undefined, ip: ctx.ip, districtCode: ctx.districtCode, now };
  if (!staff || !ok) {
    await audit(ctx.db, auditCtx, {
      action: byName.locked_until ? "auth.locked" : "auth.login_failed",
      targetType: "username",
      targetId: username,
      detail: { failures: byName.failures },
    });
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (!staff.active) throw new AppError("ACCOUNT_DISABLED");
  const token = newToken(STAFF_TOKEN_PREFIX);
  const tokenHash = tokenDigest(token);
  await ctx.tx(async (db) => {
    await repo.clearThrottle(db, username);
    if (source) await repo.releaseAttempt(db, source);
    await db
      .insertInto("sessions")
      .values({
        token_hash: tokenHash,
        staff_id: staff.id,
        created_at: now,
        last_seen_at: now,
        expires_at: new Date(now.getTime() + settings.maxSessionHours * 60 * MINUTE),
        ip: ctx.ip ?? null,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await audit(db, auditCtx, {
      action: "auth.login",
      targetType: "staff",
      targetId: staff.id,
    });
  });
  return { token, user: await loadStaffActor(ctx, staff, "bearer", tokenHash) };
}

/** 429 with the minutes left on the lock of a login name or a source address. */
async function lockedError(ctx: Ctx, key: string, now: Date) {
  const throttle = await repo.findThrottle(ctx.db, key);
  const until = throttle?.locked_until?.getTime() ?? now.getTime() + MINUTE;
  return new AppError("ACCOUNT_LOCKED", {
    params: { minutes: Math.max(1, Math.ceil((until - now.getTime()) / MINUTE)) },
  });
}

export type Resolved = { actor: Actor } | { problem: "UNAUTHENTICATED" | "SESSION_EXPIRED" };

/** Turns a bearer token or session cookie into the acting staff member or device. */
export async function resolveToken(
  ctx: Ctx,
  settings: AuthSettings,
  token: string,
  via: StaffActor["via"],
): Promise<Resolved> {
  const now = ctx.clock.now();
  const hash = tokenDigest(token);
  if (token.startsWith(DEVICE_TOKEN_PREFIX)) {
    const device = await repo.findActiveDevice(ctx.db, hash);
    if (!device) return { problem: "UNAUTHENTICATED" };
    if (!device.last_seen_at || now.getTime() - device.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await repo.touchDevice(ctx.db, device.id, now);
    }
    const actor: DeviceActor = {
      type: "device",
      id: device.id,
      name: device.name,
      siteCode: device.site_code,
      kind: device.kind,
    };
    return { actor };
  }
  if (!token.startsWith(STAFF_TOKEN_PREFIX)) return { problem: "UNAUTHENTICATED" };
  const session = await repo.findSessionWithStaff(ctx.db, hash);
  if (!session || !session.active) return { problem: "UNAUTHENTICATED" };
  const idleSince = now.getTime() - session.last_seen_at.getTime();
  if (idleSince > settings.idleMinutes * MINUTE || session.expires_at <= now) {
    await repo.deleteSession(ctx.db, hash);
    return { problem: "SESSION_EXPIRED" };
  }
  if (idleSince > TOUCH_EVERY_MS) await repo.touchSession(ctx.db, hash, now);
  return { actor: await loadStaffActor(ctx, session, via, hash) };
}

export async function logout(ctx: Ctx, actor: StaffActor) {
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    await repo.deleteSession(db, actor.tokenHash);
    await audit(db, { actor, ip: ctx.ip, districtCode: ctx.districtCode, now }, { action: "auth.logout" });
  });
}

/**
 * Changes the signed-in user's own password. Other sessions of the account end;
 * the one in use stays, so the user is not thrown out mid-task.
 */
export async function changePassword(
  ctx: Ctx,
  actor: StaffActor,
  input: { currentPassword: string; newPassword: string },
) {
  const staff = await repo.findStaffByUsername(ctx.db, actor.username);
  if (!staff || !(await verifyPassword(staff.password_hash, input.currentPassword))) {
    throw invalidField("currentPassword", "VALIDATION_FAILED.currentPassword");
  }
  if (input.newPassword === input.currentPassword) {
    throw invalidField("newPassword", "VALIDATION_FAILED.samePassword");
  }
  assertStrongPassword(input.newPassword, actor.username, "newPassword");
  const hash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    await setPasswordHash(db, actor.id, hash, now);
    await db
      .deleteFrom("sessions")
      .where("staff_id", "=", actor.id)
      .where("token_hash", "<>", actor.tokenHash)
      .execute();
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "auth.password_changed",
        targetType: "staff",
        targetId: actor.id,
      },
    );
  });
}

/** When the user's password was last changed and whether it is due for a change. */
export async function passwordStatus(ctx: Ctx, settings: AuthSettings, actor: StaffActor) {
  const row = await ctx.db
    .selectFrom("staff")
    .select("password_changed_at")
    .where("id", "=", actor.id)
    .executeTakeFirstOrThrow();
  const ageDays = (ctx.clock.now().getTime() - row.password_changed_at.getTime()) / (24 * 60 * MINUTE);
  return {
    passwordChangedAt: isoChina(row.password_changed_at),
    passwordExpired: ageDays > settings.passwordMaxAgeDays,
  };
}
