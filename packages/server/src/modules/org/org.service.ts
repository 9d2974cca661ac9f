import { AppError } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import { canSeeOrg } from "./org.policy.js";
import * as repo from "./org.repo.js";

function requireActor(ctx: Ctx) {
  if (!ctx.actor) throw new AppError("UNAUTHENTICATED");
  return ctx.actor;
}

/**
 * Children of an org the caller may see (or the top of the tree). An org outside
 * the caller's view answers ORG_NOT_FOUND, the same as one that does not exist.
 */
export async function listOrgs(ctx: Ctx, parentCode: string | undefined) {
  const actor = requireActor(ctx);
  if (parentCode !== undefined) {
    const parent = await repo.findOrg(ctx.db, parentCode);
    if (!parent || !canSeeOrg(actor, parent.path)) throw new AppError("ORG_NOT_FOUND");
  }
  const rows = await repo.listChildren(ctx.db, parentCode ?? null);
  return rows.filter((r) => canSeeOrg(actor, r.path));
}

/** One org with its ancestors, its service hall and counters when it has one. */
export async function getOrgDetail(ctx: Ctx, code: string) {
  const actor = requireActor(ctx);
  const org = await repo.findOrg(ctx.db, code);
  if (!org || !canSeeOrg(actor, org.path)) throw new AppError("ORG_NOT_FOUND");
  const ancestorCodes = org.path.split("/").slice(0, -1);
  const [ancestors, site, counters] = await Promise.all([
    repo.findOrgs(ctx.db, ancestorCodes),
    repo.findSite(ctx.db, code),
    repo.listCounters(ctx.db, code),
  ]);
  ancestors.sort((a, b) => a.path.length - b.path.length);
  return { org, ancestors, site, counters };
}
