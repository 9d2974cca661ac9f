import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff } from "../../http/auth-hook.js";
import { errors, IdParams, strictObject } from "../../http/schemas.js";
import { addImage, imageData, listPages, removeImage, savePage, SECTIONS } from "./district.service.js";

const Section = Type.Union(
  SECTIONS.map((s) => Type.Literal(s.section)),
  { description: SECTIONS.map((s) => `${s.section} ${s.name}`).join(" / ") },
);

/** 魅力开福: public pages for the kiosk, and their editor for district administrators. */
export function districtRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/public/district-pages",
    { schema: { tags: ["public"], summary: "魅力开福：各栏目（已发布）", security: [] } },
    async (req) => ({ items: await listPages(req.ctx, { includeUnpublished: false }) }),
  );

  r.get(
    "/public/district-images/:id",
    {
      schema: {
        tags: ["public"],
        summary: "魅力开福图片",
        security: [],
        params: IdParams,
        response: errors(404),
      },
    },
    async (req, reply) => {
      const img = await imageData(req.ctx, req.params.id);
      return reply
        .type(img.mime)
        .header("cache-control", "public, max-age=300")
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(img.data);
    },
  );

  r.get(
    "/admin/district-pages",
    {
      onRequest: requireStaff("admin"),
      schema: { tags: ["admin"], summary: "魅力开福：编辑用（含未发布）", response: errors(401, 403) },
    },
    async (req) => ({ items: await listPages(req.ctx, { includeUnpublished: true }) }),
  );

  r.put(
    "/admin/district-pages/:section",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "保存栏目（区级管理员）；version 为开始编辑时的版本，期间他人保存过则 409",
        params: Type.Object({ section: Section }),
        body: strictObject({
          title: Type.String({ maxLength: 60 }),
          summary: Type.String({ maxLength: 200 }),
          body: Type.String({ maxLength: 20000 }),
          published: Type.Boolean(),
          version: Type.Integer({ minimum: 0 }),
        }),
        response: errors(400, 401, 403, 409),
      },
    },
    async (req) => savePage(req.ctx, req.params.section, req.body),
  );

  r.post(
    "/admin/district-pages/:section/images",
    {
      onRequest: requireStaff("admin"),
      bodyLimit: 3 * 1024 * 1024,
      schema: {
        tags: ["admin"],
        summary: "上传栏目图片（JPEG、PNG、WebP，不超过 2 MB，Base64）",
        params: Type.Object({ section: Section }),
        body: strictObject({
          caption: Type.String({ maxLength: 100 }),
          dataBase64: Type.String({ maxLength: 3 * 1024 * 1024 }),
        }),
        response: errors(400, 401, 403),
      },
    },
    async (req, reply) => reply.status(201).send(await addImage(req.ctx, req.params.section, req.body)),
  );

  r.delete(
    "/admin/district-images/:id",
    {
      onRequest: requireStaff("admin"),
      schema: { tags: ["admin"], summary: "删除栏目图片", params: IdParams, response: errors(401, 403, 404) },
    },
    async (req, reply) => {
      await removeImage(req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );
}
