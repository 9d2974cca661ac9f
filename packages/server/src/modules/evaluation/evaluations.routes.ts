import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { isEvaluationLevel } from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { IdParams, IdempotencyHeaders, errors, strictObject } from "../../http/schemas.js";
import { invalidField } from "../../errors.js";
import { EvaluationSchema, RatingCreated } from "./evaluation.schemas.js";
import { listEvaluations, rateCase, rateVisit } from "./evaluations.service.js";
import {
  appealEvaluation,
  decideAppeal,
  evaluatorContact,
  recordCallback,
  recordRectification,
} from "./followup.service.js";

const LevelField = Type.Integer({ minimum: 1, maximum: 5, description: "5 非常满意 … 1 非常不满意" });
const Comment = Type.Optional(Type.String({ maxLength: 500 }));

function level(n: number) {
  if (!isEvaluationLevel(n)) throw invalidField("level", "VALIDATION_FAILED.level");
  return n;
}

export function evaluationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    "/public/evaluations",
    {
      config: { idempotent: true },
      schema: {
        tags: ["public"],
        summary: "好差评（一事一评）：申请人凭办件编号 + 身份证号评价已办结的办件；差评（≤2）生成整改任务",
        headers: IdempotencyHeaders,
        body: strictObject({
          caseNo: Type.String({ minLength: 1, maxLength: 40 }),
          idNumber: Type.String({ maxLength: 18 }),
          level: LevelField,
          comment: Comment,
        }),
        response: { 201: RatingCreated, ...errors(400, 404, 409) },
      },
    },
    async (req, reply) => {
      const out = await rateCase(req.ctx, { ...req.body, level: level(req.body.level) });
      return reply.status(201).send(out);
    },
  );

  r.post(
    "/public/visit-evaluations",
    {
      config: { idempotent: true },
      schema: {
        tags: ["public"],
        summary: "好差评（一次一评）：凭取号凭条上的二维码令牌评价本次现场办理",
        headers: IdempotencyHeaders,
        body: strictObject({
          ticketToken: Type.String({ minLength: 1, maxLength: 64 }),
          level: LevelField,
          comment: Comment,
        }),
        response: { 201: RatingCreated, ...errors(400, 404, 409) },
      },
    },
    async (req, reply) => {
      const out = await rateVisit(req.ctx, { ...req.body, level: level(req.body.level) });
      return reply.status(201).send(out);
    },
  );

  r.get(
    "/evaluations",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["evaluation"],
        summary:
          "评价列表：承办单位（box=office，不含评价人身份）或电子监察（box=supervision，含办件与脱敏的评价人）",
        querystring: strictObject({
          box: Type.Union([Type.Literal("office"), Type.Literal("supervision")]),
          bad: Type.Optional(Type.Union([Type.Literal("true"), Type.Literal("false")])),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(EvaluationSchema, { description: "最新的在前，至多 500 条" }),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => {
      const actor = staffOf(req, req.query.box === "supervision" ? ["supervisor"] : []);
      return {
        items: await listEvaluations(req.ctx, actor, req.query.box, { bad: req.query.bad === "true" }),
      };
    },
  );

  r.get(
    "/evaluations/:id/contact",
    {
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["evaluation"],
        summary: "回访用：评价人的完整手机号（读取个人信息，记入审计）",
        params: IdParams,
        response: {
          200: Type.Object({
            phone: Type.Union(
              [Type.String({ description: "完整手机号（本次读取已记入审计）" }), Type.Null()],
              {
                description: "评价人未留手机号时为 null",
              },
            ),
          }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (req) => evaluatorContact(req.ctx, staffOf(req, ["supervisor"]), req.params.id),
  );

  r.post(
    "/evaluations/:id/appeal",
    {
      config: { idempotent: true },
      onRequest: requireStaff(),
      schema: {
        tags: ["evaluation"],
        summary: "被评价单位对恶意差评提出申诉",
        params: IdParams,
        headers: IdempotencyHeaders,
        body: strictObject({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: EvaluationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => appealEvaluation(req.ctx, staffOf(req), req.params.id, req.body.reason),
  );

  r.post(
    "/evaluations/:id/appeal-decision",
    {
      config: { idempotent: true },
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["evaluation"],
        summary: "监察人员裁定申诉：成立则该评价不计入统计并撤销整改",
        params: IdParams,
        headers: IdempotencyHeaders,
        body: strictObject({ upheld: Type.Boolean(), note: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: EvaluationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => decideAppeal(req.ctx, staffOf(req, ["supervisor"]), req.params.id, req.body),
  );

  r.post(
    "/rectifications/:id/result",
    {
      config: { idempotent: true },
      onRequest: requireStaff(),
      schema: {
        tags: ["evaluation"],
        summary: "承办单位填写差评整改情况（回访也登记后整改办结）",
        params: IdParams,
        headers: IdempotencyHeaders,
        body: strictObject({ result: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: { 200: EvaluationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => recordRectification(req.ctx, staffOf(req), req.params.id, req.body.result),
  );

  r.post(
    "/rectifications/:id/callback",
    {
      config: { idempotent: true },
      onRequest: requireStaff("supervisor"),
      schema: {
        tags: ["evaluation"],
        summary: "电子监察登记对评价人的回访",
        params: IdParams,
        headers: IdempotencyHeaders,
        body: strictObject({ reached: Type.Boolean(), note: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: EvaluationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => recordCallback(req.ctx, staffOf(req, ["supervisor"]), req.params.id, req.body),
  );
}
