import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { ALERT_LEVELS, ALERT_LEVEL_TEXT } from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { deadlineOf, isoChina } from "../cases/cases.present.js";
import { listAlerts } from "./alerts.service.js";

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
        response: errors(400, 401, 403),
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
          raisedAt: isoChina(r.raised_at),
        })),
      };
    },
  );
}
