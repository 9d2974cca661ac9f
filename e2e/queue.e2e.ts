import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { buildResidentId } from "../packages/shared/src/index.js";
import { newPage, snap } from "./support/browser.js";
import { DEMO_PASSWORD, signIn, useServerAndBrowser } from "./support/console.js";

const XINCHENG = "430105001001";
const YU_BING_ID = buildResidentId("430105", "1991-03-15", 24);
const env = useServerAndBrowser();

async function registerDevice(kind: "kiosk" | "display"): Promise<string> {
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

/** A page of a given size; the display's speech is captured instead of played. */
async function devicePage(width: number, height: number): Promise<Page> {
  const context = await env.browser.newContext({
    baseURL: env.server.url,
    viewport: { width, height },
    locale: "zh-CN",
  });
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

describe("a ticket from the kiosk to the window", () => {
  it("is taken on the kiosk, called at the console, shown and spoken on the hall display", async () => {
    const [kioskToken, displayToken] = await Promise.all([
      registerDevice("kiosk"),
      registerDevice("display"),
    ]);

    const display = await devicePage(1920, 1080);
    await display.goto(`/display/?token=${displayToken}`);
    await display.getByTestId("enable-sound").click();
    await expect.poll(() => display.getByTestId("display-status").textContent()).toContain("已连接");
    expect(new URL(display.url()).search).toBe(""); // the token leaves the address bar

    const kiosk = await devicePage(1080, 1920);
    await kiosk.goto(`/kiosk/?token=${kioskToken}`);
    await snap(kiosk, "29-kiosk-home");
    await kiosk.getByTestId("tile-queue").click();
    await kiosk.getByTestId("service-A").waitFor();
    await snap(kiosk, "30-kiosk-take-number");
    await kiosk.getByTestId("kiosk-id").fill(YU_BING_ID);
    await kiosk.getByTestId("service-A").click();
    // The demo hall already has people waiting (four of them in group A).
    const number = (await kiosk.getByTestId("slip-number").textContent())!.trim();
    expect(number).toBe("A005");
    expect(await kiosk.getByTestId("slip").textContent()).toContain("您前面还有 4 人");
    const positionUrl = new URL((await kiosk.getByTestId("slip").locator("img").getAttribute("data-url"))!);
    await snap(kiosk, "31-kiosk-slip");
    // The display learns that one more person waits.
    await expect.poll(() => display.locator(".waiting").textContent()).toContain("综合业务5");

    const console = await newPage(env.browser, env.server.url);
    await signIn(console, "xc.clerk");
    await console.goto("/queue");
    await console.getByRole("button", { name: /2号窗口/ }).click();
    const row = console.locator("tr", { hasText: number });
    await row.waitFor();
    // The line explains itself: the 78-year-old (priority from her ID number) and the reason.
    expect(await console.locator("tr", { hasText: "老年人" }).textContent()).toContain("按取号先后");
    await snap(console, "32-queue-console");
    // The clerk calls the kiosk's ticket by name (the others were there before the test).
    await row.getByRole("button", { name: "叫此号" }).click();
    await expect.poll(() => console.getByTestId("current-ticket").textContent()).toBe(number);

    await expect
      .poll(() => display.getByTestId("display-current").textContent())
      .toBe(`请${number}号到 2号窗口 办理`);
    await expect
      .poll(() => display.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken))
      .toContain(`请${number}号到2号窗口办理`);
    await snap(display, "33-hall-display");

    // The resident's phone shows where to go.
    const phone = await devicePage(390, 844);
    await phone.goto(positionUrl.pathname);
    await expect.poll(() => phone.getByTestId("queue-position").textContent()).toContain("请到 2号窗口 办理");
    await snap(phone, "34-queue-position");

    // Intake starts from the called ticket with the ID read at the kiosk.
    await console.getByRole("button", { name: "开始受理" }).click();
    await console.getByTestId("intake-ticket").waitFor();
    await expect.poll(() => console.getByTestId("intake-name").inputValue()).toBe("余冰");
    await snap(console, "35-intake-from-ticket");
  });

  it("on the kiosk, 余冰 reads her ID card, follows her 再生育 case and rates it", async () => {
    const token = await registerDevice("kiosk");
    const kiosk = await devicePage(1080, 1920);
    await kiosk.goto(`/kiosk/?token=${token}`);
    await kiosk.getByTestId("tile-cases").click();
    await kiosk.getByTestId("kiosk-case-id").fill(YU_BING_ID);
    await kiosk.getByTestId("kiosk-case-lookup").click();
    const list = kiosk.getByTestId("kiosk-case-list");
    await list
      .getByRole("button", { name: /再生育审批/ })
      .first()
      .click();
    const view = kiosk.getByTestId("kiosk-case");
    await expect.poll(() => view.textContent()).toContain("办结：准予");
    expect(await view.textContent()).toContain("欣城社区服务中心受理了您的申请");
    await kiosk.getByTestId("kiosk-elder").click();
    await snap(kiosk, "36-kiosk-case-elder");
    // The elder mode's body text is at least 18 pt (24 px); headings at least 30 pt (40 px).
    const sizes = await kiosk.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector(".kiosk .lead")!).fontSize),
      heading: parseFloat(getComputedStyle(document.querySelector(".kiosk-page h1")!).fontSize),
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(24);
    expect(sizes.heading).toBeGreaterThanOrEqual(40);
    await kiosk.getByTestId("rate-5").click();
    await expect.poll(() => view.textContent()).toContain("感谢您的评价");
    await kiosk.getByTestId("kiosk-home").click();
    await kiosk.getByTestId("tile-cases").waitFor();
  });
});
