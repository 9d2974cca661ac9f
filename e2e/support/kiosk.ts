import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_PASSWORD } from "./console.js";
import type { RunningServer } from "./server.js";
import { followRunClock } from "./clock.js";

const XINCHENG = "430105001001";
type Env = { server: RunningServer; browser: Browser };

/** Registers a kiosk or hall display at 欣城 as its administrator would; returns the device token. */
export async function registerDevice(env: Env, kind: "kiosk" | "display"): Promise<string> {
  const login = await fetch(`${env.server.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "xc.admin", password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${env.server.url}/api/v1/admin/devices`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: kind === "kiosk" ? "欣城取号机" : "欣城叫号屏", siteCode: XINCHENG, kind }),
  });
  return ((await res.json()) as { token: string }).token;
}

const opened: BrowserContext[] = [];

/**
 * Closes the device pages a test opened. The demo server has one device-bridge simulator, as a
 * kiosk has one bridge: a kiosk left open from an earlier test would keep reading its devices.
 */
export async function closeDevicePages() {
  await Promise.all(opened.splice(0).map((c) => c.close()));
}

/** A page of a given size; speech is captured (window.__spoken) instead of played. */
export async function devicePage(env: Env, width: number, height: number): Promise<Page> {
  const context = await env.browser.newContext({
    baseURL: env.server.url,
    viewport: { width, height },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  opened.push(context);
  await followRunClock(context);
  await context.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    if ("speechSynthesis" in window) {
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        if (u.text) spoken.push(u.text);
      };
    }
  });
  return context.newPage();
}

/** The demo server's device-bridge simulator: what a person does at the kiosk's devices. */
export function simulator(env: Env) {
  const base = `${env.server.url}/bridge-sim/sim`;
  const state = async () =>
    (await (await fetch(`${base}/state`)).json()) as {
      waiting: { device: string; params: { amountFen?: number }; since: string }[];
      printed: { lines: string[] }[];
    };
  return {
    state,
    /**
     * Waits until the kiosk listens on `device` (so the test acts when a person would); with
     * `after`, only a read begun after that moment counts (not one an earlier screen left behind).
     */
    async waitFor(device: string, after = 0) {
      for (let i = 0; i < 200; i++) {
        const s = await state();
        const w = s.waiting.find((x) => x.device === device && Date.parse(x.since) >= after);
        if (w) return w;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the kiosk never waited on ${device}`);
    },
    async act(device: string, body: object) {
      const res = await fetch(`${base}/${device}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return res.json() as Promise<Record<string, unknown>>;
    },
  };
}

/** Opens the kiosk with its device token and the simulator as its bridge. */
export async function openKiosk(env: Env, token: string, page?: Page): Promise<Page> {
  const kiosk = page ?? (await devicePage(env, 1080, 1920));
  await kiosk.goto(`/kiosk/?token=${token}&bridge=/bridge-sim/v1`);
  await kiosk.getByTestId("tile-cases").waitFor();
  return kiosk;
}
