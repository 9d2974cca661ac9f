import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, IdempotencyHeaders, IdParams, strictObject } from "../../http/schemas.js";
import { ApplicationFields } from "./cases.routes.js";
import { isoChina } from "@onewindow/shared";
import { OpenReceipts, ReceiptAccepted, ReceiptCreated } from "./cases.schemas.js";
import { acceptReceipt, listReceipts, notifyMissing, receiveApplication } from "./receipts.service.js";

/** 收件 at the window, examined later; concluded by 受理 (…/accept) or 一次性告知 (…/notify). */
export function receiptRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    "/cases/receipts",
    {
      config: { idempotent: true },
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["cases"],
        summary: "收件登记：收下材料、稍后审查；5 个工作日内未告知补正的，自收件之日起视为受理",
        headers: IdempotencyHeaders,
        body: strictObject(ApplicationFields),
        response: { 201: ReceiptCreated, ...errors(400, 401, 403, 409, 422) },
      },
    },
    async (req, reply) => {
      const out = await receiveApplication(req.ctx, staffOf(req, ["clerk"]), req.body);
      return reply.status(201).send({ ...out, receivedAt: isoChina(out.receivedAt) });
    },
  );

  r.get(
    "/cases/receipts",
    {
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["cases"],
        summary: "本大厅待审查的收件，审查期限最近的在前",
        querystring: strictObject({ siteCode: Type.Optional(Type.String({ maxLength: 12 })) }),
        response: { 200: OpenReceipts, ...errors(400, 401, 403) },
      },
    },
    async (req) => ({ items: await listReceipts(req.ctx, staffOf(req, ["clerk"]), req.query.siteCode) }),
  );

  r.post(
    "/cases/receipts/:id/notify",
    {
      onRequest: requireStaff("clerk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["cases"],
        summary: "对收件一次性告知补正（告知书 PDF 见 POST /notices/missing-materials）",
        params: IdParams,
        body: strictObject({ missing: Type.Array(Type.String({ maxLength: 16 }), { maxItems: 50 }) }),
        response: {
          200: Type.Object({ id: Type.String(), status: Type.Literal("notified") }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => notifyMissing(req.ctx, staffOf(req, ["clerk"]), req.params.id, req.body.missing),
  );

  r.post(
    "/cases/receipts/:id/accept",
    {
      onRequest: requireStaff("clerk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["cases"],
        summary: "审查后受理收件（申请人与申请表取自收件登记，无需重录）",
        params: IdParams,
        body: strictObject({
          materials: Type.Array(
            strictObject({ id: Type.String({ maxLength: 16 }), provided: Type.Boolean() }),
            { maxItems: 50 },
          ),
          acceptMode: Type.Optional(Type.Union([Type.Literal("normal"), Type.Literal("tolerate-missing")])),
        }),
        response: { 201: ReceiptAccepted, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req, reply) => {
      const out = await acceptReceipt(req.ctx, staffOf(req, ["clerk"]), req.params.id, req.body);
      return reply.status(201).send({
        caseNo: out.caseNo,
        status: out.status,
        deadlineDate: out.deadline,
        progressUrl: out.progressUrl,
        receipt: {
          acceptedAt: isoChina(out.acceptedAt),
          siteName: out.siteName,
          itemName: out.itemName,
          missing: out.missing,
        },
      });
    },
  );
}
