import { sql } from "kysely";
import { isWithinPath, type Role } from "@onewindow/shared";
import type { Actor, StaffActor } from "./actor.js";

// Jurisdiction is one rule for every module: a role granted over an org covers that org's
// subtree (its path and every path below it). It sits beside the actor, below all modules.

/** The subtree roots the actor holds `roles` over (any role when none are named). */
export function grantPaths(actor: StaffActor, roles?: readonly Role[]): string[] {
  return actor.roles.filter((g) => !roles || roles.includes(g.role)).map((g) => g.orgPath);
}

/** Inside the actor's jurisdiction for one of `roles` (any role when none are named). */
export function isInJurisdiction(actor: Actor, orgPath: string, roles?: readonly Role[]): boolean {
  if (actor.type !== "staff") return false;
  return grantPaths(actor, roles).some((root) => isWithinPath(orgPath, root));
}

/** SQL condition: `column` (an org path) lies in one of the subtrees rooted at `roots`. */
export function pathUnderAny(column: string, roots: string[]) {
  if (roots.length === 0) return sql<boolean>`false`;
  const ref = sql.ref(column);
  return sql<boolean>`(${sql.join(
    roots.map((r) => sql`(${ref} = ${r} OR ${ref} LIKE ${`${r}/%`})`),
    sql` OR `,
  )})`;
}
