import type { Logger } from "pino";
import type { Ctx } from "./http/context.js";
import { sealPending } from "./modules/audit/index.js";
import { purgeIdempotencyKeys } from "./http/idempotency.js";
import {
  dispatchDue,
  HttpSmsGateway,
  SandboxSmsGateway,
  type SandboxMode,
  type SmsGateway,
} from "./modules/notify/index.js";
import { runSupervisionChecks } from "./modules/supervision/index.js";
import { deemAccepted } from "./modules/cases/index.js";
import { foldRollups } from "./modules/analytics/index.js";
import type { BillerAdapter } from "./modules/payments/index.js";
import { reconcilePending } from "./modules/payments/index.js";

/** The HTTP gateway when ONEWINDOW_SMS_URL is set, else the sandbox (mode from ONEWINDOW_SMS_SANDBOX_MODE). */
export function smsGatewayFromEnv(env: NodeJS.ProcessEnv = process.env): SmsGateway {
  if (env.ONEWINDOW_SMS_URL) return new HttpSmsGateway(env.ONEWINDOW_SMS_URL, env.ONEWINDOW_SMS_TOKEN);
  const mode = (env.ONEWINDOW_SMS_SANDBOX_MODE ?? "ok") as SandboxMode;
  return new SandboxSmsGateway(["ok", "fail", "timeout"].includes(mode) ? mode : "ok");
}

/**
 * Runs `work` every `everyMs` (never two at once) until stopped; `stop()` waits for
 * the run in progress, then runs `onStop`. `isStopped` lets long work end early.
 */
function every(
  everyMs: number,
  log: Logger,
  what: string,
  work: (isStopped: () => boolean) => Promise<void>,
  onStop?: () => Promise<unknown>,
) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await work(() => stopped);
    } catch (err) {
      log.error({ err }, `${what} failed`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  // First run right away, not one interval after start.
  setImmediate(() => void tick());
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
      await onStop?.();
    },
  };
}

/** Sends queued notifications every few seconds until stopped. */
export function startDispatcher(ctx: Ctx, gateway: SmsGateway, log: Logger, everyMs = 2000) {
  return every(everyMs, log, "notification dispatch", async () => {
    const r = await dispatchDue(ctx, gateway);
    if (r.sent + r.failed > 0) log.info(r, "notifications dispatched");
  });
}

/** Seals new audit entries into the hash chain every few seconds (one sealer at a time, even across server copies). */
export function startAuditSealer(ctx: Ctx, log: Logger, everyMs = 3000) {
  const seal = () => sealPending(ctx.db, ctx.clock.now());
  return every(
    everyMs,
    log,
    "audit sealing",
    async (isStopped) => {
      // Drain what is pending, a page at a time.
      while (!isStopped() && (await seal()) === 1000);
    },
    // Seal what the last requests wrote, so a clean stop leaves nothing unsealed.
    () => seal().catch(() => 0),
  );
}

/** Checks every open task against its deadline, and flags finished ones, once a minute (电子监察). */
export function startDeadlineCheck(ctx: Ctx, log: Logger, everyMs = 60_000) {
  return every(everyMs, log, "deadline check", async () => {
    const r = await runSupervisionChecks(ctx);
    if (r.raised + r.resolved + r.flagged > 0) log.info(r, "supervision cards updated");
    const deemed = await deemAccepted(ctx);
    if (deemed.accepted > 0)
      log.info(deemed, "receipts deemed accepted (not examined within 5 working days)");
  });
}

/** Folds case-figure deltas into the dashboard rollups every few seconds. */
export function startRollupFolder(ctx: Ctx, log: Logger, everyMs = 5000) {
  return every(everyMs, log, "rollup folding", async () => {
    const n = await foldRollups(ctx.db);
    if (n > 0) log.debug({ folded: n }, "rollups folded");
  });
}

/** Settles payment orders the biller did not answer in time (asks the biller by order number). */
export function startPaymentReconciler(ctx: Ctx, biller: BillerAdapter, log: Logger, everyMs = 30_000) {
  return every(everyMs, log, "payment reconciliation", async () => {
    const r = await reconcilePending(ctx, biller);
    if (r.succeeded + r.failed + r.mismatches > 0) log.info(r, "payments reconciled");
    if (r.unreachable > 0) log.warn(r, "biller unreachable: orders stay pending until it answers");
  });
}

/** Forgets expired idempotency keys and releases abandoned ones, every ten minutes. */
export function startIdempotencyPurge(ctx: Ctx, log: Logger, everyMs = 10 * 60_000) {
  return every(everyMs, log, "idempotency key purge", async () => {
    const purged = await purgeIdempotencyKeys(ctx.db, ctx.clock.now());
    if (purged > 0) log.info({ purged }, "idempotency keys purged");
  });
}
