import { randomInt } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  BRIDGE_DEVICES,
  buildResidentId,
  type BridgeDevice,
  type BridgeErrorCode,
  type DeviceStatus,
  type PinPadResult,
  type PrintJob,
} from "@onewindow/shared";
import { YU_BING_RESIDENT } from "../seed/demo.js";
import { controlPage } from "./control-page.js";

/** A person whose cards and finger the simulator holds (the control page offers them). */
export type SimPerson = { idNumber: string; name: string };

export const SIM_PEOPLE: SimPerson[] = [
  { idNumber: YU_BING_RESIDENT.idNumber, name: YU_BING_RESIDENT.name },
  { idNumber: buildResidentId("430105", "1986-07-21", 37), name: "李慧" },
  { idNumber: buildResidentId("430105", "1948-02-09", 115), name: "周桂兰" },
];

type Waiter = {
  resolve: (value: unknown) => void;
  fail: (code: BridgeErrorCode) => void;
  params: unknown;
  since: number;
  /** The kiosk gave up on this read (left the screen); input must not be handed to it. */
  gone: boolean;
};

class BridgeError extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    readonly status: number,
  ) {
    super(code);
  }
}

const MESSAGES: Record<BridgeErrorCode, string> = {
  TIMEOUT: "等待超时，设备上没有操作",
  CANCELLED: "读取已取消",
  BUSY: "设备正忙",
  NO_MATCH: "指纹未匹配到已登记的人员",
  PAPER_OUT: "打印机缺纸",
  DEVICE_ABSENT: "设备未连接",
};
const STATUS: Record<BridgeErrorCode, number> = {
  TIMEOUT: 408,
  CANCELLED: 409,
  BUSY: 409,
  NO_MATCH: 404,
  PAPER_OUT: 503,
  DEVICE_ABSENT: 503,
};

/** What a person did at a device before the kiosk asked (a card left on the reader); kept briefly. */
const INPUT_KEPT_MS = 30_000;

/**
 * The devices of one kiosk, simulated: reads wait for what someone does on the control page
 * (or what tests post), like the real readers wait for a card.
 */
export class BridgeSimulator {
  private readonly waiters = new Map<BridgeDevice, Waiter>();
  private readonly inputs = new Map<BridgeDevice, { value: unknown; at: number }>();
  readonly printed: (PrintJob & { at: string })[] = [];
  paperOut = false;
  absent = new Set<BridgeDevice>();

  status(): DeviceStatus[] {
    return BRIDGE_DEVICES.map((kind) => ({
      kind,
      status: this.absent.has(kind) ? "absent" : kind === "printer" && this.paperOut ? "error" : "ready",
      model: `OneWindow 模拟${DEVICE_NAMES[kind]}`,
      ...(kind === "printer" && this.paperOut ? { detail: "缺纸" } : {}),
    }));
  }

  /** Waits for input on `device`: resolves with it, or fails with TIMEOUT / CANCELLED. */
  read(device: BridgeDevice, params: unknown, timeoutMs: number, closed: Promise<void>): Promise<unknown> {
    if (this.absent.has(device)) return Promise.reject(new BridgeError("DEVICE_ABSENT", 503));
    const kept = this.inputs.get(device);
    this.inputs.delete(device);
    if (kept && Date.now() - kept.at < INPUT_KEPT_MS && device !== "pinpad")
      return Promise.resolve(kept.value);
    // A new read replaces one still waiting (the page asked again).
    this.waiters.get(device)?.fail("CANCELLED");
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        if (this.waiters.get(device) === waiter) this.waiters.delete(device);
      };
      const waiter: Waiter = {
        params,
        since: Date.now(),
        gone: false,
        resolve: (v) => {
          done();
          resolve(v);
        },
        fail: (code) => {
          done();
          reject(new BridgeError(code, STATUS[code]));
        },
      };
      const timer = setTimeout(() => waiter.fail("TIMEOUT"), timeoutMs);
      void closed.then(() => {
        waiter.gone = true;
        if (this.waiters.get(device) === waiter) waiter.fail("CANCELLED");
      });
      this.waiters.set(device, waiter);
    });
  }

  /** Someone acted at a device: answers the waiting read, or leaves the input for the next one. */
  input(device: BridgeDevice, value: unknown) {
    const waiter = this.waiters.get(device);
    if (waiter && !waiter.gone) waiter.resolve(value);
    else this.inputs.set(device, { value, at: Date.now() });
    return { delivered: Boolean(waiter && !waiter.gone) };
  }

  fail(device: BridgeDevice, code: BridgeErrorCode) {
    const waiter = this.waiters.get(device);
    waiter?.fail(code);
    return { delivered: Boolean(waiter) };
  }

  cancelAll() {
    for (const w of [...this.waiters.values()]) w.fail("CANCELLED");
    this.inputs.clear();
  }

  waiting(): { device: BridgeDevice; params: unknown; since: string }[] {
    return [...this.waiters]
      .filter(([, w]) => !w.gone)
      .map(([device, w]) => ({ device, params: w.params, since: new Date(w.since).toISOString() }));
  }

  /** The PIN pad: six digits approve, 000000 is a wrong PIN. */
  enterPin(pin: string): PinPadResult | undefined {
    const result: PinPadResult =
      pin === "000000"
        ? { approved: false, reason: "wrong_pin" }
        : { approved: true, cardMasked: "6222 **** **** 8866", authCode: String(randomInt(100000, 999999)) };
    return this.input("pinpad", result).delivered ? result : undefined;
  }

  print(job: PrintJob) {
    if (this.absent.has("printer")) throw new BridgeError("DEVICE_ABSENT", 503);
    if (this.paperOut) throw new BridgeError("PAPER_OUT", 503);
    this.printed.unshift({ ...job, at: new Date().toISOString() });
    this.printed.length = Math.min(this.printed.length, 20);
  }
}

export const DEVICE_NAMES: Record<BridgeDevice, string> = {
  idcard: "身份证阅读器",
  fingerprint: "指纹仪",
  sscard: "社保卡读卡器",
  scanner: "扫码器",
  printer: "凭条打印机（58 mm）",
  pinpad: "密码键盘",
};

function sendError(reply: FastifyReply, err: unknown) {
  if (err instanceof BridgeError)
    return reply.status(err.status).send({ error: { code: err.code, message: MESSAGES[err.code] } });
  throw err;
}

function timeoutOf(req: FastifyRequest): number {
  const t = (req.body as { timeoutMs?: unknown } | undefined)?.timeoutMs;
  return typeof t === "number" && t > 0 ? Math.min(t, 120_000) : 30_000;
}

/** Settles when the kiosk gives up on the request (it left the screen and aborted the fetch). */
function closedSignal(reply: FastifyReply): Promise<void> {
  return new Promise((resolve) => reply.raw.once("close", () => resolve()));
}

/**
 * Mounts the bridge protocol under `${prefix}/v1` and the simulator's control page and control
 * API under `${prefix}/sim`. Any origin may call it: it stands in for a service on the kiosk's
 * own machine.
 */
export function bridgeSimulatorRoutes(app: FastifyInstance, sim: BridgeSimulator, prefix = "") {
  app.addHook("onRequest", async (req, reply) => {
    if (!req.url.startsWith(`${prefix}/v1`) && !req.url.startsWith(`${prefix}/sim`)) return;
    reply.header("access-control-allow-origin", "*");
    reply.header("access-control-allow-headers", "content-type");
    reply.header("access-control-allow-methods", "GET, POST, OPTIONS");
    reply.header("cache-control", "no-store");
  });
  for (const path of [`${prefix}/v1/*`, `${prefix}/sim/*`]) {
    app.options(path, async (_req, reply) => reply.status(204).send());
  }

  app.get(`${prefix}/v1/devices`, async () => ({ devices: sim.status() }));

  const reader = (device: BridgeDevice) =>
    app.post(`${prefix}/v1/${device}/read`, async (req, reply) => {
      try {
        return await sim.read(device, {}, timeoutOf(req), closedSignal(reply));
      } catch (err) {
        return sendError(reply, err);
      }
    });
  reader("idcard");
  reader("sscard");
  reader("scanner");
  app.post(`${prefix}/v1/fingerprint/match`, async (req, reply) => {
    try {
      return await sim.read("fingerprint", {}, timeoutOf(req), closedSignal(reply));
    } catch (err) {
      return sendError(reply, err);
    }
  });
  app.post(`${prefix}/v1/pinpad/pay`, async (req, reply) => {
    const amountFen = (req.body as { amountFen?: unknown } | undefined)?.amountFen;
    if (typeof amountFen !== "number" || !Number.isInteger(amountFen) || amountFen <= 0)
      return reply
        .status(400)
        .send({ error: { code: "VALIDATION_FAILED", message: "amountFen 须为正整数（分）" } });
    try {
      return await sim.read("pinpad", { amountFen }, timeoutOf(req), closedSignal(reply));
    } catch (err) {
      return sendError(reply, err);
    }
  });
  app.post(`${prefix}/v1/printer/print`, async (req, reply) => {
    const job = req.body as Partial<PrintJob> | undefined;
    if (!job || !Array.isArray(job.lines) || job.lines.some((l) => typeof l !== "string"))
      return reply
        .status(400)
        .send({ error: { code: "VALIDATION_FAILED", message: "lines 须为字符串数组" } });
    try {
      sim.print({ lines: job.lines, ...(typeof job.qr === "string" ? { qr: job.qr } : {}) });
      return { printed: true };
    } catch (err) {
      return sendError(reply, err);
    }
  });
  app.post(`${prefix}/v1/cancel`, async () => {
    sim.cancelAll();
    return { cancelled: true };
  });

  // The control page and the API behind its buttons (also what browser tests press).
  app.get(`${prefix}/sim`, async (_req, reply) =>
    reply.type("text/html; charset=utf-8").send(controlPage(prefix, SIM_PEOPLE)),
  );
  app.get(`${prefix}/sim/state`, async () => ({
    devices: sim.status(),
    waiting: sim.waiting(),
    printed: sim.printed,
  }));
  app.post(`${prefix}/sim/:device`, async (req, reply) => {
    const device = (req.params as { device: string }).device as BridgeDevice;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof body[key] === "string" ? body[key] : "");
    const person = SIM_PEOPLE.find((p) => p.idNumber === body.idNumber) ?? {
      idNumber: text("idNumber"),
      name: text("name"),
    };
    switch (device) {
      case "idcard":
        return sim.input("idcard", { idNumber: person.idNumber, name: person.name });
      case "sscard":
        return sim.input("sscard", {
          idNumber: person.idNumber,
          name: person.name,
          cardNoMasked: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-2)}`,
        });
      case "fingerprint":
        return body.idNumber
          ? sim.input("fingerprint", { idNumber: person.idNumber })
          : sim.fail("fingerprint", "NO_MATCH");
      case "scanner":
        return sim.input("scanner", { text: text("text") });
      case "pinpad":
        if (body.cancel) return sim.input("pinpad", { approved: false, reason: "cancelled" });
        if (typeof body.pin !== "string" || !/^\d{6}$/.test(body.pin))
          return reply
            .status(400)
            .send({ error: { code: "VALIDATION_FAILED", message: "密码须为 6 位数字" } });
        return { result: sim.enterPin(body.pin) ?? null };
      case "printer":
        sim.paperOut = Boolean(body.paperOut);
        return { paperOut: sim.paperOut };
      default:
        return reply.status(404).send({ error: { code: "DEVICE_ABSENT", message: "没有该设备" } });
    }
  });
}
