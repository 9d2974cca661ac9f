import { chinaDate, SPECIAL_PROCEDURES, type SpecialProcedure } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { actingTask } from "./case-access.js";
import { runCaseCommand } from "./case-command.js";
import { shiftOpenTaskDues } from "./cases.repo.js";

/**
 * 特别程序 (hearing, expert review …): the office handling a step pauses the
 * case's clock; the resident is told why. Tasks stay open but cannot be decided
 * until the procedure ends.
 */
export async function startSpecialProcedure(
  ctx: Ctx,
  actor: StaffActor,
  caseNo: string,
  input: { kind: SpecialProcedure; reason: string },
) {
  const { c, task } = await actingTask(ctx, actor, caseNo);
  const reason = input.reason.trim();
  if (reason.length < 4) throw invalidField("reason", "VALIDATION_FAILED.required");
  return runCaseCommand(ctx, actor, c.id, async ({ tc, now, row }) => {
    if (row.paused_since || !["accepted", "in_review"].includes(row.status))
      throw new AppError("CASE_PAUSED");
    await tc.db.updateTable("cases").set({ paused_since: now }).where("id", "=", row.id).execute();
    const name = SPECIAL_PROCEDURES[input.kind];
    return {
      answer: { caseNo, paused: true },
      timeline: {
        entry: { kind: "special_started", params: { org: task.org_name, procedure: name, reason } },
        orgCode: task.org_code,
      },
      sms: { template: "case.special", reason: `${name}（${reason}）`, eventKey: now.toISOString() },
      audit: { action: "case.special.start", detail: { kind: input.kind } },
    };
  });
}

/**
 * Ends the special procedure: the clock runs again, and the case's and its open
 * tasks' deadlines move on by the working days the procedure took.
 */
export async function endSpecialProcedure(ctx: Ctx, actor: StaffActor, caseNo: string, result: string) {
  const { c, task } = await actingTask(ctx, actor, caseNo);
  const text = result.trim();
  if (text.length < 2) throw invalidField("result", "VALIDATION_FAILED.required");
  const calendar = await loadWorkCalendar(ctx.db);
  return runCaseCommand(ctx, actor, c.id, async ({ tc, now, row }) => {
    const db = tc.db;
    if (!row.paused_since || row.status === "supplement_required") throw new AppError("CASE_NOT_WAITING");
    const took = calendar.workingDaysBetween(chinaDate(row.paused_since), chinaDate(now));
    const shift = (d: string | null) => (d ? calendar.addWorkingDays(d, took) : d);
    await db
      .updateTable("cases")
      .set({
        paused_since: null,
        promised_due: shift(row.promised_due),
        statutory_due: shift(row.statutory_due),
      })
      .where("id", "=", row.id)
      .execute();
    await shiftOpenTaskDues(db, row.id, (d) => calendar.addWorkingDays(d, took));
    return {
      answer: { caseNo, paused: false, workingDays: took, promisedDue: shift(row.promised_due) },
      timeline: {
        entry: { kind: "special_ended", params: { result: text, workingDays: took } },
        orgCode: task.org_code,
      },
      audit: { action: "case.special.end", detail: { workingDays: took } },
    };
  });
}
