import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { errors, strictObject } from "../../http/schemas.js";
import { GuideHit, Hotlines } from "./guide.schemas.js";
import { hotlines, searchGuideItems } from "./guide.service.js";

export function guideRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/public/guide",
    {
      schema: {
        tags: ["public"],
        summary: "办事指南智能查询：按名称、常用说法（如“二胎”）、拼音或拼音首字母（如 zsy）",
        security: [],
        querystring: strictObject({
          q: Type.Optional(Type.String({ maxLength: 30 })),
          category: Type.Optional(Type.String({ maxLength: 30 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(GuideHit) }), ...errors(400) },
      },
    },
    async (req) => ({ items: await searchGuideItems(req.ctx, req.query.q ?? "", req.query.category) }),
  );

  r.get(
    "/public/hotlines",
    {
      schema: {
        tags: ["public"],
        summary: "便民服务热线与本区办事机构电话",
        security: [],
        response: { 200: Hotlines },
      },
    },
    async (req) => hotlines(req.ctx),
  );
}
