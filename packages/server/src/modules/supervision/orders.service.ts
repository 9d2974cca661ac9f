import { chinaDate } from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { findCaseByNo } from "../cases/index.js";
import { enqueueSms } from "../notify/index.js";
import { grantPaths, isInJurisdiction, pathUnderAny } from "../../http/jurisdiction.js";
import { findOrg } from "../org/index.js";
import { responsibleStaff } from "./responsible.js";

/** Roles that act for an office on a 督办 order it received. */
const OFFICE_ROLES = ["approver", "clerk", "admin"] as const;

export type NewOrder = {
  caseNo: string;
  orgCode: string;
  message: string;
  answerWithinWorkingDays?: number | undefined;
};

function orderQuery(db: Kysely<Database>) {
  return db
    .selectFrom("supervision_orders as so")
    .innerJoin("cases as c", "c.id", "so.case_id")
    .innerJoin("service_items as i", "i.code", "c.item_code")
    .innerJoin("orgs as o", "o.code", "so.org_code")
    .innerJoin("staff as sender", "sender.id", "so.sent_by")
    .leftJoin("staff as ack", "ack.id", "so.acknowledged_by")
    .leftJoin("staff as ans", "ans.id", "so.answered_by")
    .select([
      "so.id",
      "so.message",
      "so.answer_due",
      "so.sent_at",
      "so.acknowledged_at",
      "so.answered_at",
      "so.answer",
      "so.org_code",
      "o.name as org_name",
      "o.path as org_path",
      "c.case_no",
      "i.name as item_name",
      "sender.name as sent_by_name",
      "ack.name as acknowledged_by_name",
      "ans.name as answered_by_name",
    ]);
}

export type OrderRow = Awaited<ReturnType<ReturnType<typeof orderQuery>["executeTakeFirstOrThrow"]>>;

/** Late when unanswered past its due date, or answered after it. */
export function isOrderOverdue(o: Pick<OrderRow, "answer_due" | "answered_at">, today: string): boolean {
  return o.answered_at ? chinaDate(o.answered_at) > o.answer_due : today > o.answer_due;
}

/**
 * A supervisor sends a 督办 order about a case to one of the offices handling it
 * (its community or an office with a task on it); the office's people get an SMS.
 */
export async function sendOrder(ctx: Ctx, supervisor: StaffActor, input: NewOrder) {
  const c = await findCaseByNo(ctx.db, input.caseNo);
  const community = c && (await findOrg(ctx.db, c.community_code));
  if (!c || !community || !isInJurisdiction(supervisor, community.path, ["supervisor"]))
    throw new AppError("CASE_NOT_FOUND", { field: "caseNo" });
  const involved = await ctx.db
    .selectFrom("tasks")
    .select("org_code")
    .where("case_id", "=", c.id)
    .where("org_code", "=", input.orgCode)
    .executeTakeFirst();
  const org = await findOrg(ctx.db, input.orgCode);
  if (
    !org ||
    (input.orgCode !== c.community_code && !involved) ||
    !isInJurisdiction(supervisor, org.path, ["supervisor"])
  )
    throw invalidField("orgCode", "VALIDATION_FAILED.orderOrg");
  const message = input.message.trim();
  if (message.length < 4) throw invalidField("message", "VALIDATION_FAILED.required");
  const days = input.answerWithinWorkingDays ?? 3;
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  const due = calendar.addWorkingDays(chinaDate(now), days);
  return ctx.tx(async (db) => {
    const { id } = await db
      .insertInto("supervision_orders")
      .values({
        district_code: ctx.districtCode,
        case_id: c.id,
        org_code: org.code,
        message,
        answer_due: due,
        sent_by: supervisor.id,
        sent_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const people = (await responsibleStaff(db, [org.code])).get(org.code) ?? [];
    for (const person of people) {
      if (!person.phoneCipher) continue;
      await enqueueSms(
        db,
        { box: ctx.box, districtCode: ctx.districtCode, now },
        {
          key: `order:${id}:${person.id}`,
          to: ctx.box.decrypt(person.phoneCipher),
          template: "supervision.order",
          params: { name: person.name, org: org.short_name, caseNo: c.case_no, due },
        },
      );
    }
    await audit(
      db,
      { actor: supervisor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "supervision.order.send",
        targetType: "case",
        targetId: c.case_no,
        detail: { orgCode: org.code, due },
      },
    );
    return orderQuery(db).where("so.id", "=", id).executeTakeFirstOrThrow();
  });
}

export type OrderBox = "sent" | "received";

/** Orders a supervisor can see (sent) or that reached the actor's offices (received). */
export async function listOrders(ctx: Ctx, actor: StaffActor, box: OrderBox, status?: "open" | "answered") {
  const roots = box === "sent" ? grantPaths(actor, ["supervisor"]) : grantPaths(actor, OFFICE_ROLES);
  let q = orderQuery(ctx.db).where(pathUnderAny("o.path", roots));
  if (status === "open") q = q.where("so.answered_at", "is", null);
  if (status === "answered") q = q.where("so.answered_at", "is not", null);
  return q
    .orderBy("so.answered_at", (ob) => ob.desc().nullsFirst())
    .orderBy("so.answer_due")
    .limit(500)
    .execute();
}

async function orderForOffice(ctx: Ctx, actor: StaffActor, id: string) {
  const row = /^[0-9a-f-]{36}$/.test(id)
    ? await orderQuery(ctx.db).where("so.id", "=", id).executeTakeFirst()
    : undefined;
  if (!row || !isInJurisdiction(actor, row.org_path, OFFICE_ROLES)) throw new AppError("ORDER_NOT_FOUND");
  return row;
}

/** The office's read receipt; acknowledging again keeps the first time. */
export async function acknowledgeOrder(ctx: Ctx, actor: StaffActor, id: string) {
  const row = await orderForOffice(ctx, actor, id);
  if (row.acknowledged_at) return row;
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    await db
      .updateTable("supervision_orders")
      .set({ acknowledged_at: now, acknowledged_by: actor.id })
      .where("id", "=", id)
      .where("acknowledged_at", "is", null)
      .execute();
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "supervision.order.acknowledge", targetType: "case", targetId: row.case_no },
    );
    return orderQuery(db).where("so.id", "=", id).executeTakeFirstOrThrow();
  });
}

/** The office's answer (acknowledges too, if it had not); an order is answered once. */
export async function answerOrder(ctx: Ctx, actor: StaffActor, id: string, answer: string) {
  const row = await orderForOffice(ctx, actor, id);
  const text = answer.trim();
  if (text.length < 4) throw invalidField("answer", "VALIDATION_FAILED.required");
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const r = await db
      .updateTable("supervision_orders")
      .set((eb) => ({
        acknowledged_at: eb.fn.coalesce("acknowledged_at", eb.val(now)),
        acknowledged_by: eb.fn.coalesce("acknowledged_by", eb.val(actor.id)),
        answered_at: now,
        answered_by: actor.id,
        answer: text,
      }))
      .where("id", "=", id)
      .where("answered_at", "is", null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new AppError("ORDER_ANSWERED");
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "supervision.order.answer", targetType: "case", targetId: row.case_no },
    );
    return orderQuery(db).where("so.id", "=", id).executeTakeFirstOrThrow();
  });
}
