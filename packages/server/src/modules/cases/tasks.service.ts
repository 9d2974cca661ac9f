import { advance, chinaDate, WorkflowError, type Decision } from "@onewindow/shared";
import { AppError } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { grantPaths, isInJurisdiction, pathUnderAny } from "../../http/jurisdiction.js";
import { getDefinition } from "../workflow/index.js";
import { addEvent, findTask, lockCase } from "./cases.repo.js";
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
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  return ctx.tx(async (db) => {
    const caseRow = await lockCase(db, task.case_id);
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
    const status = await applyEffects(
      stepIn(ctx, db, { now, calendar, caseRow, actorId: actor.id, comment: input.comment?.trim() || null }),
      step.state,
      step.effects,
    );
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "task.complete",
        targetType: "case",
        targetId: caseRow.case_no,
        detail: { task: task.name, decision: input.decision },
      },
    );
    return { caseNo: caseRow.case_no, status };
  });
}

/**
 * 补正 handed in at the window: the case resumes where it was returned, and its
 * deadlines move on by the working days it waited (the clock was paused).
 */
export async function resubmitCase(ctx: Ctx, clerk: StaffActor, caseNo: string, materialIds: string[]) {
  const found = await caseAtClerksWindow(ctx, clerk, caseNo);
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  return ctx.tx(async (db) => {
    const caseRow = await lockCase(db, found.id);
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
    await addEvent(
      db,
      { case_id: caseRow.id, at: now, org_code: caseRow.site_code, actor_id: clerk.id },
      { kind: "supplement_received", params: {} },
    );
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
    return { caseNo, status };
  });
}
