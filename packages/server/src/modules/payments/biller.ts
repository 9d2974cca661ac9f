import { createHash, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { BillerCode } from "@onewindow/shared";

/** What a biller tells us about an account: who holds it and what is owed for which period. */
export type Bill = { holderName: string; amountDueFen: number; period: string; balanceFen?: number };

export type PayAnswer = { status: "succeeded"; billerRef: string } | { status: "failed"; reason: string };
export type StatusAnswer = PayAnswer | { status: "unknown" };

export type PayRequest = { requestId: string; biller: BillerCode; account: string; amountFen: number };

/**
 * A biller's system (carriers, 水务, 电力, 燃气, 宽带), reached through one aggregator.
 * `pay` is idempotent by `requestId` (our order number): asking twice never charges twice.
 * Calls throw BillerUnavailable when the system cannot be reached; `pay` also ends when
 * `signal` aborts (our deadline), after which only `status` can tell what happened.
 */
export type BillerAdapter = {
  queryBill(biller: BillerCode, account: string): Promise<Bill | null>;
  pay(req: PayRequest, signal: AbortSignal): Promise<PayAnswer>;
  status(requestId: string): Promise<StatusAnswer>;
};

export class BillerUnavailable extends Error {}

/**
 * ok: answers normally · down: every call fails (system unreachable) · decline: payments are refused ·
 * timeout: the payment is made but the answer never arrives · lost: the request never arrives ·
 * flaky: mostly ok, sometimes down, sometimes a timeout.
 */
export const BILLER_SANDBOX_MODES = ["ok", "down", "decline", "timeout", "lost", "flaky"] as const;
export type BillerSandboxMode = (typeof BILLER_SANDBOX_MODES)[number];

/** Accounts the demo and the README name, so a presenter can type something that surely exists. */
const DEMO_HOLDERS: Record<string, string> = {
  "mobile:13807310001": "李慧",
  "mobile:13900001234": "余冰",
  "water:10010001": "余冰",
  "electricity:0731000001": "余冰",
  "gas:100100001": "余冰",
  "broadband:073188880001": "李慧",
};

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐";
const GIVEN = [
  "芳",
  "伟",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
];

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

function periodOf(now: Date): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  return `${china.getUTCFullYear()}-${String(china.getUTCMonth() + 1).padStart(2, "0")}`;
}

type Processed = { answer: PayAnswer; biller: BillerCode; account: string; amountFen: number };

/**
 * A biller for offline use and tests with the behaviour of the real ones: latency, outages,
 * refusals, lost answers and lost requests, idempotent payments by request id, and bills that
 * go down once paid. About one account number in ten does not exist (404 at the kiosk).
 */
export class SandboxBiller implements BillerAdapter {
  mode: BillerSandboxMode;
  readonly processed = new Map<string, Processed>();
  private readonly paidFen = new Map<string, number>();

  constructor(
    opts: {
      mode?: BillerSandboxMode;
      latencyMs?: [number, number];
      now?: () => Date;
      random?: () => number;
    } = {},
  ) {
    this.mode = opts.mode ?? "ok";
    this.latencyMs = opts.latencyMs ?? [150, 600];
    this.now = opts.now ?? (() => new Date());
    this.random = opts.random ?? Math.random;
  }
  private readonly latencyMs: [number, number];
  private readonly now: () => Date;
  private readonly random: () => number;

  private async wait() {
    const [min, max] = this.latencyMs;
    await sleep(min + this.random() * (max - min));
  }

  private outage(): boolean {
    return this.mode === "down" || (this.mode === "flaky" && this.random() < 0.05);
  }

  private holder(biller: BillerCode, account: string): string | null {
    const demo = DEMO_HOLDERS[`${biller}:${account}`];
    if (demo) return demo;
    const d = digest(`${biller}:${account}`);
    if (d[0]! % 10 === 0) return null;
    return SURNAMES[d[1]! % SURNAMES.length]! + GIVEN[d[2]! % GIVEN.length]!;
  }

  async queryBill(biller: BillerCode, account: string): Promise<Bill | null> {
    await this.wait();
    if (this.outage()) throw new BillerUnavailable("sandbox biller: 系统维护中 (simulated outage)");
    const holderName = this.holder(biller, account);
    if (!holderName) return null;
    const d = digest(`${biller}:${account}:${periodOf(this.now())}`);
    const paid = this.paidFen.get(`${biller}:${account}`) ?? 0;
    if (biller === "mobile") {
      // Prepaid: a balance that is sometimes overdrawn; the overdrawn part is what is due.
      const balanceFen = (d.readUInt16BE(0) % 6000) - 1000 + paid;
      return { holderName, amountDueFen: Math.max(0, -balanceFen), period: periodOf(this.now()), balanceFen };
    }
    const billed = 2000 + (d.readUInt16BE(0) % 28000);
    return { holderName, amountDueFen: Math.max(0, billed - paid), period: periodOf(this.now()) };
  }

  async pay(req: PayRequest, signal: AbortSignal): Promise<PayAnswer> {
    await this.wait();
    const mode = this.mode === "flaky" && this.random() < 0.1 ? "timeout" : this.mode;
    if (this.outage()) throw new BillerUnavailable("sandbox biller: 系统维护中 (simulated outage)");
    if (mode === "lost") return hang(signal);
    const known = this.processed.get(req.requestId);
    if (known) return known.answer;
    const answer = this.decide(req, mode);
    this.processed.set(req.requestId, { answer, ...req });
    if (answer.status === "succeeded") {
      const key = `${req.biller}:${req.account}`;
      this.paidFen.set(key, (this.paidFen.get(key) ?? 0) + req.amountFen);
    }
    if (mode === "timeout") return hang(signal);
    return answer;
  }

  private decide(req: PayRequest, mode: BillerSandboxMode): PayAnswer {
    if (!this.holder(req.biller, req.account)) return { status: "failed", reason: "户号不存在" };
    if (mode === "decline") return { status: "failed", reason: "缴费单位拒绝：账户状态异常，请到营业厅办理" };
    return {
      status: "succeeded",
      billerRef: `SBX${randomUUID().replaceAll("-", "").slice(0, 16).toUpperCase()}`,
    };
  }

  async status(requestId: string): Promise<StatusAnswer> {
    await this.wait();
    if (this.outage()) throw new BillerUnavailable("sandbox biller: 系统维护中 (simulated outage)");
    return this.processed.get(requestId)?.answer ?? { status: "unknown" };
  }
}

/** The answer that never comes: waits until our side gives up. */
function hang(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const stop = () => reject(new BillerUnavailable("no answer before the deadline"));
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
  });
}

export function billerFromEnv(env: NodeJS.ProcessEnv = process.env): BillerAdapter {
  const mode = env.ONEWINDOW_BILLER_SANDBOX_MODE as BillerSandboxMode | undefined;
  return new SandboxBiller({ mode: mode && BILLER_SANDBOX_MODES.includes(mode) ? mode : "ok" });
}
