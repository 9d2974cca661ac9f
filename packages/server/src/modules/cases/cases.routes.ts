import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import {
  chinaDate,
  deadlineOf,
  DELIVERY_METHODS,
  isoChina,
  supplementOverdue,
  type AlertLevel,
} from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import type { Ctx } from "../../http/context.js";
import { IdempotencyHeaders, errors, strictObject } from "../../http/schemas.js";
import { acceptCase } from "./intake.service.js";
import { refuseApplication } from "./refusal.service.js";
import { completeTask, listOpenTasks, resubmitCase } from "./tasks.service.js";
import { getCaseForStaff } from "./view.service.js";
import { withdrawCase } from "./withdraw.service.js";
import { presentTimeline, statusText } from "./cases.present.js";
import { CaseDetail, CaseStatusSchema, OpenTasks } from "./cases.schemas.js";

export const ApplicantBody = strictObject({
  idNumber: Type.String({ maxLength: 18 }),
  name: Type.String({ minLength: 1, maxLength: 40 }),
  phone: Type.Optional(
    Type.String({ maxLength: 11, description: "may be left out when the resident's phone is on file" }),
  ),
});

/** What an application at the window consists of (受理 and 收件 alike). */
export const ApplicationFields = {
  itemCode: Type.String({ minLength: 1, maxLength: 100 }),
  applicant: ApplicantBody,
  formData: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  materials: Type.Array(strictObject({ id: Type.String({ maxLength: 16 }), provided: Type.Boolean() }), {
    maxItems: 50,
  }),
  siteCode: Type.Optional(Type.String({ maxLength: 12 })),
  communityCode: Type.Optional(Type.String({ maxLength: 12 })),
};

/**
 * The supervision cards open on tasks, for the workbench. Supervision watches cases, so it sits
 * above them: app.ts hands its lookup in rather than cases importing it.
 */
export type TaskCards = (ctx: Ctx, taskIds: string[]) => Promise<Map<string, AlertLevel>>;

export function caseRoutes(app: FastifyInstance, opts: { cardsOf: TaskCards }) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    "/cases",
    {
      config: { idempotent: true },
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["cases"],
        summary: "综合窗口受理办件（容缺受理用 acceptMode: tolerate-missing）",
        headers: IdempotencyHeaders,
        body: strictObject({
          ...ApplicationFields,
          ticketId: Type.Optional(Type.String({ format: "uuid" })),
          acceptMode: Type.Optional(Type.Union([Type.Literal("normal"), Type.Literal("tolerate-missing")])),
        }),
        response: {
          201: Type.Object({
            caseNo: Type.String(),
            status: Type.Literal("accepted"),
            deadline: Type.String(),
            deadlineDate: Type.String(),
            progressUrl: Type.String({ description: "resident's progress page (the receipt's QR code)" }),
            receipt: Type.Object({
              acceptedAt: Type.String(),
              siteName: Type.String(),
              itemName: Type.String(),
              missing: Type.Array(Type.Object({ name: Type.String(), dueDate: Type.String() })),
            }),
          }),
          ...errors(400, 401, 403, 409, 422),
        },
      },
    },
    async (req, reply) => {
      const result = await acceptCase(req.ctx, staffOf(req, ["clerk"]), req.body);
      return reply.status(201).send({
        caseNo: result.caseNo,
        status: result.status,
        deadline: deadlineOf(result.deadline)!,
        deadlineDate: result.deadline,
        progressUrl: result.progressUrl,
        receipt: {
          acceptedAt: isoChina(result.acceptedAt),
          siteName: result.siteName,
          itemName: result.itemName,
          missing: result.missing,
        },
      });
    },
  );

  r.post(
    "/cases/refusals",
    {
      config: { idempotent: true },
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["cases"],
        summary: "不予受理（须说明理由，出具不予受理通知书）",
        headers: IdempotencyHeaders,
        body: strictObject({
          itemCode: Type.String({ minLength: 1, maxLength: 100 }),
          applicant: ApplicantBody,
          reason: Type.String({ minLength: 2, maxLength: 500 }),
          siteCode: Type.Optional(Type.String({ maxLength: 12 })),
          communityCode: Type.Optional(Type.String({ maxLength: 12 })),
        }),
        response: {
          201: Type.Object({
            caseNo: Type.String(),
            status: Type.Literal("not_accepted"),
            notice: Type.Object({
              itemName: Type.String(),
              siteName: Type.String(),
              refusedAt: Type.String(),
              reason: Type.String(),
            }),
          }),
          ...errors(400, 401, 403, 409),
        },
      },
    },
    async (req, reply) => {
      const r = await refuseApplication(req.ctx, staffOf(req, ["clerk"]), req.body);
      return reply.status(201).send({
        caseNo: r.caseNo,
        status: r.status,
        notice: {
          itemName: r.itemName,
          siteName: r.siteName,
          refusedAt: isoChina(r.refusedAt),
          reason: r.reason,
        },
      });
    },
  );

  r.get(
    "/cases/:caseNo",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["cases"],
        summary: "办件详情（申请人信息已脱敏）",
        params: Type.Object({ caseNo: Type.String({ maxLength: 40 }) }),
        response: { 200: CaseDetail, ...errors(401, 404) },
      },
    },
    async (req) => {
      const v = await getCaseForStaff(req.ctx, staffOf(req), req.params.caseNo);
      return {
        caseNo: v.c.case_no,
        itemCode: v.c.item_code,
        itemName: v.itemName,
        itemCategory: v.itemCategory,
        itemKind: v.itemKind,
        decisionNotice: v.decisionNotice,
        status: v.c.status,
        statusText: statusText(v.c.status, req.locale),
        applicant: v.applicant,
        acceptedAt: isoChina(v.c.accepted_at),
        deadline: deadlineOf(v.c.promised_due),
        statutoryDeadline: deadlineOf(v.c.statutory_due),
        paused: v.c.paused_since !== null,
        // 补正: by when the applicant is to bring the materials, and whether that day has passed.
        supplement: v.c.supplement_due
          ? {
              due: v.c.supplement_due,
              overdue: supplementOverdue(v.c.supplement_due, chinaDate(req.ctx.clock.now())),
            }
          : null,
        // 延长办理期限: what the item allows in total and what this case has had.
        extension: { allowedDays: v.extensionDays, extendedDays: v.c.extended_days },
        // 结果送达, for a decided case: by when, and how it went.
        delivery: v.deliveryDue
          ? {
              due: v.deliveryDue,
              deliveredAt: v.c.delivered_at ? isoChina(v.c.delivered_at) : null,
              method: v.c.delivery_method,
              methodText: v.c.delivery_method ? DELIVERY_METHODS[v.c.delivery_method][req.locale] : null,
              agentName: v.c.delivery_recipient,
              note: v.c.delivery_note,
            }
          : null,
        acceptMode: v.c.accept_mode,
        communityCode: v.c.community_code,
        formData: v.c.form_data,
        materials: v.materials.map((m) => ({
          id: m.material_id,
          name: m.name,
          required: m.required,
          provided: m.provided,
          dueDate: m.due_date,
          reusedLevel: m.reused_level,
        })),
        timeline: presentTimeline(v.timeline, true, req.locale),
        tasks: v.tasks.map((t) => ({
          id: t.id,
          name: t.name,
          orgCode: t.org_code,
          orgName: t.org_name,
          status: t.status,
          dueAt: deadlineOf(t.due_date),
          completedAt: t.completed_at ? isoChina(t.completed_at) : null,
          comment: t.comment,
        })),
      };
    },
  );

  r.get(
    "/tasks",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["cases"],
        summary: "我可办理的待办任务（按期限排序）",
        querystring: strictObject({ status: Type.Optional(Type.Literal("open")) }),
        response: { 200: OpenTasks, ...errors(400, 401) },
      },
    },
    async (req) => {
      const rows = await listOpenTasks(req.ctx, staffOf(req));
      const cards = await opts.cardsOf(
        req.ctx,
        rows.map((t) => t.id),
      );
      return {
        items: rows.map((t) => ({
          id: t.id,
          caseNo: t.case_no,
          name: t.name,
          orgCode: t.org_code,
          orgName: t.org_name,
          dueAt: deadlineOf(t.due_date),
          itemName: t.item_name,
          applicantName: t.applicant_name,
          arrivedAt: isoChina(t.opened_at),
          card: cards.get(t.id) ?? null,
        })),
      };
    },
  );

  r.post(
    "/tasks/:id/complete",
    {
      onRequest: requireStaff("approver", "clerk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["cases"],
        summary: "办理任务：同意 / 不同意 / 退回补正",
        params: Type.Object({ id: Type.String({ format: "uuid" }) }),
        body: strictObject({
          decision: Type.Union([Type.Literal("approve"), Type.Literal("reject"), Type.Literal("return")]),
          comment: Type.Optional(Type.String({ maxLength: 500 })),
        }),
        response: {
          200: Type.Object({ case: Type.Object({ caseNo: Type.String(), status: CaseStatusSchema }) }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => ({ case: await completeTask(req.ctx, staffOf(req), req.params.id, req.body) }),
  );

  r.post(
    "/cases/:caseNo/resubmit",
    {
      onRequest: requireStaff("clerk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["cases"],
        summary: "补正材料已交回，继续办理（计时顺延）",
        params: Type.Object({ caseNo: Type.String({ maxLength: 40 }) }),
        body: strictObject({ materials: Type.Array(Type.String({ maxLength: 16 }), { maxItems: 50 }) }),
        response: {
          200: Type.Object({ case: Type.Object({ caseNo: Type.String(), status: CaseStatusSchema }) }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => ({
      case: await resubmitCase(req.ctx, staffOf(req, ["clerk"]), req.params.caseNo, req.body.materials),
    }),
  );

  r.post(
    "/cases/:caseNo/withdraw",
    {
      onRequest: requireStaff("clerk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["cases"],
        summary: "撤回申请：申请人书面申请撤回，未办结的办件终止办理，在办环节取消，短信告知",
        params: Type.Object({ caseNo: Type.String({ maxLength: 40 }) }),
        body: strictObject({ reason: Type.String({ minLength: 1, maxLength: 500 }) }),
        response: {
          200: Type.Object({ case: Type.Object({ caseNo: Type.String(), status: CaseStatusSchema }) }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => ({
      case: await withdrawCase(req.ctx, staffOf(req, ["clerk"]), req.params.caseNo, req.body),
    }),
  );
}
