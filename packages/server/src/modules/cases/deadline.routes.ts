import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import {
  DELIVERY_METHODS,
  SPECIAL_PROCEDURES,
  type DeliveryMethodCode,
  type SpecialProcedure,
  isoChina,
} from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { DateOnly, IdempotencyHeaders, Nullable, errors, strictObject } from "../../http/schemas.js";
import { endSpecialProcedure, startSpecialProcedure } from "./special.service.js";
import { extendCase } from "./extension.service.js";
import { deliverResult } from "./delivery.service.js";

/**
 * What happens to an accepted case's clock and its end: 特别程序 (pause), 延长办理期限
 * (extension) and 结果送达 (hand-over of the decided result).
 */
export function caseDeadlineRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  const SpecialKind = Type.Unsafe<SpecialProcedure>(
    Type.String({
      enum: Object.keys(SPECIAL_PROCEDURES),
      description: "听证/招标/拍卖/检验检测检疫/鉴定/专家评审",
    }),
  );
  const CaseParams = Type.Object({ caseNo: Type.String({ maxLength: 40 }) });

  r.post(
    "/cases/:caseNo/special-procedure",
    {
      config: { idempotent: true },
      onRequest: requireStaff("approver"),
      schema: {
        tags: ["cases"],
        summary: "启动特别程序（听证、鉴定、专家评审等）：暂停计时并告知申请人；结束前不能办理该环节",
        params: CaseParams,
        headers: IdempotencyHeaders,
        body: strictObject({ kind: SpecialKind, reason: Type.String({ minLength: 1, maxLength: 500 }) }),
        response: {
          200: Type.Object({
            caseNo: Type.String(),
            paused: Type.Boolean({ description: "计时已暂停（总为 true）" }),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => startSpecialProcedure(req.ctx, staffOf(req, ["approver"]), req.params.caseNo, req.body),
  );

  r.post(
    "/cases/:caseNo/extend",
    {
      config: { idempotent: true },
      onRequest: requireStaff("approver"),
      schema: {
        tags: ["cases"],
        summary:
          "延长办理期限（行政许可法第四十二条）：承办部门经负责人批准，将办件及在办环节的期限顺延若干工作日，并短信告知申请人理由；累计不超过事项的可延长日数",
        params: CaseParams,
        headers: IdempotencyHeaders,
        body: strictObject({
          days: Type.Integer({ minimum: 1, maximum: 60, description: "延长的工作日数" }),
          reason: Type.String({ minLength: 1, maxLength: 200, description: "延长理由（告知申请人）" }),
        }),
        response: {
          200: Type.Object({
            caseNo: Type.String(),
            extendedDays: Type.Integer({ description: "累计已延长的工作日数" }),
            extensionDaysLeft: Type.Integer({ description: "还可延长的工作日数" }),
            promisedDue: Type.Union([Type.String({ format: "date" }), Type.Null()]),
            statutoryDue: Type.Union([Type.String({ format: "date" }), Type.Null()]),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => extendCase(req.ctx, staffOf(req, ["approver"]), req.params.caseNo, req.body),
  );

  r.post(
    "/cases/:caseNo/deliver",
    {
      config: { idempotent: true },
      onRequest: requireStaff("clerk"),
      schema: {
        tags: ["cases"],
        summary:
          "结果送达：窗口登记已作出决定的办件结果已送达（本人或代领人窗口领取、邮寄、电子送达），每件一次，记入时间轴",
        params: CaseParams,
        headers: IdempotencyHeaders,
        body: strictObject({
          method: Type.Unsafe<DeliveryMethodCode>(
            Type.String({
              enum: Object.keys(DELIVERY_METHODS),
              description: "window 窗口领取 / post 邮寄 / electronic 电子送达",
            }),
          ),
          agentName: Type.Optional(Type.String({ maxLength: 30, description: "代领人姓名；本人领取时不填" })),
          note: Type.Optional(Type.String({ maxLength: 100, description: "送达说明；邮寄须填运单号" })),
        }),
        response: {
          200: Type.Object({
            caseNo: Type.String(),
            deliveredAt: Type.String({ format: "date-time" }),
            method: Type.String(),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) => {
      const r = await deliverResult(req.ctx, staffOf(req, ["clerk"]), req.params.caseNo, req.body);
      return { ...r, deliveredAt: isoChina(r.deliveredAt) };
    },
  );

  r.post(
    "/cases/:caseNo/special-procedure/end",
    {
      config: { idempotent: true },
      onRequest: requireStaff("approver"),
      schema: {
        tags: ["cases"],
        summary: "结束特别程序：恢复计时，办件与在办环节的期限顺延特别程序所用工作日",
        params: CaseParams,
        headers: IdempotencyHeaders,
        body: strictObject({ result: Type.String({ minLength: 1, maxLength: 500 }) }),
        response: {
          200: Type.Object({
            caseNo: Type.String(),
            paused: Type.Boolean({ description: "计时已恢复（总为 false）" }),
            workingDays: Type.Integer({ description: "特别程序用去的工作日数（不计入时限）" }),
            promisedDue: Nullable(DateOnly),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req) =>
      endSpecialProcedure(req.ctx, staffOf(req, ["approver"]), req.params.caseNo, req.body.result),
  );
}
