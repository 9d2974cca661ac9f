import { advance, chinaDate, WorkflowError, type Decision } from "@onewindow/shared";
import { AppError } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { grantPaths, isInJurisdiction, pathUnderAny } from "../../http/jurisdiction.js";
import { getDefinition } from "../workflow/index.js";
import { runCaseCommand } from "./case-command.js";
import { findTask } from "./cases.repo.js";
import { caseAtClerksWindow } from "./case-access.js";
import { applyEffects, stepIn } from "./process.js";

const ACTING_ROLES = ["approver", "clerk"] as const;

/** Open tasks at offices where the caller may act, soonest due first. */
export function listOpenTasks(ctx: Ctx, actor: StaffActor) {
  return ctx.db
    .selectFrom("tasks")
    .innerJoin("orgs", "orgs.code", "tasks.org_code")
    .innerJoin("cases", "cases.id", "tasks.case_id")
    .innerJoin("service_items", "service_items.code", "cases.item_code")
    .select([
      "tasks.id",
      "tasks.name",
      "tasks.org_code",
      "orgs.name as org_name",
      "tasks.due_date",
      "tasks.opened_at",
      "cases.case_no",
      "cases.applicant_name",
      "service_items.name as item_name",
    ])
    .where("tasks.status", "=", "open")
    .where(pathUnderAny("orgs.path", grantPaths(actor, ACTING_ROLES)))
    .orderBy("tasks.due_date")
    .orderBy("tasks.opened_at")
    .execute();
}

/**
 * Applies an approver's decision to an open task and advances the case, in one
 * transaction with the case row locked: of two people deciding the same task,
 * one wins and the other gets TASK_NOT_OPEN.
 */
export async function completeTask(
  ctx: Ctx,
  actor: StaffActor,
  taskId: string,
  input: { decision: Decision; comment?: string | undefined },
) {
  const task = await findTask(ctx.db, taskId);
  if (!task || !isInJurisdiction(actor, task.org_path, ACTING_ROLES)) throw new AppError("TASK_NOT_FOUND");
  const calendar = await loadWorkCalendar(ctx.db);
  return runCaseCommand(ctx, actor, task.case_id, async ({ tc, now, row: caseRow }) => {
    const db = tc.db;
    const current = await db
      .selectFrom("tasks")
      .select("status")
      .where("id", "=", taskId)
      .executeTakeFirstOrThrow();
    if (current.status !== "open") throw new AppError("TASK_NOT_OPEN");
    // A special procedure (expert review, hearing …) must end before the step is decided.
    if (caseRow.paused_since) throw new AppError("CASE_PAUSED");
    const definition = await getDefinition(db, caseRow.process_key, caseRow.process_version);
    let step;
    try {
      step = advance(definition, caseRow.process_state, {
        type: "complete",
        taskId: task.engine_task_id,
        decision: input.decision,
        form: caseRow.form_data,
      });
    } catch (e) {
      if (e instanceof WorkflowError) throw new AppError("TASK_NOT_OPEN");
      throw e;
    }
    // The engine's effects write their own timeline entries and SMS (next office, 补正, decision).
    const status = await applyEffects(
      stepIn(ctx, db, { now, calendar, caseRow, actorId: actor.id, comment: input.comment?.trim() || null }),
      step.state,
      step.effects,
    );
    return {
      answer: { caseNo: caseRow.case_no, status },
      audit: { action: "task.complete", detail: { task: task.name, decision: input.decision } },
    };
  });
}

/**
 * 补正 handed in at the window: the case resumes where it was returned, and its
 * deadlines move on by the working days it waited (the clock was paused).
 */
export async function resubmitCase(ctx: Ctx, clerk: StaffActor, caseNo: string, materialIds: string[]) {
  const found = await caseAtClerksWindow(ctx, clerk, caseNo);
  const calendar = await loadWorkCalendar(ctx.db);
  return runCaseCommand(ctx, clerk, found.id, async ({ tc, now, row: caseRow, note }) => {
    const db = tc.db;
    if (caseRow.status !== "supplement_required" || !caseRow.paused_since)
      throw new AppError("CASE_NOT_WAITING");
    const definition = await getDefinition(db, caseRow.process_key, caseRow.process_version);
    const step = advance(definition, caseRow.process_state, { type: "resubmit", form: caseRow.form_data });
    const waited = calendar.workingDaysBetween(chinaDate(caseRow.paused_since), chinaDate(now));
    const shift = (d: string | null) => (d ? calendar.addWorkingDays(d, waited) : d);
    await db
      .updateTable("cases")
      .set({
        paused_since: null,
        supplement_due: null,
        promised_due: shift(caseRow.promised_due),
        statutory_due: shift(caseRow.statutory_due),
      })
      .where("id", "=", caseRow.id)
      .execute();
    if (materialIds.length > 0) {
      await db
        .updateTable("case_materials")
        .set({ provided: true, due_date: null })
        .where("case_id", "=", caseRow.id)
        .where("material_id", "in", materialIds)
        .execute();
    }
    // Told before the engine forwards the case again, so the timeline reads in order.
    await note({ kind: "supplement_received", params: {} }, caseRow.site_code);
    const status = await applyEffects(
      stepIn(ctx, db, {
        now,
        calendar,
        caseRow: { ...caseRow, status: "in_review" },
        actorId: clerk.id,
        comment: null,
      }),
      step.state,
      step.effects,
    );
    return {
      answer: { caseNo, status },
      audit: { action: "case.resubmit", detail: { materials: materialIds.length } },
    };
  });
}
