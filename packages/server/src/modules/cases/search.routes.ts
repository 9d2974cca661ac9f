import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { CASE_STATUSES, deadlineOf, isoChina } from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { statusText } from "./cases.present.js";
import { searchCases, STATUS_GROUPS } from "./search.service.js";

const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "China date, YYYY-MM-DD" });

export function caseSearchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  // POST, so an ID number typed into the search box never sits in a URL (proxy logs, browser history).
  r.post(
    "/cases/search",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["cases"],
        summary:
          "办件查询：按办件编号、申请人姓名或身份证号（按身份证号查询记入审计），可按状态、事项、受理日期筛选",
        body: strictObject({
          q: Type.Optional(
            Type.String({
              maxLength: 40,
              description: "case number or applicant name (part of), an ID number or a mobile number",
            }),
          ),
          status: Type.Optional(
            Type.Unsafe<keyof typeof STATUS_GROUPS | (typeof CASE_STATUSES)[number]>(
              Type.String({ enum: [...Object.keys(STATUS_GROUPS), ...CASE_STATUSES] }),
            ),
          ),
          itemCode: Type.Optional(Type.String({ maxLength: 32 })),
          acceptedFrom: Type.Optional(Day),
          acceptedTo: Type.Optional(Day),
          cursor: Type.Optional(Type.String({ maxLength: 200, description: "`next` of the previous page" })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: "default 50" })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                caseNo: Type.String(),
                itemCode: Type.String(),
                itemName: Type.String(),
                status: Type.String(),
                statusText: Type.String(),
                applicantName: Type.String(),
                communityName: Type.String(),
                acceptedAt: Type.String(),
                deadline: Type.Union([Type.String(), Type.Null()]),
                paused: Type.Boolean(),
              }),
            ),
            next: Type.Union([Type.String(), Type.Null()], {
              description: "cursor of the next page, if any",
            }),
          }),
          ...errors(400, 401),
        },
      },
    },
    async (req) => {
      const found = await searchCases(req.ctx, staffOf(req), req.body);
      return {
        items: found.items.map((c) => ({
          caseNo: c.case_no,
          itemCode: c.item_code,
          itemName: c.item_name,
          status: c.status,
          statusText: statusText(c.status, req.locale),
          applicantName: c.applicant_name,
          communityName: c.community_name,
          acceptedAt: isoChina(c.accepted_at),
          deadline: deadlineOf(c.promised_due),
          paused: c.paused_since !== null,
        })),
        next: found.next,
      };
    },
  );
}
