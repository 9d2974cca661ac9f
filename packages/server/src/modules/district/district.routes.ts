import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff } from "../../http/auth-hook.js";
import { errors, FileBody, IdParams, NoContent, strictObject } from "../../http/schemas.js";
import type { DistrictSection } from "../../db/schema.js";
import { addImage, imageData, listPages, removeImage, savePage, SECTIONS } from "./district.service.js";

const SECTION_TEXT = SECTIONS.map((s) => `${s.section} ${s.name}`).join(" / ");
const Section = Type.Union(
  SECTIONS.map((s) => Type.Literal(s.section)),
  { description: SECTION_TEXT },
);

/** The section in answers (the same values as `Section`, typed for the handlers). */
const SectionOut = Type.Unsafe<DistrictSection>(
  Type.String({ enum: SECTIONS.map((s) => s.section), description: SECTION_TEXT }),
);

const Pages = Type.Object({
  items: Type.Array(
    Type.Object({
      section: SectionOut,
      sectionName: Type.String({ description: "栏目名称" }),
      title: Type.String(),
      summary: Type.String(),
      paragraphs: Type.Array(Type.String(), { description: "正文按空行分段" }),
      body: Type.String({ description: "正文原文（段落之间空一行）" }),
      published: Type.Boolean(),
      version: Type.Integer({ description: "保存时回传，防止覆盖他人的修改" }),
      updatedAt: Type.String({ format: "date-time", description: "UTC（toISOString）" }),
      images: Type.Array(
        Type.Object({
          id: Type.String(),
          caption: Type.String(),
          url: Type.String({ description: "图片地址（/api/v1/public/district-images/{id}）" }),
          bytes: Type.Integer(),
        }),
      ),
    }),
  ),
});

/** 魅力开福: public pages for the kiosk, and their editor for district administrators. */
export function districtRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/public/district-pages",
    {
      schema: {
        tags: ["public"],
        summary: "魅力开福：各栏目（已发布）",
        security: [],
        response: { 200: Pages },
      },
    },
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
        response: { 200: FileBody("栏目图片（JPEG、PNG、WebP 或 SVG）"), ...errors(404) },
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
      schema: {
        tags: ["admin"],
        summary: "魅力开福：编辑用（含未发布）",
        response: { 200: Pages, ...errors(401, 403) },
      },
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
        response: {
          200: Type.Object({ section: SectionOut, version: Type.Integer({ description: "保存后的版本" }) }),
          ...errors(400, 401, 403, 409),
        },
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
        response: {
          201: Type.Object({
            id: Type.String(),
            caption: Type.String(),
            bytes: Type.Integer(),
            url: Type.String({ description: "图片地址" }),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await addImage(req.ctx, req.params.section, req.body)),
  );

  r.delete(
    "/admin/district-images/:id",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "删除栏目图片",
        params: IdParams,
        response: { 204: NoContent, ...errors(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await removeImage(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
