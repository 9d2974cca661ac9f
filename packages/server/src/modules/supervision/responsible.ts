import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

export type ResponsiblePerson = { id: string; name: string; phoneCipher: string | null };

/**
 * Who answers for an office's open work: the active staff holding the approver
 * role at that office (the people who can act on its tasks); when it has none,
 * anyone holding a role there. Tasks are not assigned to one person, so a card
 * names them all.
 */
export async function responsibleStaff(
  db: Kysely<Database>,
  orgCodes: string[],
): Promise<Map<string, ResponsiblePerson[]>> {
  const out = new Map<string, ResponsiblePerson[]>();
  if (orgCodes.length === 0) return out;
  const rows = await db
    .selectFrom("staff_roles as r")
    .innerJoin("staff as s", "s.id", "r.staff_id")
    .select(["r.org_code", "r.role", "s.id", "s.name", "s.phone_cipher"])
    .where("r.org_code", "in", [...new Set(orgCodes)])
    .where("r.role", "in", ["approver", "clerk", "admin"])
    .where("s.active", "=", true)
    .orderBy("s.username")
    .execute();
  for (const code of new Set(orgCodes)) {
    const here = rows.filter((r) => r.org_code === code);
    const approvers = here.filter((r) => r.role === "approver");
    const chosen = approvers.length > 0 ? approvers : here;
    const unique = new Map(
      chosen.map((r) => [r.id, { id: r.id, name: r.name, phoneCipher: r.phone_cipher }]),
    );
    out.set(code, [...unique.values()]);
  }
  return out;
}
