import { isWithinPath } from "@onewindow/shared";
import type { Actor } from "../../http/actor.js";
import { grantPaths } from "../../http/jurisdiction.js";

/**
 * May the actor see this org in the tree? Its own subtrees, plus the ancestors
 * on the way down to them (so a community clerk sees "开福区 › 芙蓉北路街道 › 欣城社区"
 * but not the neighbouring communities).
 */
export function canSeeOrg(actor: Actor, orgPath: string): boolean {
  if (actor.type !== "staff") return false;
  return grantPaths(actor).some((root) => isWithinPath(orgPath, root) || isWithinPath(root, orgPath));
}
