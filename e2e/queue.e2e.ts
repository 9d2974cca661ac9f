import { describe, expect, it } from "vitest";
import { buildResidentId } from "../packages/shared/src/index.js";
import { newPage, snap } from "./support/browser.js";
import { signIn, useServerAndBrowser } from "./support/console.js";
import { devicePage, registerDevice } from "./support/kiosk.js";

const YU_BING_ID = buildResidentId("430105", "1991-03-15", 24);
const env = useServerAndBrowser();

describe("a ticket from the kiosk to the window", () => {
  it("is taken on the kiosk, called at the console, shown and spoken on the hall display", async () => {
    const [kioskToken, displayToken] = await Promise.all([
      registerDevice(env, "kiosk"),
      registerDevice(env, "display"),
    ]);

    const display = await devicePage(env, 1920, 1080);
    await display.goto(`/display/?token=${displayToken}`);
    await display.getByTestId("enable-sound").click();
    await expect.poll(() => display.getByTestId("display-status").textContent()).toContain("已连接");
    expect(new URL(display.url()).search).toBe(""); // the token leaves the address bar

    const kiosk = await devicePage(env, 1080, 1920);
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
    const phone = await devicePage(env, 390, 844);
    await phone.goto(positionUrl.pathname);
    await expect.poll(() => phone.getByTestId("queue-position").textContent()).toContain("请到 2号窗口 办理");
    await snap(phone, "34-queue-position");

    // Intake starts from the called ticket with the ID read at the kiosk.
    await console.getByRole("button", { name: "开始受理" }).click();
    await console.getByTestId("intake-ticket").waitFor();
    await expect.poll(() => console.getByTestId("intake-name").inputValue()).toBe("余冰");
    await snap(console, "35-intake-from-ticket");
  });
});

describe("a lost answer at the counter", () => {
  it("pressing 叫下一位 again after the answer was lost shows the ticket already called, and calls no second one", async () => {
    const console = await newPage(env.browser, env.server.url);
    await signIn(console, "xc.clerk");
    await console.goto("/queue");
    // Signed in at a counter already (the test above), or picking a free one now.
    const callNext = console.getByRole("button", { name: "叫下一位" });
    const free = console.getByRole("button", { name: /号窗口/ });
    await expect.poll(async () => (await callNext.count()) + (await free.count())).toBeGreaterThan(0);
    if ((await callNext.count()) === 0) await free.first().click();
    await callNext.waitFor();
    const waiting = async () =>
      (
        (await (await console.request.get("/api/v1/queue/sites/430105001001/line")).json()) as {
          items: unknown[];
        }
      ).items.length;
    const before = await waiting();
    let lost = "";
    await console.route("**/api/v1/queue/counters/*/call", async (route) => {
      const answer = await route.fetch();
      lost = ((await answer.json()) as { ticket: { number: string } }).ticket.number;
      await route.abort("connectionreset");
    });
    await callNext.click();
    await console.getByText("没有收到服务器的答复").waitFor();
    expect(lost).toMatch(/^[A-Z]\d{3}$/);
    await console.unroute("**/api/v1/queue/counters/*/call");
    await callNext.click();
    await expect.poll(() => console.getByTestId("current-ticket").textContent()).toBe(lost);
    // One ticket left the line, not two.
    expect(await waiting()).toBe(before - 1);
  });
});
