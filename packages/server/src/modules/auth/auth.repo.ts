import { sql, type Kysely } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../../db/schema.js";

type Db = Kysely<Database>;

export function findStaffByUsername(db: Db, username: string) {
  return db
    .selectFrom("staff")
    .select(["id", "username", "name", "org_code", "password_hash", "active"])
    .where("username", "=", username)
    .executeTakeFirst();
}

export function findThrottle(db: Db, username: string) {
  return db.selectFrom("login_throttle").selectAll().where("username", "=", username).executeTakeFirst();
}

/**
 * Counts one login attempt for `key` (a login name, or `ip:<address>` for a source) before its
 * password is checked, in one statement: concurrent attempts each get their own number, and the
 * one that reaches `maxAttempts` inside the window locks the key. Answers undefined while the key
 * is locked — that attempt must not check a password. So however many requests arrive together,
 * at most `maxAttempts` passwords are checked per key and window.
 */
export async function reserveAttempt(
  db: Db,
  key: string,
  now: Date,
  opts: { windowMs: number; maxAttempts: number; lockMs: number },
): Promise<{ failures: number; locked_until: Date | null } | undefined> {
  const windowStart = new Date(now.getTime() - opts.windowMs);
  const lockUntil = new Date(now.getTime() + opts.lockMs);
  return db
    .insertInto("login_throttle")
    .values({
      username: key,
      failures: 1,
      first_failed_at: now,
      locked_until: opts.maxAttempts <= 1 ? lockUntil : null,
    })
    .onConflict((oc) =>
      oc
        .column("username")
        .doUpdateSet({
          failures: sql`CASE WHEN login_throttle.first_failed_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END`,
          first_failed_at: sql`CASE WHEN login_throttle.first_failed_at < ${windowStart} THEN ${now}::timestamptz ELSE login_throttle.first_failed_at END`,
          locked_until: sql`CASE WHEN login_throttle.first_failed_at >= ${windowStart} AND login_throttle.failures + 1 >= ${opts.maxAttempts} THEN ${lockUntil}::timestamptz ELSE NULL END`,
        })
        // A locked key is not counted again: the statement returns no row, and nothing is checked.
        .where(sql<boolean>`login_throttle.locked_until IS NULL OR login_throttle.locked_until <= ${now}`),
    )
    .returning(["failures", "locked_until"])
    .executeTakeFirst();
}

/** Gives back a source's attempt that turned out to be a good login (a hall's staff share one address). */
export async function releaseAttempt(db: Db, key: string) {
  await db
    .updateTable("login_throttle")
    .set({ failures: sql`GREATEST(login_throttle.failures - 1, 0)` })
    .where("username", "=", key)
    .where("locked_until", "is", null)
    .execute();
}

export function clearThrottle(db: Db, username: string) {
  return db.deleteFrom("login_throttle").where("username", "=", username).execute();
}

export function findSessionWithStaff(db: Db, tokenHash: string) {
  return (
    db
      .selectFrom("sessions")
      .innerJoin("staff", "staff.id", "sessions.staff_id")
      .select([
        "sessions.token_hash",
        "sessions.last_seen_at",
        "sessions.expires_at",
        "staff.id",
        "staff.username",
        "staff.name",
        "staff.org_code",
        "staff.active",
      ])
      // The grants come along in the same query: every signed-in request needs them.
      .select((eb) =>
        jsonArrayFrom(
          eb
            .selectFrom("staff_roles")
            .innerJoin("orgs", "orgs.code", "staff_roles.org_code")
            .select(["staff_roles.role", "staff_roles.org_code", "orgs.path"])
            .whereRef("staff_roles.staff_id", "=", "staff.id")
            .orderBy("staff_roles.role"),
        ).as("roles"),
      )
      .where("sessions.token_hash", "=", tokenHash)
      .executeTakeFirst()
  );
}

export function touchSession(db: Db, tokenHash: string, now: Date) {
  return db.updateTable("sessions").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export function findActiveDevice(db: Db, tokenHash: string) {
  return db
    .selectFrom("devices")
    .select(["id", "name", "site_code", "kind", "last_seen_at"])
    .where("token_hash", "=", tokenHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
}

export function touchDevice(db: Db, id: string, now: Date) {
  return db.updateTable("devices").set({ last_seen_at: now }).where("id", "=", id).execute();
}
