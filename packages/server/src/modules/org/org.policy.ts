import { isWithinPath, type Role } from "@onewindow/shared";
import type { Actor, StaffActor } from "../../http/actor.js";

/** The subtree roots the actor holds `roles` over (any role when none are named). */
export function grantPaths(actor: StaffActor, roles?: readonly Role[]): string[] {
  return actor.roles.filter((g) => !roles || roles.includes(g.role)).map((g) => g.orgPath);
}

/** Inside the actor's jurisdiction for one of `roles` (any role when none are named). */
export function isInJurisdiction(actor: Actor, orgPath: string, roles?: readonly Role[]): boolean {
  if (actor.type !== "staff") return false;
  return grantPaths(actor, roles).some((root) => isWithinPath(orgPath, root));
}

/**
 * May the actor see this org in the tree? Its own subtrees, plus the ancestors
 * on the way down to them (so a community clerk sees "开福区 › 芙蓉北路街道 › 欣城社区"
 * but not the neighbouring communities).
 */
export function canSeeOrg(actor: Actor, orgPath: string): boolean {
  if (actor.type !== "staff") return false;
  return grantPaths(actor).some((root) => isWithinPath(orgPath, root) || isWithinPath(root, orgPath));
}
