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
 * Counts one failed login atomically (safe under concurrent attempts) and locks
 * the name once `maxFailures` is reached inside the window.
 */
export async function recordFailure(
  db: Db,
  username: string,
  now: Date,
  opts: { windowMs: number; maxFailures: number; lockMs: number },
) {
  const windowStart = new Date(now.getTime() - opts.windowMs);
  const lockUntil = new Date(now.getTime() + opts.lockMs);
  return db
    .insertInto("login_throttle")
    .values({
      username,
      failures: 1,
      first_failed_at: now,
      locked_until: opts.maxFailures <= 1 ? lockUntil : null,
    })
    .onConflict((oc) =>
      oc.column("username").doUpdateSet({
        failures: sql`CASE WHEN login_throttle.first_failed_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END`,
        first_failed_at: sql`CASE WHEN login_throttle.first_failed_at < ${windowStart} THEN ${now}::timestamptz ELSE login_throttle.first_failed_at END`,
        locked_until: sql`CASE WHEN login_throttle.first_failed_at >= ${windowStart} AND login_throttle.failures + 1 >= ${opts.maxFailures} THEN ${lockUntil}::timestamptz ELSE NULL END`,
      }),
    )
    .returning(["failures", "locked_until"])
    .executeTakeFirstOrThrow();
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
