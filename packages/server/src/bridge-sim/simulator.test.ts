import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BridgeSimulator, bridgeSimulatorRoutes, SIM_PEOPLE } from "./simulator.js";

let app: FastifyInstance;
let sim: BridgeSimulator;
let base: string;

const call = async (path: string, body?: object) => {
  const res = await fetch(`${base}${path}`, {
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const waitingFor = async (device: string) => {
  for (let i = 0; i < 100; i++) {
    if (sim.waiting().some((w) => w.device === device)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`nobody waits on ${device}`);
};

beforeAll(async () => {
  sim = new BridgeSimulator();
  app = Fastify();
  bridgeSimulatorRoutes(app, sim);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => app.close());

describe("device bridge simulator", () => {
  it("answers a waiting ID card read when a card is put on the reader", async () => {
    const read = call("/v1/idcard/read", { timeoutMs: 5000 });
    await waitingFor("idcard");
    await call("/sim/idcard", { idNumber: SIM_PEOPLE[0]!.idNumber });
    expect(await read).toEqual({ status: 200, body: { idNumber: SIM_PEOPLE[0]!.idNumber, name: "余冰" } });
  });

  it("keeps a card put down before the kiosk asked, for the next read", async () => {
    await call("/sim/idcard", { idNumber: SIM_PEOPLE[1]!.idNumber });
    expect((await call("/v1/idcard/read", { timeoutMs: 100 })).body).toMatchObject({ name: "李慧" });
    expect((await call("/v1/idcard/read", { timeoutMs: 100 })).status).toBe(408);
  });

  it("matches a finger on the device and returns only the ID number, or NO_MATCH", async () => {
    const read = call("/v1/fingerprint/match", {});
    await waitingFor("fingerprint");
    await call("/sim/fingerprint", { idNumber: SIM_PEOPLE[0]!.idNumber });
    expect((await read).body).toEqual({ idNumber: SIM_PEOPLE[0]!.idNumber });
    const miss = call("/v1/fingerprint/match", {});
    await waitingFor("fingerprint");
    await call("/sim/fingerprint", {});
    expect(await miss).toMatchObject({ status: 404, body: { error: { code: "NO_MATCH" } } });
  });

  it("asks for the PIN with the amount; a wrong PIN declines, a good one approves with an auth code", async () => {
    const first = call("/v1/pinpad/pay", { amountFen: 10000 });
    await waitingFor("pinpad");
    expect(sim.waiting()).toEqual([
      { device: "pinpad", params: { amountFen: 10000 }, since: expect.any(String) },
    ]);
    await call("/sim/pinpad", { pin: "000000" });
    expect((await first).body).toEqual({ approved: false, reason: "wrong_pin" });
    const second = call("/v1/pinpad/pay", { amountFen: 10000 });
    await waitingFor("pinpad");
    await call("/sim/pinpad", { pin: "135790" });
    expect((await second).body).toMatchObject({ approved: true, authCode: expect.stringMatching(/^\d{6}$/) });
  });

  it("cancels reads the kiosk abandons, and times out when nothing happens", async () => {
    const read = call("/v1/scanner/read", { timeoutMs: 5000 });
    await waitingFor("scanner");
    await call("/v1/cancel", {});
    expect(await read).toMatchObject({ status: 409, body: { error: { code: "CANCELLED" } } });
    expect(await call("/v1/sscard/read", { timeoutMs: 50 })).toMatchObject({ status: 408 });
    const controller = new AbortController();
    const aborted = fetch(`${base}/v1/idcard/read`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      signal: controller.signal,
    }).catch(() => "aborted");
    await waitingFor("idcard");
    controller.abort();
    expect(await aborted).toBe("aborted");
    for (let i = 0; i < 50 && sim.waiting().length > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sim.waiting()).toEqual([]);
  });

  it("prints receipts and reports paper out", async () => {
    expect((await call("/v1/printer/print", { lines: ["自助缴费凭条", "金额：100.00 元"] })).body).toEqual({
      printed: true,
    });
    expect(sim.printed[0]!.lines).toContain("金额：100.00 元");
    await call("/sim/printer", { paperOut: true });
    expect(await call("/v1/printer/print", { lines: ["x"] })).toMatchObject({
      status: 503,
      body: { error: { code: "PAPER_OUT" } },
    });
    const devices = (await call("/v1/devices")).body.devices as { kind: string; status: string }[];
    expect(devices.find((d) => d.kind === "printer")?.status).toBe("error");
    await call("/sim/printer", { paperOut: false });
  });
});
