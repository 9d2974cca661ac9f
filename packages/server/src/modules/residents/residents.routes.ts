import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { parseResidentId } from "@onewindow/shared";
import { requireStaff } from "../../http/auth-hook.js";
import { DateOnly, errors, IsoTime, Nullable, strictObject } from "../../http/schemas.js";
import { invalidField } from "../../errors.js";
import { lookupForIntake } from "./residents.service.js";

const Sex = Type.Union([Type.Literal("male"), Type.Literal("female")]);

export function residentRoutes(app: FastifyInstance) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/residents/lookup",
    {
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["residents"],
        summary: "受理时按身份证号读取已采集的居民信息（手机号脱敏；每次查询留痕）",
        querystring: strictObject({ idNumber: Type.String({ maxLength: 18 }) }),
        response: {
          200: Type.Union([
            Type.Object(
              {
                known: Type.Literal(true),
                name: Type.String(),
                sex: Sex,
                birthDate: DateOnly,
                phoneMasked: Nullable(Type.String({ description: "手机号（脱敏），整号不出服务器" })),
                communityCode: Nullable(Type.String()),
                communityName: Nullable(Type.String()),
                address: Nullable(Type.String()),
                documents: Type.Array(
                  Type.Object({
                    name: Type.String(),
                    trustLevel: Type.Union([
                      Type.Literal("A"),
                      Type.Literal("B"),
                      Type.Literal("C"),
                      Type.Literal("D"),
                    ]),
                    trustText: Type.String(),
                    reusable: Type.Boolean({ description: "可免交（在有效期内的 A/B 级证照）" }),
                    source: Type.String(),
                    recordedAt: IsoTime,
                    validUntil: Nullable(DateOnly),
                  }),
                ),
              },
              { description: "已采集的居民：无需重复录入" },
            ),
            Type.Object(
              { known: Type.Literal(false), sex: Sex, birthDate: DateOnly },
              { description: "未采集的居民：性别与出生日期取自身份证号" },
            ),
          ]),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => {
      const parsed = parseResidentId(req.query.idNumber, req.ctx.clock.now());
      if (!parsed.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${parsed.problem}`);
      const found = await lookupForIntake(req.ctx, parsed.idNumber);
      return found
        ? { known: true as const, ...found }
        : { known: false as const, sex: parsed.sex, birthDate: parsed.birthDate };
    },
  );
}
