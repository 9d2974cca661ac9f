import type { Insertable, Kysely } from "kysely";
import type { Database, StaffRolesTable, StaffTable } from "../../db/schema.js";
import { pathUnderAny } from "../../http/jurisdiction.js";

type Db = Kysely<Database>;

export function insertStaff(db: Db, row: Insertable<StaffTable>) {
  return db.insertInto("staff").values(row).returning(["id"]).executeTakeFirstOrThrow();
}

export async function insertRoles(db: Db, rows: Insertable<StaffRolesTable>[]) {
  if (rows.length > 0) await db.insertInto("staff_roles").values(rows).execute();
}

/** A staff member's new password hash (the auth module checks the old one and the policy). */
export async function setPasswordHash(db: Db, staffId: string, hash: string, now: Date) {
  await db
    .updateTable("staff")
    .set({ password_hash: hash, password_changed_at: now })
    .where("id", "=", staffId)
    .execute();
}

export function usernameExists(db: Db, username: string) {
  return db.selectFrom("staff").select("id").where("username", "=", username).executeTakeFirst();
}

/** Role grants of one staff member, with the org path each covers. */
export function rolesWithPaths(db: Db, staffId: string) {
  return db
    .selectFrom("staff_roles")
    .innerJoin("orgs", "orgs.code", "staff_roles.org_code")
    .select(["staff_roles.role", "staff_roles.org_code", "orgs.path"])
    .where("staff_roles.staff_id", "=", staffId)
    .orderBy("staff_roles.role")
    .execute();
}

/** Staff whose own org lies in one of the subtrees, with their org name and roles. */
export async function listStaffUnder(db: Db, roots: string[]) {
  if (roots.length === 0) return [];
  const staff = await db
    .selectFrom("staff")
    .innerJoin("orgs", "orgs.code", "staff.org_code")
    .select([
      "staff.id",
      "staff.username",
      "staff.name",
      "staff.org_code",
      "orgs.name as org_name",
      "staff.active",
      "staff.created_at",
      "staff.phone_masked",
    ])
    .where(pathUnderAny("orgs.path", roots))
    .orderBy("orgs.path")
    .orderBy("staff.username")
    .execute();
  if (staff.length === 0) return [];
  const roles = await db
    .selectFrom("staff_roles")
    .select(["staff_id", "role", "org_code"])
    .where(
      "staff_id",
      "in",
      staff.map((s) => s.id),
    )
    .execute();
  return staff.map((s) => ({ ...s, roles: roles.filter((r) => r.staff_id === s.id) }));
}
