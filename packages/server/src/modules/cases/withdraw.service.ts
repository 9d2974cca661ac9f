import { advance, WorkflowError } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { getDefinition } from "../workflow/index.js";
import { caseAtClerksWindow } from "./case-access.js";
import { lockCase } from "./cases.repo.js";
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
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  return ctx.tx(async (db) => {
    const caseRow = await lockCase(db, found.id);
    const definition = await getDefinition(db, caseRow.process_key, caseRow.process_version);
    let step;
    try {
      step = advance(definition, caseRow.process_state, { type: "withdraw" });
    } catch (e) {
      if (e instanceof WorkflowError) throw new AppError("CASE_ENDED");
      throw e;
    }
    const status = await applyEffects(
      stepIn(ctx, db, { now, calendar, caseRow, actorId: clerk.id, comment: reason }),
      step.state,
      step.effects,
    );
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "case.withdraw", targetType: "case", targetId: caseRow.case_no, detail: { reason } },
    );
    return { caseNo: caseRow.case_no, status };
  });
}
