import { existsSync } from "node:fs";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { Type } from "typebox";
import { chinaDate } from "@onewindow/shared";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Clock, SettableClock } from "./clock.js";
import type { DatabaseHandle } from "./db/client.js";
import { AppError } from "./errors.js";
import { registerAuth, requireStaff } from "./http/auth-hook.js";
import type { Services } from "./http/context.js";
import { registerErrorHandler, renderError } from "./http/error-handler.js";
import { healthRoutes } from "./http/health.routes.js";
import { registerIdempotency } from "./http/idempotency.js";
import { loggerOptions } from "./http/log.js";
import { ErrorBody, errors, strictObject } from "./http/schemas.js";
import { authRoutes, DEFAULT_AUTH_SETTINGS, resolveToken, type AuthSettings } from "./modules/auth/index.js";
import { calendarRoutes } from "./modules/calendar/index.js";
import {
  shiftCaseDues,
  caseRoutes,
  caseDeadlineRoutes,
  receiptRoutes,
  caseSearchRoutes,
  publicCaseRoutes,
} from "./modules/cases/index.js";
import { shiftOrderDues, openCardsOf, supervisionRoutes } from "./modules/supervision/index.js";
import { shiftRectificationDues, evaluationRoutes } from "./modules/evaluation/index.js";
import { notifyRoutes } from "./modules/notify/index.js";
import { residentRoutes } from "./modules/residents/index.js";
import { processRoutes } from "./modules/workflow/index.js";
import { QueueEventHub, queueEventRoutes, queueRoutes, queueRuleRoutes } from "./modules/queue/index.js";
import { auditRoutes } from "./modules/audit/index.js";
import { analyticsRoutes } from "./modules/analytics/index.js";
import { documentRoutes } from "./modules/documents/index.js";
import {
  sharedDataRoutes,
  type Departments,
  sandboxBehaviourFromEnv,
  sandboxLandAdapter,
  sandboxPropertyAdapter,
} from "./modules/integrations/index.js";
import { paymentRoutes, billerFromEnv } from "./modules/payments/index.js";
import type { PaymentsDeps } from "./modules/payments/index.js";
import { BridgeSimulator, bridgeSimulatorRoutes } from "./bridge-sim/simulator.js";
import { guideRoutes } from "./modules/guide/index.js";
import { districtRoutes } from "./modules/district/index.js";
import { citizenRoutes, sandboxCitizenSystems, type CitizenSystems } from "./modules/citizen/index.js";
import { catalogRoutes } from "./modules/catalog/index.js";
import { DISTRICT, orgRoutes } from "./modules/org/index.js";
import { createSensitiveBox } from "./security/sensitive.js";
import { webDistDir } from "./paths.js";
import { readCatalogFile } from "./seed/reference.js";

export type AppOptions = {
  handle: DatabaseHandle;
  clock: Clock;
  /** Present only in --test-clock mode; enables POST /admin/clock. */
  testClock?: SettableClock | undefined;
  masterKey: Buffer;
  /** Base URL residents use (SMS links, QR codes); defaults to the local address. */
  publicUrl?: string;
  logLevel?: string;
  auth?: Partial<AuthSettings>;
  /** Other departments' systems; sandboxes unless configured. */
  departments?: Departments;
  defaultMetrics?: boolean;
  /** The billers behind 我的缴费 (a sandbox unless configured) and how long a kiosk waits for them. */
  payments?: Partial<PaymentsDeps>;
  /** 社保, 医保, hospitals and traffic police behind 我的政府; sandboxes unless configured. */
  citizen?: CitizenSystems;
  /** Serves the device-bridge simulator at /bridge-sim (demo installations, development, browser tests). */
  bridgeSimulator?: BridgeSimulator;
  /** Runs after POST /admin/clock moved the test clock (the server re-checks deadlines at once). */
  onClockSet?: () => Promise<unknown>;
};

export const API_PREFIX = "/api/v1";

/** Composition root: one Fastify app with every module mounted. Does not listen. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.logLevel ?? "info"),
    bodyLimit: 1024 * 1024,
    // Validation must not quietly fix input: unknown fields and wrong types are errors.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  });
  const services: Services = {
    db: opts.handle.db,
    clock: opts.clock,
    box: createSensitiveBox(opts.masterKey),
    districtCode: DISTRICT.code,
    log: app.log,
    publicUrl: opts.publicUrl ?? "http://127.0.0.1:3000",
  };
  const authSettings = { ...DEFAULT_AUTH_SETTINGS, ...opts.auth };

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: "OneWindow 一窗通 API",
        version: "1.0.0",
        description:
          "社区公共服务综合信息平台公开接口（契约见 API.md）。错误体为 {error: {code, message, field?}}。",
      },
      servers: [{ url: "/" }],
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "登录令牌或设备令牌" },
        },
      },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  app.addSchema(ErrorBody);
  registerErrorHandler(app);
  registerAuth(app, services, (ctx, token, via) => resolveToken(ctx, authSettings, token, via));
  registerIdempotency(app, opts.handle.db);
  healthRoutes(app, opts.handle, { defaultMetrics: opts.defaultMetrics ?? false });

  const hub = new QueueEventHub(opts.handle);
  await hub.start();
  app.addHook("onClose", async () => {
    await hub.close();
  });

  const kindCodes = readCatalogFile().kindCodes;
  await app.register(
    async (api) => {
      authRoutes(api, authSettings);
      orgRoutes(api);
      catalogRoutes(api, kindCodes);
      // Each module moves its own running deadlines when a year's calendar is saved.
      calendarRoutes(api, { shifters: [shiftCaseDues, shiftOrderDues, shiftRectificationDues] });
      caseRoutes(api, { cardsOf: (ctx, taskIds) => openCardsOf(ctx.db, taskIds) });
      caseDeadlineRoutes(api);
      receiptRoutes(api);
      caseSearchRoutes(api);
      publicCaseRoutes(api);
      notifyRoutes(api);
      residentRoutes(api);
      processRoutes(api);
      queueRoutes(api);
      queueRuleRoutes(api);
      auditRoutes(api);
      supervisionRoutes(api);
      evaluationRoutes(api);
      analyticsRoutes(api);
      documentRoutes(api);
      guideRoutes(api);
      districtRoutes(api);
      citizenRoutes(
        api,
        opts.citizen ?? sandboxCitizenSystems(sandboxBehaviourFromEnv(), () => chinaDate(opts.clock.now())),
      );
      queueEventRoutes(api, hub);
      const behaviour = sandboxBehaviourFromEnv();
      sharedDataRoutes(
        api,
        opts.departments ?? {
          property: sandboxPropertyAdapter(behaviour),
          land: sandboxLandAdapter(behaviour),
        },
      );
      paymentRoutes(api, {
        biller: opts.payments?.biller ?? billerFromEnv(),
        payTimeoutMs: opts.payments?.payTimeoutMs ?? 5000,
      });
      if (opts.testClock) clockRoute(api, opts.testClock, opts.onClockSet);
    },
    { prefix: API_PREFIX },
  );

  if (opts.bridgeSimulator) bridgeSimulatorRoutes(app, opts.bridgeSimulator, "/bridge-sim");

  const indexHtml = join(webDistDir, "index.html");
  const hasWeb = existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === "GET" && !req.url.startsWith("/api/") && !req.url.startsWith("/docs")) {
      // Client-side routes: the hall display and the kiosk are apps of their own, the rest is the console.
      const page = /^\/display(\/|\?|$)/.test(req.url)
        ? "display.html"
        : /^\/kiosk(\/|\?|$)/.test(req.url)
          ? "kiosk.html"
          : "index.html";
      return reply.type("text/html").sendFile(page);
    }
    return reply.status(404).send(renderError(new AppError("NOT_FOUND"), req.locale));
  });
  return app;
}

function clockRoute(app: FastifyInstance, clock: SettableClock, onClockSet?: () => Promise<unknown>) {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    "/admin/clock",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "设置测试时钟（仅在 --test-clock 模式下存在）",
        body: strictObject({ now: Type.String({ format: "date-time" }) }),
        response: { 200: Type.Object({ now: Type.String() }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const to = new Date(req.body.now);
      if (Number.isNaN(to.getTime()))
        throw new AppError("VALIDATION_FAILED", { field: "now", messageKey: "VALIDATION_FAILED.format" });
      clock.set(to);
      await onClockSet?.();
      return { now: clock.now().toISOString() };
    },
  );
}
