import { chinaDate, SPECIAL_PROCEDURES, type SpecialProcedure } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { actingTask } from "./case-access.js";
import { addEvent, lockCase, shiftOpenTaskDues } from "./cases.repo.js";
import { notifyApplicant } from "./notify-applicant.js";

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
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const row = await lockCase(db, c.id);
    if (row.paused_since || !["accepted", "in_review"].includes(row.status))
      throw new AppError("CASE_PAUSED");
    await db.updateTable("cases").set({ paused_since: now }).where("id", "=", row.id).execute();
    const name = SPECIAL_PROCEDURES[input.kind];
    await addEvent(
      db,
      { case_id: row.id, at: now, org_code: task.org_code, actor_id: actor.id },
      { kind: "special_started", params: { org: task.org_name, procedure: name, reason } },
    );
    await notifyApplicant(
      db,
      { box: ctx.box, districtCode: ctx.districtCode, publicUrl: ctx.publicUrl, now },
      row.id,
      "case.special",
      { reason: `${name}（${reason}）`, eventKey: now.toISOString() },
    );
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "case.special.start", targetType: "case", targetId: caseNo, detail: { kind: input.kind } },
    );
    return { caseNo, paused: true };
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
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  return ctx.tx(async (db) => {
    const row = await lockCase(db, c.id);
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
    await addEvent(
      db,
      { case_id: row.id, at: now, org_code: task.org_code, actor_id: actor.id },
      { kind: "special_ended", params: { result: text, workingDays: took } },
    );
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "case.special.end", targetType: "case", targetId: caseNo, detail: { workingDays: took } },
    );
    return { caseNo, paused: false, workingDays: took, promisedDue: shift(row.promised_due) };
  });
}
