import type { FastifyInstance, FastifyReply } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, FileBody, strictObject } from "../../http/schemas.js";
import { caseDocument, DOCUMENT_KINDS, missingMaterialsNotice } from "./documents.service.js";

function sendPdf(reply: FastifyReply, file: { pdf: Buffer; filename: string }) {
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header("cache-control", "private, no-store")
    .send(file.pdf);
}

export function documentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/cases/:caseNo/documents/:kind",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["cases"],
        summary:
          "办件文书 PDF：acceptance 受理通知书（含进度二维码）、refusal 不予受理通知书、supplement 补齐补正通知书、special 特殊程序告知书、decision 办结文书（行政许可为准予/不予行政许可决定书，其他事项为办结通知书/不予批准通知书）",
        params: Type.Object({
          caseNo: Type.String({ maxLength: 40 }),
          kind: Type.Union(DOCUMENT_KINDS.map((k) => Type.Literal(k))),
        }),
        response: { 200: FileBody("办件文书（application/pdf）"), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) =>
      sendPdf(reply, await caseDocument(req.ctx, staffOf(req), req.params.caseNo, req.params.kind)),
  );

  r.post(
    "/notices/missing-materials",
    {
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["cases"],
        summary: "一次性告知书 PDF：列明办理该事项尚缺的全部材料（不保存记录）",
        body: strictObject({
          itemCode: Type.String({ minLength: 1, maxLength: 100 }),
          missing: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 50 }),
          applicantName: Type.Optional(Type.String({ maxLength: 40 })),
          siteCode: Type.Optional(Type.String({ maxLength: 12 })),
        }),
        response: { 200: FileBody("一次性告知书（application/pdf）"), ...errors(400, 401, 403) },
      },
    },
    async (req, reply) =>
      sendPdf(reply, await missingMaterialsNotice(req.ctx, staffOf(req, ["clerk"]), req.body)),
  );
}
