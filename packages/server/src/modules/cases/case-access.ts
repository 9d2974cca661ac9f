import { AppError } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { isInJurisdiction } from "../org/org.policy.js";
import { findCaseByNo } from "./cases.repo.js";

/**
 * A case the window may continue (补正 handed in, 撤回申请): one of a community the clerk
 * serves. Any other case answers like an unknown one.
 */
export async function caseAtClerksWindow(ctx: Ctx, clerk: StaffActor, caseNo: string) {
  const found = await findCaseByNo(ctx.db, caseNo);
  const community =
    found &&
    (await ctx.db
      .selectFrom("orgs")
      .select("path")
      .where("code", "=", found.community_code)
      .executeTakeFirst());
  if (!found || !community || !isInJurisdiction(clerk, community.path, ["clerk"]))
    throw new AppError("CASE_NOT_FOUND");
  return found;
}
