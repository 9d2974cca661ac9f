import { AppError } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { isInJurisdiction } from "../../http/jurisdiction.js";
import { findCaseByNo, tasksOfCase } from "./cases.repo.js";

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

/**
 * The open task of this case the approver acts on: a special procedure or an extension is
 * decided by an office handling one of its steps.
 */
export async function actingTask(ctx: Ctx, actor: StaffActor, caseNo: string) {
  const c = await findCaseByNo(ctx.db, caseNo);
  if (!c) throw new AppError("CASE_NOT_FOUND");
  const tasks = await tasksOfCase(ctx.db, c.id);
  const mine = tasks.find((t) => t.status === "open" && isInJurisdiction(actor, t.org_path, ["approver"]));
  if (!mine) {
    // Seeing the case but holding none of its open steps is a state problem, not a missing case.
    if (tasks.some((t) => isInJurisdiction(actor, t.org_path))) throw new AppError("TASK_NOT_OPEN");
    throw new AppError("CASE_NOT_FOUND");
  }
  return { c, task: mine };
}
