import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { BILLER_CODES, BILLERS, isEvaluationLevel } from "@onewindow/shared";
import { requireDeviceOrStaff, staffOf } from "../../http/auth-hook.js";
import { errors, IdempotencyHeaders, strictObject } from "../../http/schemas.js";
import { AppError, invalidField } from "../../errors.js";
import { ratePayment } from "../evaluation/index.js";
import { BILLER_SANDBOX_MODES, SandboxBiller } from "./biller.js";
import {
  findOrder,
  listOrders,
  pay,
  PAYMENT_STAFF_ROLES,
  quoteBill,
  type PaymentsDeps,
} from "./payments.service.js";
import { reconcilePending } from "./reconcile.js";
import { trialBalance } from "./ledger.js";
import {
  BillQuote,
  Billers,
  PaymentOrder,
  PaymentOrders,
  PaymentRating,
  ReconcileResult,
  SandboxMode,
  TrialBalance,
} from "./payments.schemas.js";

const BillerField = Type.Union(
  BILLER_CODES.map((c) => Type.Literal(c)),
  { description: "mobile 话费 / water 水费 / electricity 电费 / gas 燃气费 / broadband 宽带" },
);
const OrderParams = Type.Object({ orderNo: Type.String({ maxLength: 40 }) });

export function paymentRoutes(app: FastifyInstance, deps: PaymentsDeps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/payments/billers",
    {
      schema: {
        tags: ["payments"],
        summary: "可缴费项目（话费、水、电、燃气、宽带）",
        security: [],
        response: { 200: Billers },
      },
    },
    async () => ({
      items: BILLERS.map((b) => ({
        code: b.code,
        name: b.name,
        payee: b.payee,
        accountLabel: b.accountLabel,
        accountHint: b.accountHint,
        accountPattern: b.accountPattern.source,
        presetsFen: b.presetsFen,
        minFen: b.minFen,
        maxFen: b.maxFen,
      })),
    }),
  );

  r.get(
    "/payments/bills",
    {
      onRequest: requireDeviceOrStaff("kiosk", "clerk"),
      schema: {
        tags: ["payments"],
        summary: "按户号查询账单（手机号查询余额）；户名脱敏",
        querystring: strictObject({ biller: BillerField, account: Type.String({ maxLength: 20 }) }),
        response: { 200: BillQuote, ...errors(400, 401, 403, 404, 503) },
      },
    },
    async (req) => quoteBill(req.ctx, deps, req.query.biller, req.query.account.trim()),
  );

  r.post(
    "/payments",
    {
      config: { idempotent: true },
      onRequest: requireDeviceOrStaff("kiosk"),
      schema: {
        tags: ["payments"],
        summary: "缴费下单（自助终端）；缴费单位未及时应答时为 pending，由对账作业确定结果，绝不重复扣款",
        headers: IdempotencyHeaders,
        body: strictObject({
          biller: BillerField,
          account: Type.String({ maxLength: 20 }),
          amountFen: Type.Integer({ description: "金额（分）" }),
          cardMasked: Type.Optional(Type.String({ maxLength: 23, description: "from the PIN pad" })),
          cardAuthCode: Type.Optional(Type.String({ maxLength: 20, description: "from the PIN pad" })),
        }),
        response: { 201: PaymentOrder, ...errors(400, 401, 403, 404, 409, 503) },
      },
    },
    async (req, reply) => {
      const out = await pay(req.ctx, deps, { ...req.body, account: req.body.account.trim() });
      return reply.status(201).send(out);
    },
  );

  r.get(
    "/payments/orders/:orderNo",
    {
      onRequest: requireDeviceOrStaff("kiosk", ...PAYMENT_STAFF_ROLES),
      schema: {
        tags: ["payments"],
        summary: "缴费订单结果与凭条（终端只能查看本机订单）",
        params: OrderParams,
        response: { 200: PaymentOrder, ...errors(401, 403, 404) },
      },
    },
    async (req) => findOrder(req.ctx, req.params.orderNo),
  );

  r.post(
    "/kiosk/payments/:orderNo/evaluation",
    {
      onRequest: requireDeviceOrStaff("kiosk"),
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["kiosk"],
        summary: "缴费后好差评（一次一评）",
        params: OrderParams,
        body: strictObject({
          level: Type.Integer({ minimum: 1, maximum: 5, description: "5 非常满意 … 1 非常不满意" }),
          comment: Type.Optional(Type.String({ maxLength: 500 })),
        }),
        response: { 201: PaymentRating, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const level = req.body.level;
      if (!isEvaluationLevel(level)) throw invalidField("level", "VALIDATION_FAILED.level");
      const out = await ratePayment(req.ctx, {
        orderNo: req.params.orderNo,
        level,
        comment: req.body.comment,
      });
      return reply.status(201).send(out);
    },
  );

  r.get(
    "/payments/orders",
    {
      schema: {
        tags: ["payments"],
        summary: "缴费订单列表（管理员、监察人员，本辖区）",
        querystring: strictObject({
          status: Type.Optional(
            Type.Union([Type.Literal("pending"), Type.Literal("succeeded"), Type.Literal("failed")]),
          ),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          attention: Type.Optional(Type.Literal("true", { description: "只列需人工处理的订单" })),
        }),
        response: { 200: PaymentOrders, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      staffOf(req, PAYMENT_STAFF_ROLES);
      return {
        items: await listOrders(req.ctx, {
          status: req.query.status,
          attention: req.query.attention === "true",
          limit: req.query.limit ?? 100,
        }),
      };
    },
  );

  r.get(
    "/payments/ledger",
    {
      schema: {
        tags: ["payments"],
        summary: "试算平衡：各科目借贷发生额与余额（区级管理员、监察人员）",
        response: { 200: TrialBalance, ...errors(401, 403) },
      },
    },
    async (req) => {
      const actor = staffOf(req, PAYMENT_STAFF_ROLES);
      if (!actor.roles.some((g) => g.orgCode === req.ctx.districtCode)) throw new AppError("FORBIDDEN");
      return trialBalance(req.ctx);
    },
  );

  r.post(
    "/payments/reconcile",
    {
      schema: {
        tags: ["payments"],
        summary: "立即对账：向缴费单位查询处理中的订单（区级管理员）；作业每 30 秒也会自动执行",
        response: { 200: ReconcileResult, ...errors(401, 403) },
      },
    },
    async (req) => {
      const actor = staffOf(req, ["admin"]);
      if (!actor.roles.some((g) => g.orgCode === req.ctx.districtCode)) throw new AppError("FORBIDDEN");
      return reconcilePending(req.ctx, deps.biller);
    },
  );

  const sandbox = deps.biller;
  if (sandbox instanceof SandboxBiller) {
    r.post(
      "/admin/sandbox/biller",
      {
        schema: {
          tags: ["payments"],
          summary: "沙箱缴费单位的行为（演示与测试）：ok / down / decline / timeout / lost / flaky",
          body: strictObject({ mode: Type.Union(BILLER_SANDBOX_MODES.map((m) => Type.Literal(m))) }),
          response: { 200: SandboxMode, ...errors(400, 401, 403) },
        },
      },
      async (req) => {
        staffOf(req, ["admin"]);
        sandbox.mode = req.body.mode;
        return { mode: sandbox.mode };
      },
    );
  }
}
