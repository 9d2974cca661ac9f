import { chinaDate, extendDeadlines, type ExtensionRefusal } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { actingTask } from "./case-access.js";
import { runCaseCommand } from "./case-command.js";
import { shiftOpenTaskDues } from "./cases.repo.js";

function refusalError(refusal: ExtensionRefusal, left: number, statutoryDue: string | null): AppError {
  switch (refusal) {
    case "notAllowed":
      return new AppError("EXTENSION_NOT_ALLOWED");
    case "ended":
      return new AppError("CASE_ENDED", { messageKey: "CASE_ENDED.extend" });
    case "paused":
      return new AppError("CASE_PAUSED");
    case "tooLate":
      return new AppError("EXTENSION_TOO_LATE", { params: { due: statutoryDue ?? "" } });
    case "tooMany":
      return invalidField("days", "VALIDATION_FAILED.extensionDays", { left });
  }
}

/**
 * 延长办理期限: the office handling a step extends the case's deadlines, with its head's
 * approval (the approver's role) and a reason the applicant is told by SMS. The case's and
 * its open steps' deadlines move by the same working days, so supervision counts from the
 * extended dates; the item caps the total, as it stood when the case was accepted.
 */
export async function extendCase(
  ctx: Ctx,
  actor: StaffActor,
  caseNo: string,
  input: { days: number; reason: string },
) {
  const { c, task } = await actingTask(ctx, actor, caseNo);
  const reason = input.reason.trim();
  if (reason.length < 4) throw invalidField("reason", "VALIDATION_FAILED.required");
  const calendar = await loadWorkCalendar(ctx.db);
  return runCaseCommand(ctx, actor, c.id, async ({ tc, now, row }) => {
    const db = tc.db;
    const result = extendDeadlines(
      calendar,
      {
        status: row.status,
        paused: row.paused_since !== null,
        statutoryDue: row.statutory_due,
        promisedDue: row.promised_due,
        extendedDays: row.extended_days,
      },
      row.extension_allowed_days,
      input.days,
      chinaDate(now),
    );
    if (!result.ok) throw refusalError(result.refusal, result.left, row.statutory_due);
    await db
      .updateTable("cases")
      .set({
        statutory_due: result.statutoryDue,
        promised_due: result.promisedDue,
        extended_days: result.extendedDays,
      })
      .where("id", "=", row.id)
      .execute();
    await shiftOpenTaskDues(db, row.id, (d) => calendar.addWorkingDays(d, input.days));
    const until = result.promisedDue ?? result.statutoryDue;
    return {
      answer: {
        caseNo,
        extendedDays: result.extendedDays,
        extensionDaysLeft: row.extension_allowed_days - result.extendedDays,
        promisedDue: result.promisedDue,
        statutoryDue: result.statutoryDue,
      },
      timeline: {
        entry: {
          kind: "extended",
          params: { org: task.org_name, days: input.days, reason, until: until ?? "" },
        },
        orgCode: task.org_code,
      },
      sms: { template: "case.extended", reason, eventKey: String(result.extendedDays) },
      audit: {
        action: "case.extend",
        detail: { days: input.days, total: result.extendedDays, statutoryDue: result.statutoryDue },
      },
    };
  });
}
