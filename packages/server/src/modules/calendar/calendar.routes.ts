import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { getYear, replaceYear } from "./calendar.service.js";

const Day = strictObject({
  date: Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
  name: Type.String({ minLength: 1, maxLength: 30 }),
});
const YearParams = Type.Object({ year: Type.String({ pattern: "^20\\d{2}$" }) });
const YearBody = Type.Object({ year: Type.Integer(), holidays: Type.Array(Day), workdays: Type.Array(Day) });

export function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/calendar/:year",
    {
      schema: {
        tags: ["calendar"],
        summary: "某年度的工作日历（节假日与调休上班日）",
        params: YearParams,
        response: { 200: YearBody, ...errors(400) },
      },
    },
    async (req) => getYear(req.ctx.db, Number(req.params.year)),
  );

  r.put(
    "/admin/calendar/:year",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "替换某年度的工作日历（区级管理员）",
        params: YearParams,
        body: strictObject({
          holidays: Type.Array(Day, { maxItems: 60 }),
          workdays: Type.Array(Day, { maxItems: 30 }),
        }),
        response: { 200: YearBody, ...errors(400, 401, 403) },
      },
    },
    async (req) =>
      replaceYear(req.ctx, staffOf(req, ["admin"]), { year: Number(req.params.year), ...req.body }),
  );
}
