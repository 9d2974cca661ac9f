import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors } from "../../http/schemas.js";
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
        response: errors(400, 401, 403, 404, 503),
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
