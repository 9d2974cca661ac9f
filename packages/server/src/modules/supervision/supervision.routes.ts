import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import {
  ALERT_LEVELS,
  ALERT_LEVEL_TEXT,
  chinaDate,
  FLAG_KINDS,
  deadlineOf,
  isoChina,
} from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { IdParams, IdempotencyHeaders, errors, strictObject } from "../../http/schemas.js";
import type { Ctx } from "../../http/context.js";
import { listAlerts } from "./alerts.service.js";
import { listFlags } from "./flags.service.js";
import {
  acknowledgeOrder,
  answerOrder,
  isOrderOverdue,
  listOrders,
  sendOrder,
  type OrderRow,
} from "./orders.service.js";
import { quarterlyReview } from "./review.service.js";
import {
  Alerts,
  Flags,
  QuarterlyReview,
  SupervisionOrder,
  SupervisionOrders,
} from "./supervision.schemas.js";

const FlagKind = Type.Unsafe<(typeof FLAG_KINDS)[number]>(Type.String({ enum: [...FLAG_KINDS] }));

function presentOrder(ctx: Ctx, o: OrderRow) {
  return {
    id: o.id,
    caseNo: o.case_no,
    itemName: o.item_name,
    orgCode: o.org_code,
    orgName: o.org_name,
    message: o.message,
    answerDue: o.answer_due,
    sentBy: o.sent_by_name,
    sentAt: isoChina(o.sent_at),
    acknowledgedAt: o.acknowledged_at ? isoChina(o.acknowledged_at) : null,
    acknowledgedBy: o.acknowledged_by_name,
    answeredAt: o.answered_at ? isoChina(o.answered_at) : null,
    answeredBy: o.answered_by_name,
    answer: o.answer,
    overdue: isOrderOverdue(o, chinaDate(ctx.clock.now())),
  };
}

const Level = Type.Unsafe<(typeof ALERT_LEVELS)[number]>(Type.String({ enum: [...ALERT_LEVELS] }));

export function supervisionRoutes(app: FastifyInstance) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/supervision/alerts",
    {
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["supervision"],
        summary: "电子监察：辖区内在办环节的预警、黄牌、红牌（每个环节取最严重的一张）",
        querystring: strictObject({ level: Type.Optional(Level) }),
        response: { 200: Alerts, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const rows = await listAlerts(req.ctx, staffOf(req, ["supervisor"]), req.query.level);
      return {
        items: rows.map((r) => ({
          caseNo: r.case_no,
          taskId: r.task_id,
          taskName: r.task_name,
          level: r.level,
          levelText: ALERT_LEVEL_TEXT[r.level],
          dueAt: deadlineOf(r.due_date),
          orgCode: r.org_code,
          orgName: r.org_name,
          responsible: r.responsible,
          raisedAt: isoChina(r.raised_at),
        })),
      };
    },
  );

  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/supervision/flags",
    {
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["supervision"],
        summary: "电子监察纠错：环节超时、转报不及时、不予批准未说明理由",
        querystring: strictObject({ kind: Type.Optional(FlagKind) }),
        response: { 200: Flags, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const rows = await listFlags(req.ctx, staffOf(req, ["supervisor"]), req.query.kind);
      return {
        items: rows.map((f) => ({
          kind: f.kind,
          kindText: f.kindText,
          caseNo: f.case_no,
          taskName: f.task_name,
          orgCode: f.org_code,
          orgName: f.org_name,
          staffName: f.staff_name,
          detail: f.detail,
          raisedAt: isoChina(f.raised_at),
        })),
      };
    },
  );

  r.post(
    "/supervision/orders",
    {
      config: { idempotent: true },
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["supervision"],
        summary: "发出督办单：就某一办件督促承办单位，单位签收并在期限内答复",
        headers: IdempotencyHeaders,
        body: strictObject({
          caseNo: Type.String({ minLength: 1, maxLength: 40 }),
          orgCode: Type.String({ minLength: 1, maxLength: 40 }),
          message: Type.String({ minLength: 1, maxLength: 500 }),
          answerWithinWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 15 })),
        }),
        response: { 201: SupervisionOrder, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const row = await sendOrder(req.ctx, staffOf(req, ["supervisor"]), req.body);
      return reply.status(201).send(presentOrder(req.ctx, row));
    },
  );

  r.get(
    "/supervision/orders",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["supervision"],
        summary: "督办单：监察人员看已发出的（box=sent），承办单位看收到的（box=received）",
        querystring: strictObject({
          box: Type.Union([Type.Literal("sent"), Type.Literal("received")]),
          status: Type.Optional(Type.Union([Type.Literal("open"), Type.Literal("answered")])),
        }),
        response: { 200: SupervisionOrders, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = staffOf(req, req.query.box === "sent" ? ["supervisor"] : []);
      const rows = await listOrders(req.ctx, actor, req.query.box, req.query.status);
      return { items: rows.map((o) => presentOrder(req.ctx, o)) };
    },
  );

  r.post(
    "/supervision/orders/:id/acknowledge",
    {
      onRequest: requireStaff(),
      config: { idempotent: true },
      preValidation: async (req) => {
        req.body ??= {};
      },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["supervision"],
        summary: "签收督办单（已读回执）；重复签收保留首次时间",
        params: IdParams,
        body: strictObject({}),
        response: { 200: SupervisionOrder, ...errors(401, 403, 404) },
      },
    },
    async (req) => presentOrder(req.ctx, await acknowledgeOrder(req.ctx, staffOf(req), req.params.id)),
  );

  r.post(
    "/supervision/orders/:id/answer",
    {
      config: { idempotent: true },
      onRequest: requireStaff(),
      schema: {
        tags: ["supervision"],
        summary: "答复督办单（办理情况）；每张督办单答复一次",
        params: IdParams,
        headers: IdempotencyHeaders,
        body: strictObject({ answer: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 200: SupervisionOrder, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) =>
      presentOrder(req.ctx, await answerOrder(req.ctx, staffOf(req), req.params.id, req.body.answer)),
  );

  r.get(
    "/supervision/review",
    {
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["supervision"],
        summary: "季度绩效评估：各单位按时办结率、平均办理天数、黄红牌、评价与等次（附评定规则）",
        querystring: strictObject({ quarter: Type.String({ maxLength: 6 }) }),
        response: { 200: QuarterlyReview, ...errors(400, 401, 403) },
      },
    },
    async (req) => quarterlyReview(req.ctx, staffOf(req, ["supervisor"]), req.query.quarter),
  );
}
