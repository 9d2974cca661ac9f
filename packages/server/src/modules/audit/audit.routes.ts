import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { IsoTime, Nullable, errors, strictObject } from "../../http/schemas.js";
import { invalidField } from "../../errors.js";
import { isoChina } from "@onewindow/shared";
import { verifyChain } from "./chain.js";
import { searchAudit } from "./audit.search.js";

const ROLES = ["supervisor", "admin"] as const;

const AuditEntry = Type.Object({
  id: Type.Integer(),
  sealed: Type.Boolean({ description: "已封入哈希链" }),
  at: IsoTime,
  actorType: Type.Union([
    Type.Literal("staff"),
    Type.Literal("device"),
    Type.Literal("resident"),
    Type.Literal("system"),
    Type.Literal("anonymous"),
  ]),
  username: Nullable(Type.String({ description: "工作人员用户名；设备、匿名调用为 null" })),
  staffName: Nullable(Type.String()),
  orgName: Nullable(Type.String({ description: "工作人员所在机构" })),
  action: Type.String({ examples: ["case.accept"] }),
  targetType: Nullable(Type.String()),
  targetId: Nullable(Type.String({ description: "对象编号，如办件编号" })),
  ip: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown(), { description: "补充信息（写入时已脱敏）" }),
});

const ChainReport = Type.Object({
  ok: Type.Boolean({ description: "整条链校验通过" }),
  checked: Type.Integer({ description: "已校验的条数" }),
  unsealed: Type.Integer({ description: "尚未封入链的条数" }),
  broken: Type.Optional(
    Type.Object(
      {
        seq: Type.Integer({ description: "链序号" }),
        id: Nullable(Type.Integer({ description: "审计记录 id；缺失或链尾被删时为 null" })),
        reason: Type.Union([
          Type.Literal("hash"),
          Type.Literal("link"),
          Type.Literal("gap"),
          Type.Literal("head"),
        ]),
      },
      { description: "第一条对不上的记录：被改、被删或顺序不对" },
    ),
  ),
});

/**
 * The audit log for supervisors: search by person (user name), object (e.g. a case
 * number), action and time. A supervisor sees what staff inside their jurisdiction
 * did, and what was done to objects when they oversee the whole district.
 */
export function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    "/audit",
    {
      onRequest: requireStaff(...ROLES),
      schema: {
        tags: ["supervision"],
        summary: "审计日志查询（按人员、对象、动作、时间）",
        querystring: strictObject({
          username: Type.Optional(Type.String({ maxLength: 64 })),
          target: Type.Optional(Type.String({ maxLength: 64, description: "object id, e.g. a case number" })),
          action: Type.Optional(
            Type.String({ maxLength: 64, description: "prefix, e.g. queue. or case.accept" }),
          ),
          from: Type.Optional(Type.String({ format: "date-time" })),
          to: Type.Optional(Type.String({ format: "date-time" })),
          limit: Type.Optional(
            Type.String({ pattern: "^[1-9]\\d{0,2}$", description: "1–500, default 100" }),
          ),
        }),
        response: { 200: Type.Object({ items: Type.Array(AuditEntry) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = staffOf(req, [...ROLES]);
      const q = req.query;
      const from = q.from ? new Date(q.from) : undefined;
      const to = q.to ? new Date(q.to) : undefined;
      if (from && to && from > to) throw invalidField("from", "VALIDATION_FAILED.range");
      const rows = await searchAudit(req.ctx, actor, { ...q, from, to });
      return {
        items: rows.map((r) => ({
          id: r.id,
          sealed: r.chain_seq !== null,
          at: isoChina(r.at),
          actorType: r.actor_type,
          username: r.username,
          staffName: r.staff_name,
          orgName: r.org_name,
          action: r.action,
          targetType: r.target_type,
          targetId: r.target_id,
          ip: r.ip,
          detail: r.detail,
        })),
      };
    },
  );

  r.get(
    "/audit/chain",
    {
      onRequest: requireStaff(...ROLES),
      schema: {
        tags: ["supervision"],
        summary: "审计哈希链校验结果",
        response: { 200: ChainReport, ...errors(401, 403) },
      },
    },
    async (req) => verifyChain(req.ctx.db),
  );
}
