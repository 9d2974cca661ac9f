import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff } from "../../http/auth-hook.js";
import { errors, FileBody, strictObject } from "../../http/schemas.js";
import { exportCatalog, getItem, listCategories, searchItems } from "./catalog.service.js";
import { catalogToXlsx } from "./catalog.xlsx.js";
import { ItemDetail, ItemSummary, presentItemDetail, presentItemSummary } from "./catalog.present.js";

export function catalogRoutes(app: FastifyInstance, kindCodes: Record<string, string>) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/catalog/categories",
    {
      schema: {
        tags: ["catalog"],
        summary: "事项分类",
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })) }),
        },
      },
    },
    async (req) => ({
      items: (await listCategories(req.ctx)).map((c) => ({ code: c.code, name: c.name })),
    }),
  );

  r.get(
    "/catalog/items",
    {
      schema: {
        tags: ["catalog"],
        summary: "搜索服务事项（名称、编码或主管部门）",
        querystring: strictObject({
          q: Type.Optional(Type.String({ maxLength: 50 })),
          category: Type.Optional(Type.String({ maxLength: 30 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(ItemSummary) }), ...errors(400) },
      },
    },
    async (req) => {
      const { items, categories, materials } = await searchItems(req.ctx, req.query);
      if (req.query.category && !categories.some((c) => c.code === req.query.category)) {
        return { items: [] };
      }
      return { items: items.map((i) => presentItemSummary(i, materials, req.locale)) };
    },
  );

  r.get(
    "/catalog/items/:code",
    {
      schema: {
        tags: ["catalog"],
        summary: "事项详情（实施清单）：材料、时限、办理环节、依据、收费",
        params: Type.Object({ code: Type.String({ maxLength: 100 }) }),
        response: { 200: ItemDetail, ...errors(404) },
      },
    },
    async (req) => {
      const { item, materials } = await getItem(req.ctx, req.params.code);
      return presentItemDetail(item, materials, req.locale);
    },
  );

  r.get(
    "/catalog/export.xlsx",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["catalog"],
        summary: "导出事项目录 Excel",
        response: { 200: FileBody("事项目录工作簿（xlsx），可编辑后再导入") },
      },
    },
    async (req, reply) => {
      const file = await exportCatalog(req.ctx.db, req.ctx.districtCode, kindCodes);
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="catalog-${file.districtCode}.xlsx"`)
        .send(await catalogToXlsx(file));
    },
  );
}
