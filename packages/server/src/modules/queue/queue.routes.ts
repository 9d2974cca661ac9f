import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { chinaDate, isoChina } from "@onewindow/shared";
import { requireSignedIn, requireStaff, staffOf } from "../../http/auth-hook.js";
import { IdParams, IdempotencyHeaders, NoContent, errors, strictObject } from "../../http/schemas.js";
import { siteKpis } from "./board.service.js";
import { actOnTicket, callNext, lineForCounter } from "./calling.service.js";
import { changeCounter, listSiteCounters } from "./counters.service.js";
import { siteFor } from "./queue.access.js";
import {
  ClerkTicket,
  CounterChanged,
  Priority,
  PublicPosition,
  SiteCounters,
  SiteKpis,
  SiteLine,
  SiteServices,
  TicketStatus,
} from "./queue.schemas.js";
import { issueTicket, publicPosition, ticketForClerk, waitingCounts } from "./tickets.service.js";

const TicketAnswer = Type.Object({
  ticket: Type.Object({
    id: Type.String(),
    number: Type.String(),
    status: TicketStatus,
    priority: Type.String(),
    counterId: Type.Union([Type.String(), Type.Null()]),
    recalls: Type.Integer(),
    reason: Type.Optional(
      Type.Object({
        code: Type.String(),
        text: Type.String({ description: "why this ticket was next, in plain Chinese" }),
      }),
    ),
  }),
});

export const SiteParams = Type.Object({ siteCode: Type.String({ maxLength: 12 }) });

export function queueRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    "/queue/tickets",
    {
      config: { idempotent: true },
      onRequest: requireSignedIn(),
      schema: {
        tags: ["queue"],
        summary: "取号（自助终端或窗口代取）；70 岁以上按身份证号自动优先",
        headers: IdempotencyHeaders,
        body: strictObject({
          siteCode: Type.String({ maxLength: 12 }),
          itemCode: Type.Optional(Type.String({ maxLength: 100 })),
          serviceCode: Type.Optional(
            Type.String({
              maxLength: 1,
              description: "service group (ticket prefix); default from itemCode",
            }),
          ),
          idNumber: Type.Optional(Type.String({ maxLength: 18, description: "from the ID card reader" })),
          phone: Type.Optional(
            Type.String({ maxLength: 11, description: "for the 'your turn is near' SMS" }),
          ),
          priority: Type.Optional(Priority),
          appointmentAt: Type.Optional(
            Type.String({
              format: "date-time",
              description: "booked time today; staff only (the portal's bookings later)",
            }),
          ),
        }),
        response: {
          201: Type.Object({
            id: Type.String(),
            number: Type.String(),
            siteCode: Type.String(),
            siteName: Type.String(),
            serviceCode: Type.String(),
            serviceName: Type.String(),
            status: Type.Literal("waiting"),
            priority: Priority,
            priorityDerived: Type.Boolean(),
            ahead: Type.Integer(),
            issuedAt: Type.String(),
            positionUrl: Type.String({ description: "live queue position page (the slip's QR code)" }),
          }),
          ...errors(400, 401, 404, 409),
        },
      },
    },
    async (req, reply) => {
      const t = await issueTicket(req.ctx, req.body);
      return reply.status(201).send({ ...t, issuedAt: isoChina(t.issuedAt) });
    },
  );

  r.get(
    "/queue/sites/:siteCode/services",
    {
      onRequest: requireSignedIn(),
      schema: {
        tags: ["queue"],
        summary: "大厅的取号业务组及当前等候人数",
        params: SiteParams,
        response: { 200: SiteServices, ...errors(401, 404) },
      },
    },
    async (req) => {
      const site = await siteFor(req.ctx.db, req.actor, req.params.siteCode, {
        roles: [],
        deviceKinds: ["kiosk", "display"],
      });
      const counts = await waitingCounts(req.ctx.db, site.code, chinaDate(req.ctx.clock.now()));
      return {
        siteCode: site.code,
        siteName: site.name,
        items: counts.map((c) => ({ code: c.serviceCode, name: c.name, waiting: c.waiting })),
      };
    },
  );

  r.get(
    "/queue/sites/:siteCode/counters",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["queue"],
        summary: "大厅窗口及其状态",
        params: SiteParams,
        response: { 200: SiteCounters, ...errors(401, 404) },
      },
    },
    async (req) => {
      const { counters } = await listSiteCounters(req.ctx, req.params.siteCode);
      return {
        items: counters.map((c) => ({
          id: c.id,
          name: c.name,
          number: c.number,
          kind: c.kind,
          status: c.status,
          serviceCodes: c.service_codes,
          staffId: c.staff_id,
          staffName: c.staff_name,
          pauseReason: c.pause_reason,
          statusSince: c.status_since ? isoChina(c.status_since) : null,
          current: c.ticket_id ? { id: c.ticket_id, number: c.ticket_number } : null,
        })),
      };
    },
  );

  r.get(
    "/queue/sites/:siteCode/line",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["queue"],
        summary: "等候队列（按叫号规则排好的顺序，并说明每个号为什么排在这里）",
        params: SiteParams,
        querystring: strictObject({ counterId: Type.Optional(Type.String({ format: "uuid" })) }),
        response: { 200: SiteLine, ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const site = await siteFor(req.ctx.db, req.actor, req.params.siteCode, { roles: [] });
      const line = await lineForCounter(req.ctx, site.code, req.query.counterId);
      return { ...line, items: line.items.map((i) => ({ ...i, issuedAt: isoChina(i.issuedAt) })) };
    },
  );

  r.get(
    "/queue/sites/:siteCode/kpis",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["queue"],
        summary: "大厅排队指标：取号数、平均/90% 等候、办理时长、过号率、达标率",
        params: SiteParams,
        querystring: strictObject({ date: Type.Optional(Type.String({ maxLength: 10 })) }),
        response: { 200: SiteKpis, ...errors(400, 401, 404) },
      },
    },
    async (req) => siteKpis(req.ctx, req.params.siteCode, req.query.date),
  );

  const counterAction = (action: "sign-in" | "resume" | "sign-out", summary: string) =>
    r.post(
      `/queue/counters/:id/${action}`,
      {
        onRequest: requireStaff("clerk"),
        schema: {
          tags: ["queue"],
          summary,
          params: IdParams,
          response: { 200: CounterChanged, ...errors(401, 403, 404, 409) },
        },
      },
      async (req) => ({
        counter: await changeCounter(req.ctx, staffOf(req, ["clerk"]), req.params.id, { action }),
      }),
    );
  counterAction("sign-in", "窗口签到（同时签退本人其他窗口）");
  counterAction("resume", "窗口恢复叫号");
  counterAction("sign-out", "窗口签退");

  r.post(
    "/queue/counters/:id/pause",
    {
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["queue"],
        summary: "窗口暂停（须填写原因）",
        params: IdParams,
        body: strictObject({ reason: Type.String({ minLength: 2, maxLength: 100 }) }),
        response: { 200: CounterChanged, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => ({
      counter: await changeCounter(req.ctx, staffOf(req, ["clerk"]), req.params.id, {
        action: "pause",
        reason: req.body.reason,
      }),
    }),
  );

  r.post(
    "/queue/counters/:id/call",
    {
      onRequest: requireStaff("clerk"),
      config: { idempotent: true },
      // The body is optional: a bare POST calls the next ticket by the hall's rule.
      preValidation: async (req) => {
        req.body ??= {};
      },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["queue"],
        summary: "叫号：按规则叫下一位，或指定 ticketId 叫某个号；无人等候时 204",
        params: IdParams,
        body: strictObject({ ticketId: Type.Optional(Type.String({ format: "uuid" })) }),
        response: {
          200: TicketAnswer,
          204: NoContent,
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req, reply) => {
      const ticket = await callNext(req.ctx, staffOf(req, ["clerk"]), req.params.id, req.body.ticketId);
      if (!ticket) return reply.status(204).send(null);
      return { ticket };
    },
  );

  for (const action of ["finish", "no-show", "recall"] as const) {
    r.post(
      `/queue/tickets/:id/${action}`,
      {
        onRequest: requireStaff("clerk"),
        config: { idempotent: true },
        schema: {
          headers: IdempotencyHeaders,
          tags: ["queue"],
          summary: { finish: "办结", "no-show": "记为过号（须先重呼规定次数）", recall: "重呼" }[action],
          params: IdParams,
          response: { 200: TicketAnswer, ...errors(401, 403, 404, 409) },
        },
      },
      async (req) => ({
        ticket: await actOnTicket(req.ctx, staffOf(req, ["clerk"]), req.params.id, { action }),
      }),
    );
  }

  r.post(
    "/queue/tickets/:id/transfer",
    {
      onRequest: requireStaff("clerk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["queue"],
        summary: "转办到其他窗口或业务组（转来的号优先办理）",
        params: IdParams,
        body: strictObject({
          counterId: Type.Optional(Type.String({ format: "uuid" })),
          serviceCode: Type.Optional(Type.String({ maxLength: 1 })),
        }),
        response: { 200: TicketAnswer, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => ({
      ticket: await actOnTicket(req.ctx, staffOf(req, ["clerk"]), req.params.id, {
        action: "transfer",
        ...req.body,
      }),
    }),
  );

  r.get(
    "/queue/tickets/:id",
    {
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["queue"],
        summary: "排队号详情（正在办理时给出读卡所得身份证号，用于受理预填，访问留痕）",
        params: IdParams,
        response: { 200: ClerkTicket, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      const t = await ticketForClerk(req.ctx, req.params.id);
      return { ...t, issuedAt: isoChina(t.issuedAt) };
    },
  );

  r.get(
    "/public/queue/:token",
    {
      schema: {
        tags: ["public"],
        summary: "我的排队位置（取号小票二维码）",
        params: Type.Object({ token: Type.String({ maxLength: 64 }) }),
        response: { 200: PublicPosition, ...errors(404) },
      },
    },
    async (req) => {
      const p = await publicPosition(req.ctx, req.params.token);
      return { ...p, issuedAt: isoChina(p.issuedAt) };
    },
  );
}
