import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireSignedIn, requireStaff, staffOf } from "../../http/auth-hook.js";
import { IdParams, errors, strictObject } from "../../http/schemas.js";
import { saveServiceGroup, setCounterServices } from "./counters.service.js";
import { saveSiteRules, siteRules } from "./line.js";
import { siteFor } from "./queue.access.js";
import { SiteParams } from "./queue.routes.js";
import { CounterServices, ServiceGroup, SiteRules } from "./queue.schemas.js";

const RulesBody = strictObject({
  priorityEvery: Type.Integer({ minimum: 0, maximum: 20 }),
  appointmentLeadMinutes: Type.Integer({ minimum: 0, maximum: 120 }),
  maxRecalls: Type.Integer({ minimum: 0, maximum: 10 }),
  nearPosition: Type.Integer({ minimum: 1, maximum: 50 }),
  targetWaitMinutes: Type.Integer({ minimum: 1, maximum: 240 }),
  notice: Type.String({ maxLength: 300 }),
});

/** A hall's calling rule: readable by its staff, set by its administrators. */
export function queueRuleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    "/queue/sites/:siteCode/rules",
    {
      onRequest: requireSignedIn(),
      schema: {
        tags: ["queue"],
        summary: "大厅叫号规则",
        params: SiteParams,
        response: { 200: SiteRules, ...errors(401, 404) },
      },
    },
    async (req) => {
      const site = await siteFor(req.ctx.db, req.actor, req.params.siteCode, {
        roles: [],
        deviceKinds: ["kiosk", "display"],
      });
      return siteRules(req.ctx.db, site.code);
    },
  );
  r.put(
    "/queue/sites/:siteCode/rules",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["queue"],
        summary: "设置大厅叫号规则（优先号穿插、预约提前量、重呼次数、到号提醒位次、目标等候、滚动公告）",
        params: SiteParams,
        body: RulesBody,
        response: { 200: SiteRules, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => saveSiteRules(req.ctx, staffOf(req, ["admin"]), req.params.siteCode, req.body),
  );

  r.put(
    "/queue/sites/:siteCode/services/:code",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["queue"],
        summary: "新增或修改取号业务组（号码前缀、起止号、每日上限、对应事项分类）",
        params: Type.Object({
          siteCode: Type.String({ maxLength: 12 }),
          code: Type.String({ maxLength: 1 }),
        }),
        body: strictObject({
          name: Type.String({ minLength: 1, maxLength: 20 }),
          categories: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }),
          startNo: Type.Integer({ minimum: 1, maximum: 9999 }),
          endNo: Type.Integer({ minimum: 1, maximum: 9999 }),
          dailyCap: Type.Union([Type.Integer({ minimum: 1, maximum: 9999 }), Type.Null()]),
        }),
        response: { 200: ServiceGroup, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      saveServiceGroup(req.ctx, staffOf(req, ["admin"]), req.params.siteCode, req.params.code, req.body),
  );

  r.put(
    "/queue/counters/:id/services",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["queue"],
        summary: "设置窗口办理的业务组（null 表示全部，即综合窗口）",
        params: IdParams,
        body: strictObject({
          serviceCodes: Type.Union([
            Type.Array(Type.String({ maxLength: 1 }), { minItems: 1, maxItems: 26 }),
            Type.Null(),
          ]),
        }),
        response: { 200: CounterServices, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => setCounterServices(req.ctx, staffOf(req, ["admin"]), req.params.id, req.body.serviceCodes),
  );
}
