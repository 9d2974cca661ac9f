import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, newPage, snap } from "./support/browser.js";
import { DEMO_PASSWORD, signIn } from "./support/console.js";
import { runNow } from "./support/clock.js";
import { startServer, type RunningServer } from "./support/server.js";

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(["--test-clock"]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("电子监察 in the console", () => {
  it("shows red cards once the demo's open steps are long overdue, and searches the sealed audit log", async () => {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "kf.admin", password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const later = new Date(runNow().getTime() + 40 * 86_400_000).toISOString();
    const moved = await fetch(`${server.url}/api/v1/admin/clock`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ now: later }),
    });
    expect(moved.status).toBe(200);

    const page = await newPage(browser, server.url);
    await signIn(page, "kf.supervisor");
    await page.waitForURL("**/supervision");
    const table = page.getByTestId("alerts-table");
    await expect.poll(() => table.locator("tbody tr .ant-tag").first().textContent()).toBe("红牌");
    await snap(page, "40-supervision-alerts");

    await page.getByRole("tab", { name: "审计日志" }).click();
    await expect.poll(() => page.getByTestId("chain-status").textContent()).toContain("审计哈希链完整");
    await page.getByTestId("audit-username").fill("xc.clerk");
    await page.getByRole("button", { name: /查\s*询/ }).click();
    await expect
      .poll(() => page.getByTestId("audit-table").locator("tbody").textContent())
      .toContain("欣城综窗甲");
    expect(await page.getByTestId("audit-table").locator("tbody").textContent()).toContain("受理办件");
    await snap(page, "41-supervision-audit");
  });
});
