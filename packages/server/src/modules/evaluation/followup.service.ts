import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { isInJurisdiction } from "../../http/jurisdiction.js";
import { evaluationQuery, OFFICE_ROLES, presentEvaluation } from "./evaluations.service.js";

/**
 * What follows a 差评: the office's rectification, the supervision centre's
 * callback (with the evaluator's phone read on demand, audited), and appeals.
 */

type StaffRole = "approver" | "clerk" | "admin" | "supervisor";

/** A rating by its own id or by its rectification's id, inside the actor's jurisdiction. */
async function ratingBy(
  ctx: Ctx,
  actor: StaffActor,
  key: "e.id" | "r.id",
  id: string,
  roles: readonly StaffRole[],
) {
  const row = /^[0-9a-f-]{36}$/.test(id)
    ? await evaluationQuery(ctx.db).where(key, "=", id).executeTakeFirst()
    : undefined;
  if (!row || !isInJurisdiction(actor, row.org_path, roles))
    throw new AppError(key === "e.id" ? "EVALUATION_NOT_FOUND" : "RECTIFICATION_NOT_FOUND");
  return row;
}

const evaluationFor = (ctx: Ctx, actor: StaffActor, id: string, roles: readonly StaffRole[]) =>
  ratingBy(ctx, actor, "e.id", id, roles);
const rectificationFor = (ctx: Ctx, actor: StaffActor, id: string, roles: readonly StaffRole[]) =>
  ratingBy(ctx, actor, "r.id", id, roles);

/** Closes the rectification once both the office's result and the callback are on file. */
async function closeIfComplete(db: Kysely<Database>, rectificationId: string, actorId: string, now: Date) {
  await db
    .updateTable("rectifications")
    .set({ status: "done", closed_at: now, closed_by: actorId })
    .where("id", "=", rectificationId)
    .where("status", "=", "open")
    .where("result", "is not", null)
    .where("callback_at", "is not", null)
    .execute();
}

/** The office records what it changed (整改情况). */
export async function recordRectification(ctx: Ctx, actor: StaffActor, id: string, result: string) {
  const row = await rectificationFor(ctx, actor, id, OFFICE_ROLES);
  if (row.rectification_status !== "open")
    throw new AppError("RECTIFICATION_STATE", { params: { action: "填写整改情况", why: "已办结或已撤销" } });
  const text = result.trim();
  if (text.length < 4) throw invalidField("result", "VALIDATION_FAILED.required");
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    await db.updateTable("rectifications").set({ result: text }).where("id", "=", id).execute();
    await closeIfComplete(db, id, actor.id, now);
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "rectification.result", targetType: "evaluation", targetId: row.id },
    );
  });
  return presentEvaluation(ctx, await rectificationFor(ctx, actor, id, OFFICE_ROLES), false);
}

/** The supervision centre records its callback (回访) to the evaluator. */
export async function recordCallback(
  ctx: Ctx,
  actor: StaffActor,
  id: string,
  input: { reached: boolean; note: string },
) {
  const row = await rectificationFor(ctx, actor, id, ["supervisor"]);
  if (row.rectification_status !== "open")
    throw new AppError("RECTIFICATION_STATE", { params: { action: "登记回访", why: "已办结或已撤销" } });
  const note = input.note.trim();
  if (note.length < 2) throw invalidField("note", "VALIDATION_FAILED.required");
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    await db
      .updateTable("rectifications")
      .set({ callback_at: now, callback_by: actor.id, callback_reached: input.reached, callback_note: note })
      .where("id", "=", id)
      .execute();
    await closeIfComplete(db, id, actor.id, now);
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "rectification.callback",
        targetType: "evaluation",
        targetId: row.id,
        detail: { reached: input.reached },
      },
    );
  });
  return presentEvaluation(ctx, await rectificationFor(ctx, actor, id, ["supervisor"]), true);
}

/** The full phone number of the evaluator, for the callback: a read of personal data, audited. */
export async function evaluatorContact(ctx: Ctx, actor: StaffActor, evaluationId: string) {
  const row = await evaluationFor(ctx, actor, evaluationId, ["supervisor"]);
  const now = ctx.clock.now();
  await audit(
    ctx.db,
    { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
    { action: "evaluation.contact.read", targetType: "evaluation", targetId: row.id },
  );
  return { phone: row.resident_phone_cipher ? ctx.box.decrypt(row.resident_phone_cipher) : null };
}

/** The office appeals a 差评 it holds malicious. */
export async function appealEvaluation(ctx: Ctx, actor: StaffActor, id: string, reason: string) {
  const row = await evaluationFor(ctx, actor, id, OFFICE_ROLES);
  if (row.level > 2 || row.appeal_status !== "none")
    throw new AppError("APPEAL_STATE", { params: { action: "申诉", status: row.appeal_status } });
  const text = reason.trim();
  if (text.length < 4) throw invalidField("reason", "VALIDATION_FAILED.required");
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    const r = await db
      .updateTable("evaluations")
      .set({ appeal_status: "pending", appeal_reason: text, appealed_by: actor.id, appealed_at: now })
      .where("id", "=", id)
      .where("appeal_status", "=", "none")
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0)
      throw new AppError("APPEAL_STATE", { params: { action: "申诉", status: "pending" } });
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "evaluation.appeal", targetType: "evaluation", targetId: id },
    );
  });
  return presentEvaluation(ctx, await evaluationFor(ctx, actor, id, OFFICE_ROLES), false);
}

/** A supervisor decides an appeal: upheld removes the rating from the figures and withdraws the rectification. */
export async function decideAppeal(
  ctx: Ctx,
  actor: StaffActor,
  id: string,
  input: { upheld: boolean; note: string },
) {
  const row = await evaluationFor(ctx, actor, id, ["supervisor"]);
  if (row.appeal_status !== "pending")
    throw new AppError("APPEAL_STATE", { params: { action: "裁定", status: row.appeal_status } });
  const note = input.note.trim();
  if (note.length < 2) throw invalidField("note", "VALIDATION_FAILED.required");
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    await db
      .updateTable("evaluations")
      .set({
        appeal_status: input.upheld ? "upheld" : "dismissed",
        appeal_note: note,
        appeal_decided_by: actor.id,
        appeal_decided_at: now,
      })
      .where("id", "=", id)
      .execute();
    if (input.upheld)
      await db
        .updateTable("rectifications")
        .set({ status: "withdrawn", closed_at: now, closed_by: actor.id })
        .where("evaluation_id", "=", id)
        .where("status", "=", "open")
        .execute();
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "evaluation.appeal.decide",
        targetType: "evaluation",
        targetId: id,
        detail: { upheld: input.upheld },
      },
    );
  });
  return presentEvaluation(ctx, await evaluationFor(ctx, actor, id, ["supervisor"]), true);
}
