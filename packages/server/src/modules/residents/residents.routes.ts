import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { parseResidentId } from "@onewindow/shared";
import { requireStaff } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { invalidField } from "../../errors.js";
import { lookupForIntake } from "./residents.service.js";

export function residentRoutes(app: FastifyInstance) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/residents/lookup",
    {
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["residents"],
        summary: "受理时按身份证号读取已采集的居民信息（手机号脱敏；每次查询留痕）",
        querystring: strictObject({ idNumber: Type.String({ maxLength: 18 }) }),
        response: errors(400, 401, 403),
      },
    },
    async (req) => {
      const parsed = parseResidentId(req.query.idNumber, req.ctx.clock.now());
      if (!parsed.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${parsed.problem}`);
      const found = await lookupForIntake(req.ctx, parsed.idNumber);
      return found
        ? { known: true, ...found }
        : { known: false, sex: parsed.sex, birthDate: parsed.birthDate };
    },
  );
}
