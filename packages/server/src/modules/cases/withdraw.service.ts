import { advance, WorkflowError } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { getDefinition } from "../workflow/index.js";
import { caseAtClerksWindow } from "./case-access.js";
import { runCaseCommand } from "./case-command.js";
import { applyEffects, stepIn } from "./process.js";

/**
 * 撤回申请: the applicant asks at the window to take the application back before it is
 * decided (in writing; the clerk records why). Every open step is cancelled, the clock
 * stops, the timeline and an SMS say so. A decided case cannot be withdrawn.
 */
export async function withdrawCase(ctx: Ctx, clerk: StaffActor, caseNo: string, input: { reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < 4) throw invalidField("reason", "VALIDATION_FAILED.required");
  const found = await caseAtClerksWindow(ctx, clerk, caseNo);
  const calendar = await loadWorkCalendar(ctx.db);
  return runCaseCommand(ctx, clerk, found.id, async ({ tc, now, row: caseRow }) => {
    const definition = await getDefinition(tc.db, caseRow.process_key, caseRow.process_version);
    let step;
    try {
      step = advance(definition, caseRow.process_state, { type: "withdraw" });
    } catch (e) {
      if (e instanceof WorkflowError) throw new AppError("CASE_ENDED");
      throw e;
    }
    // The engine's effects write the ending's timeline entry and SMS.
    const status = await applyEffects(
      stepIn(ctx, tc.db, { now, calendar, caseRow, actorId: clerk.id, comment: reason }),
      step.state,
      step.effects,
    );
    return {
      answer: { caseNo: caseRow.case_no, status },
      audit: { action: "case.withdraw", detail: { reason } },
    };
  });
}
