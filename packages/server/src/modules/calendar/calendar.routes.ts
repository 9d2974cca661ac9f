import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { getYear, listYears, replaceYear } from "./calendar.service.js";
import type { DueShifter } from "./reschedule.service.js";

const Day = strictObject({
  date: Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
  name: Type.String({ minLength: 1, maxLength: 30 }),
});
const YearParams = Type.Object({ year: Type.String({ pattern: "^20\\d{2}$" }) });
const YearBody = Type.Object({ year: Type.Integer(), holidays: Type.Array(Day), workdays: Type.Array(Day) });

/** `shifters`: each module's part of moving running deadlines when a year is saved (app.ts). */
export function calendarRoutes(app: FastifyInstance, opts: { shifters: readonly DueShifter[] }) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/calendar",
    {
      schema: {
        tags: ["calendar"],
        summary: "工作日历已录入的年度（其余年度只按周末计算）",
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                year: Type.Integer(),
                holidays: Type.Integer({ description: "放假日数" }),
                workdays: Type.Integer({ description: "调休上班日数" }),
                updatedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()], {
                  description: "管理员最近保存的时间；随版本发布的数据为 null",
                }),
                updatedBy: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await listYears(req.ctx.db) }),
  );

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
        response: {
          200: Type.Object({
            ...YearBody.properties,
            rescheduled: Type.Object(
              {
                cases: Type.Integer({ description: "承诺或法定办结日期变动的在办办件数" }),
                tasks: Type.Integer({ description: "期限变动的在办环节数" }),
                orders: Type.Integer({ description: "答复期限变动的督办单数" }),
                rectifications: Type.Integer({ description: "期限变动的整改数" }),
              },
              { description: "按新日历重算的在办期限（保留剩余工作日数）" },
            ),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) =>
      replaceYear(
        req.ctx,
        staffOf(req, ["admin"]),
        { year: Number(req.params.year), ...req.body },
        opts.shifters,
      ),
  );
}
