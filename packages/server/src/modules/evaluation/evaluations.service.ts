import {
  ENDED_CASE_STATUSES,
  chinaDate,
  DEFAULT_RECTIFY_WORKING_DAYS,
  EVALUATION_LEVEL_TEXT,
  isBadRating,
  maskName,
  maskPhone,
  parseResidentId,
  rectificationDue,
  type EvaluationLevel,
  isoChina,
} from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { isUniqueViolation } from "../../db/errors.js";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { findCaseByNo } from "../cases/index.js";
import { enqueueSms } from "../notify/index.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";
import { findResidentIdByIdNumber } from "../residents/index.js";
import { responsibleStaff } from "../supervision/index.js";

/** Roles that answer for an office's ratings (rectify, appeal). */
export const OFFICE_ROLES = ["approver", "clerk", "admin"] as const;

type NewRating = {
  channel: "online" | "onsite" | "kiosk";
  caseId: string | null;
  ticketId: string | null;
  paymentOrderId?: string;
  orgCode: string;
  residentId: string | null;
  level: EvaluationLevel;
  comment: string | undefined;
};

/**
 * Stores a rating; a 差评 (≤ 2) opens rectification with a working-day deadline
 * and texts the office, all in one transaction. One rating per case or visit.
 */
async function storeRating(ctx: Ctx, r: NewRating) {
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  const due = rectificationDue(chinaDate(now), calendar, DEFAULT_RECTIFY_WORKING_DAYS);
  try {
    return await ctx.tx(async (db) => {
      const { id } = await db
        .insertInto("evaluations")
        .values({
          district_code: ctx.districtCode,
          channel: r.channel,
          case_id: r.caseId,
          ticket_id: r.ticketId,
          payment_order_id: r.paymentOrderId ?? null,
          org_code: r.orgCode,
          level: r.level,
          comment: r.comment?.trim() || null,
          resident_id: r.residentId,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      let rectification: { id: string; dueDate: string } | undefined;
      if (isBadRating(r.level)) {
        const row = await db
          .insertInto("rectifications")
          .values({
            district_code: ctx.districtCode,
            evaluation_id: id,
            org_code: r.orgCode,
            due_date: due,
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        rectification = { id: row.id, dueDate: due };
        await textOffice(db, ctx, now, { evaluationId: id, orgCode: r.orgCode, level: r.level, due });
      }
      await audit(
        db,
        { actor: ctx.actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
        {
          action: "evaluation.create",
          targetType: "evaluation",
          targetId: id,
          detail: { level: r.level, channel: r.channel },
        },
      );
      return { id, level: r.level, levelText: EVALUATION_LEVEL_TEXT[r.level], rectification };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("EVALUATION_EXISTS");
    throw err;
  }
}

async function textOffice(
  db: Kysely<Database>,
  ctx: Ctx,
  now: Date,
  e: { evaluationId: string; orgCode: string; level: EvaluationLevel; due: string },
) {
  const [people, org] = await Promise.all([
    responsibleStaff(db, [e.orgCode]),
    db.selectFrom("orgs").select("short_name").where("code", "=", e.orgCode).executeTakeFirstOrThrow(),
  ]);
  for (const person of people.get(e.orgCode) ?? []) {
    if (!person.phoneCipher) continue;
    await enqueueSms(
      db,
      { box: ctx.box, districtCode: ctx.districtCode, now },
      {
        key: `evaluation:${e.evaluationId}:${person.id}`,
        to: ctx.box.decrypt(person.phoneCipher),
        template: "evaluation.bad",
        params: { name: person.name, org: org.short_name, level: EVALUATION_LEVEL_TEXT[e.level], due: e.due },
      },
    );
  }
}

/** 一事一评: the applicant (case number + ID number) rates a finished case; it counts for the accepting community. */
export async function rateCase(
  ctx: Ctx,
  input: { caseNo: string; idNumber: string; level: EvaluationLevel; comment?: string | undefined },
) {
  const parsed = parseResidentId(input.idNumber);
  if (!parsed.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${parsed.problem}`);
  const c = await findCaseByNo(ctx.db, input.caseNo);
  const residentId = await findResidentIdByIdNumber(ctx, input.idNumber.toUpperCase());
  if (!c || c.resident_id !== residentId) throw new AppError("CASE_NOT_FOUND");
  if (!ENDED_CASE_STATUSES.includes(c.status))
    throw invalidField("caseNo", "VALIDATION_FAILED.evaluationCase");
  return storeRating(ctx, {
    channel: "online",
    caseId: c.id,
    ticketId: null,
    orgCode: c.community_code,
    residentId: c.resident_id,
    level: input.level,
    comment: input.comment,
  });
}

/** 一次一评: after a visit, whoever holds the ticket slip (its QR token) rates the hall. */
export async function rateVisit(
  ctx: Ctx,
  input: { ticketToken: string; level: EvaluationLevel; comment?: string | undefined },
) {
  const t = await ctx.db
    .selectFrom("queue_tickets")
    .select(["id", "number", "site_code", "status", "resident_id"])
    .where("public_token", "=", input.ticketToken)
    .executeTakeFirst();
  if (!t) throw new AppError("TICKET_NOT_FOUND");
  if (t.status !== "finished")
    throw new AppError("TICKET_STATE", { params: { number: t.number, status: t.status, action: "评价" } });
  return storeRating(ctx, {
    channel: "onsite",
    caseId: null,
    ticketId: t.id,
    orgCode: t.site_code,
    residentId: t.resident_id,
    level: input.level,
    comment: input.comment,
  });
}

/** 好差评 after a kiosk payment: rates the hall whose kiosk took it; only the kiosk that took it may rate it. */
export async function ratePayment(
  ctx: Ctx,
  input: { orderNo: string; level: EvaluationLevel; comment?: string | undefined },
) {
  const actor = ctx.actor;
  const order = await ctx.db
    .selectFrom("payment_orders")
    .select(["id", "site_code", "device_id"])
    .where("order_no", "=", input.orderNo)
    .executeTakeFirst();
  if (!order || actor?.type !== "device" || order.device_id !== actor.id)
    throw new AppError("PAYMENT_NOT_FOUND");
  return storeRating(ctx, {
    channel: "kiosk",
    caseId: null,
    ticketId: null,
    paymentOrderId: order.id,
    orgCode: order.site_code,
    residentId: null,
    level: input.level,
    comment: input.comment,
  });
}

export function evaluationQuery(db: Kysely<Database>) {
  return db
    .selectFrom("evaluations as e")
    .innerJoin("orgs as o", "o.code", "e.org_code")
    .leftJoin("cases as c", "c.id", "e.case_id")
    .leftJoin("service_items as i", "i.code", "c.item_code")
    .leftJoin("queue_tickets as qt", "qt.id", "e.ticket_id")
    .leftJoin("queue_services as qs", (j) =>
      j.onRef("qs.site_code", "=", "qt.site_code").onRef("qs.code", "=", "qt.service_code"),
    )
    .leftJoin("rectifications as r", "r.evaluation_id", "e.id")
    .leftJoin("residents as p", "p.id", "e.resident_id")
    .select([
      "e.id",
      "e.channel",
      "e.level",
      "e.comment",
      "e.created_at",
      "e.appeal_status",
      "e.appeal_reason",
      "e.appeal_note",
      "e.org_code",
      "o.name as org_name",
      "o.path as org_path",
      "c.case_no",
      "i.name as item_name",
      "qt.number as ticket_number",
      "qs.name as service_name",
      "r.id as rectification_id",
      "r.due_date as rectification_due",
      "r.status as rectification_status",
      "r.result as rectification_result",
      "r.callback_at",
      "r.callback_reached",
      "r.callback_note",
      "p.name as resident_name",
      "p.phone_cipher as resident_phone_cipher",
    ]);
}

export type EvaluationRow = Awaited<
  ReturnType<ReturnType<typeof evaluationQuery>["executeTakeFirstOrThrow"]>
>;

/**
 * Ratings as an office sees them — what was rated and how, never who rated
 * (no case number, ticket number or name) — or as the supervision centre sees
 * them, with the case and the evaluator masked, for the callback.
 */
export function presentEvaluation(ctx: Pick<Ctx, "box">, e: EvaluationRow, forSupervisor: boolean) {
  const level = e.level as EvaluationLevel;
  const base = {
    id: e.id,
    channel: e.channel,
    level,
    levelText: EVALUATION_LEVEL_TEXT[level],
    comment: e.comment,
    subject: e.item_name ?? e.service_name ?? "",
    date: chinaDate(e.created_at),
    orgCode: e.org_code,
    orgName: e.org_name,
    appeal: { status: e.appeal_status, reason: e.appeal_reason, note: e.appeal_note },
    rectification: e.rectification_id
      ? {
          id: e.rectification_id,
          dueDate: e.rectification_due,
          status: e.rectification_status,
          result: e.rectification_result,
          callbackDone: e.callback_at !== null,
        }
      : null,
  };
  if (!forSupervisor) return base;
  return {
    ...base,
    caseNo: e.case_no,
    ticketNumber: e.ticket_number,
    evaluator: {
      name: e.resident_name ? maskName(e.resident_name) : null,
      phone: e.resident_phone_cipher ? maskPhone(ctx.box.decrypt(e.resident_phone_cipher)) : null,
    },
    callback: e.callback_at
      ? { at: isoChina(e.callback_at), reached: e.callback_reached, note: e.callback_note }
      : null,
  };
}

export type EvaluationBox = "office" | "supervision";

export async function listEvaluations(
  ctx: Ctx,
  actor: StaffActor,
  box: EvaluationBox,
  filter: { bad?: boolean | undefined },
) {
  const roots = box === "office" ? grantPaths(actor, OFFICE_ROLES) : grantPaths(actor, ["supervisor"]);
  let q = evaluationQuery(ctx.db).where(pathUnderAny("o.path", roots));
  if (filter.bad) q = q.where("e.level", "<=", 2);
  const rows = await q.orderBy("e.created_at", "desc").limit(500).execute();
  return rows.map((e) => presentEvaluation(ctx, e, box === "supervision"));
}
