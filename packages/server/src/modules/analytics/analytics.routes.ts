import type { FastifyInstance, FastifyReply } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { invalidField } from "../../errors.js";
import { CaseDashboard, QueueBySite, Staffing, Workbook, Workload } from "./analytics.schemas.js";
import { caseDashboard, DASHBOARD_ROLES } from "./dashboard.service.js";
import { caseSheets, queueSheets, staffingSheets, toXlsx, workloadSheets, type Sheet } from "./export.js";
import { queueBySite, staffing, workload } from "./workload.service.js";

const Month = Type.String({ maxLength: 7, description: "YYYY-MM" });
const CaseQuery = strictObject({
  org: Type.Optional(Type.String({ maxLength: 40 })),
  from: Type.Optional(Month),
  to: Type.Optional(Month),
});
const StaffingQuery = strictObject({
  site: Type.String({ maxLength: 40 }),
  weeks: Type.Optional(Type.String({ pattern: "^([1-9]|1[0-9]|2[0-6])$", description: "1–26, default 4" })),
  share: Type.Optional(Type.String({ pattern: "^0\\.[0-9]{1,3}$", description: "target share, e.g. 0.8" })),
  wait: Type.Optional(Type.String({ pattern: "^[1-9][0-9]?$", description: "target wait in minutes" })),
});
const EXPORT_VIEWS = ["cases", "workload", "queue", "staffing"] as const;

function sendXlsx(reply: FastifyReply, name: string, body: Buffer) {
  return reply
    .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`)
    .send(body);
}

function staffingOpts(q: {
  weeks?: string | undefined;
  share?: string | undefined;
  wait?: string | undefined;
}) {
  const share = q.share === undefined ? undefined : Number(q.share);
  if (share !== undefined && (share <= 0 || share >= 1))
    throw invalidField("share", "VALIDATION_FAILED.range");
  return {
    weeks: q.weeks ? Number(q.weeks) : 4,
    target: { ...(share !== undefined && { share }), ...(q.wait && { waitMinutes: Number(q.wait) }) },
  };
}

export function analyticsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const guard = requireStaff(...DASHBOARD_ROLES);
  const actor = (req: Parameters<typeof staffOf>[0]) => staffOf(req, DASHBOARD_ROLES);

  r.get(
    "/analytics/cases",
    {
      onRequest: guard,
      schema: {
        tags: ["analytics"],
        summary:
          "办件统计：合计、下级单位（区→街道→社区逐级下钻）、按事项、按分类、每日趋势；在办与超期为实时数",
        querystring: CaseQuery,
        response: { 200: CaseDashboard, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => caseDashboard(req.ctx, actor(req), req.query),
  );

  r.get(
    "/analytics/workload",
    {
      onRequest: guard,
      schema: {
        tags: ["analytics"],
        summary: "实时工作量：各单位待办与超期环节，每人今日办理环节数与受理办件数",
        querystring: strictObject({ org: Type.Optional(Type.String({ maxLength: 40 })) }),
        response: { 200: Workload, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => workload(req.ctx, actor(req), req.query.org),
  );

  r.get(
    "/analytics/queue",
    {
      onRequest: guard,
      schema: {
        tags: ["analytics"],
        summary: "各服务大厅排队指标（某日，默认今天）",
        querystring: strictObject({
          org: Type.Optional(Type.String({ maxLength: 40 })),
          date: Type.Optional(Type.String({ maxLength: 10 })),
        }),
        response: { 200: QueueBySite, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => queueBySite(req.ctx, actor(req), req.query.org, req.query.date),
  );

  r.get(
    "/analytics/staffing",
    {
      onRequest: guard,
      schema: {
        tags: ["analytics"],
        summary:
          "窗口配置建议（Erlang C）：按近几周每小时到达量与平均办理时长，给出达到目标（如 80% 在 15 分钟内叫号）所需窗口数",
        querystring: StaffingQuery,
        response: { 200: Staffing, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => staffing(req.ctx, actor(req), req.query.site, staffingOpts(req.query)),
  );

  r.get(
    "/analytics/export.xlsx",
    {
      onRequest: guard,
      schema: {
        tags: ["analytics"],
        summary: "把统计页上的表格导出为 Excel（每张表一个工作表）",
        querystring: strictObject({
          view: Type.Union(EXPORT_VIEWS.map((v) => Type.Literal(v))),
          org: Type.Optional(Type.String({ maxLength: 40 })),
          from: Type.Optional(Month),
          to: Type.Optional(Month),
          date: Type.Optional(Type.String({ maxLength: 10 })),
          site: Type.Optional(Type.String({ maxLength: 40 })),
          weeks: StaffingQuery.properties.weeks,
          share: StaffingQuery.properties.share,
          wait: StaffingQuery.properties.wait,
        }),
        response: { 200: Workbook, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const who = actor(req);
      let title: string;
      let sheets: Sheet[];
      if (q.view === "cases") {
        const d = await caseDashboard(req.ctx, who, q);
        title = `办件统计-${d.org.name}-${d.period.from}至${d.period.to}`;
        sheets = caseSheets(d);
      } else if (q.view === "workload") {
        const d = await workload(req.ctx, who, q.org);
        title = `工作量-${d.org.name}-${d.date}`;
        sheets = workloadSheets(d);
      } else if (q.view === "queue") {
        const d = await queueBySite(req.ctx, who, q.org, q.date);
        title = `排队指标-${d.org.name}-${d.date}`;
        sheets = queueSheets(d);
      } else {
        if (!q.site) throw invalidField("site", "VALIDATION_FAILED.required");
        const d = await staffing(req.ctx, who, q.site, staffingOpts(q));
        title = `窗口配置建议-${d.siteName}`;
        sheets = staffingSheets(d);
      }
      return sendXlsx(reply, title, await toXlsx(title, sheets));
    },
  );
}
