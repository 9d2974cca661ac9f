import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { DateOnly, errors } from "../../http/schemas.js";
import type { DepartmentAdapter } from "./adapters.js";
import { sharedDataForCase } from "./shared-data.service.js";

export type Departments = { property: DepartmentAdapter; land: DepartmentAdapter };

export function sharedDataRoutes(app: FastifyInstance, departments: Departments) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/cases/:caseNo/shared-data/:source",
    {
      onRequest: requireStaff("approver", "clerk"),
      schema: {
        tags: ["cases"],
        summary: "审核时查询部门共享数据（房产 property / 国土 land），每次查询按用途留痕",
        params: Type.Object({
          caseNo: Type.String({ maxLength: 40 }),
          source: Type.Union([Type.Literal("property"), Type.Literal("land")]),
        }),
        response: {
          200: Type.Object({
            source: Type.Union([Type.Literal("property"), Type.Literal("land")]),
            records: Type.Union([
              Type.Array(
                Type.Object({
                  certificateNo: Type.String({ description: "不动产权证号" }),
                  address: Type.String(),
                  areaM2: Type.Number(),
                  use: Type.String(),
                  registeredOn: DateOnly,
                }),
                { description: "房产记录" },
              ),
              Type.Array(
                Type.Object({
                  parcelNo: Type.String({ description: "宗地号" }),
                  location: Type.String(),
                  areaM2: Type.Number(),
                  kind: Type.String(),
                  rightHolderShare: Type.String(),
                }),
                { description: "国土记录" },
              ),
            ]),
            purpose: Type.String({ description: "查询用途（留痕）" }),
            durationMs: Type.Integer({ description: "部门系统应答用时（毫秒）" }),
          }),
          ...errors(400, 401, 403, 404, 503),
        },
      },
    },
    async (req) => {
      const result = await sharedDataForCase(
        req.ctx,
        staffOf(req),
        req.params.caseNo,
        departments[req.params.source],
      );
      return {
        source: result.data.source,
        records: result.data.records,
        purpose: result.purpose,
        durationMs: result.durationMs,
      };
    },
  );
}
