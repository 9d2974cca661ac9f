// 我的缴费 at the kiosk: 话费 and utility bills paid by bank card at the PIN pad, and the idle
// return that must not interrupt a payment (the kiosk's other services are in kiosk.e2e.ts).
import { afterEach, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { snap } from "./support/browser.js";
import { DEMO_PASSWORD, useServerAndBrowser } from "./support/console.js";
import { closeDevicePages, devicePage, openKiosk, registerDevice, simulator } from "./support/kiosk.js";

const LI_HUI_PHONE = "13807310001";
const env = useServerAndBrowser();
afterEach(closeDevicePages);

/** Counts the resident's touches, so the test states how much work a flow takes. */
function toucher() {
  let count = 0;
  return {
    async tap(target: Locator) {
      count += 1;
      await target.click();
    },
    get count() {
      return count;
    },
  };
}

async function typeOnPad(page: Page, touch: ReturnType<typeof toucher>, digits: string) {
  for (const d of digits)
    await touch.tap(page.getByTestId("pay-pad").getByRole("button", { name: d, exact: true }));
}

describe("我的缴费 at the kiosk", () => {
  it("李慧 tops up 100 元 of phone credit: number twice, amount, PIN on the pad, printed receipt, rating", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await snap(kiosk, "60-kiosk-home");
    const touch = toucher();
    const started = Date.now();
    await touch.tap(kiosk.getByTestId("tile-payments"));
    await touch.tap(kiosk.getByTestId("biller-mobile"));
    await typeOnPad(kiosk, touch, LI_HUI_PHONE);
    await typeOnPad(kiosk, touch, LI_HUI_PHONE);
    expect(await kiosk.getByTestId("pay-account-again").inputValue()).toBe(LI_HUI_PHONE);
    await snap(kiosk, "61-kiosk-mobile-number");
    await touch.tap(kiosk.getByTestId("pay-next"));
    const bill = kiosk.getByTestId("pay-bill");
    await expect.poll(() => bill.textContent()).toContain("李*");
    expect(await bill.textContent()).toContain("138****0001");
    await touch.tap(kiosk.getByTestId("pay-amount-10000"));
    await touch.tap(kiosk.getByTestId("pay-next"));
    await touch.tap(kiosk.getByTestId("pay-confirm"));
    // At the PIN pad: the kiosk asks the bridge for the amount; the resident types the PIN there.
    const waiting = await sim.waitFor("pinpad");
    expect(waiting.params.amountFen).toBe(10000);
    await snap(kiosk, "62-kiosk-pin");
    await sim.act("pinpad", { pin: "246810" });
    const result = kiosk.getByTestId("pay-result");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain("缴费成功");
    await expect.poll(() => result.textContent()).toContain("凭条已打印");
    const printed = (await sim.state()).printed[0]!.lines.join("\n");
    expect(printed).toContain("金额：100.00 元");
    expect(printed).toContain("138****0001");
    expect(printed).not.toContain(LI_HUI_PHONE);
    await snap(kiosk, "63-kiosk-paid");
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `李慧's top-up: ${touch.count} touches on screen + the PIN on the pad, ${seconds.toFixed(1)} s`,
    );
    expect(touch.count).toBeLessThanOrEqual(30);
    // The 好差评 screen follows the transaction; rating it and going home wipes the screen.
    await kiosk.getByTestId("rate-5").click();
    await expect.poll(() => result.textContent()).toContain("感谢您的评价");
    await kiosk.getByTestId("rate-done").click();
    await kiosk.getByTestId("tile-payments").click();
    await kiosk.getByTestId("biller-mobile").waitFor();
  });

  it("catches a mistyped second number, a wrong PIN and an empty printer, and still pays once", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await kiosk.getByTestId("tile-payments").click();
    await kiosk.getByTestId("biller-mobile").click();
    await kiosk.getByTestId("pay-account").fill(LI_HUI_PHONE);
    await kiosk.getByTestId("pay-account-again").fill("13807310002");
    await kiosk.getByTestId("pay-next").click();
    await expect.poll(() => kiosk.getByRole("alert").textContent()).toContain("两次输入的手机号码不一致");
    await kiosk.getByTestId("kiosk-home").click();

    await kiosk.getByTestId("tile-payments").click();
    await kiosk.getByTestId("biller-water").click();
    await kiosk.getByTestId("pay-account").fill("10010001");
    await kiosk.getByTestId("pay-next").click();
    const bill = kiosk.getByTestId("pay-bill");
    await expect.poll(() => bill.textContent()).toContain("余*");
    await snap(kiosk, "64-kiosk-water-bill");
    // The bill's amount is preselected.
    await kiosk.getByTestId("pay-next").click();
    await kiosk.getByTestId("pay-confirm").click();
    await sim.waitFor("pinpad");
    await sim.act("pinpad", { pin: "000000" });
    await expect.poll(() => kiosk.getByRole("alert").textContent()).toContain("银行卡密码不正确");
    await sim.act("printer", { paperOut: true });
    await kiosk.getByTestId("pay-confirm").click();
    await sim.waitFor("pinpad");
    await sim.act("pinpad", { pin: "135790" });
    const result = kiosk.getByTestId("pay-result");
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain("缴费成功");
    await expect.poll(() => result.textContent()).toContain("凭条没有打印出来");
    await sim.act("printer", { paperOut: false });
    const orderNo = (await result.locator("dd").first().textContent())!;
    // Staff see exactly one order for this payment.
    const login = await fetch(`${env.server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "kf.admin", password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const orders = (await (
      await fetch(`${env.server.url}/api/v1/payments/orders`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items: { orderNo: string; biller: string; status: string }[] };
    expect(orders.items.filter((o) => o.biller === "water")).toEqual([
      expect.objectContaining({ orderNo, status: "succeeded" }),
    ]);
    await kiosk.getByTestId("rate-done").click();
    await kiosk.getByTestId("tile-payments").waitFor();
  });
});

describe("idle return", () => {
  it("goes home after 60 s without a touch, but not while a payment waits at the PIN pad", async () => {
    const page = await devicePage(env, 1080, 1920);
    await page.clock.install();
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"), page);
    const sim = simulator(env);
    await kiosk.getByTestId("tile-payments").click();
    await kiosk.getByTestId("biller-mobile").click();
    await kiosk.getByTestId("pay-account").fill(LI_HUI_PHONE);
    await kiosk.getByTestId("pay-account-again").fill(LI_HUI_PHONE);
    await kiosk.getByTestId("pay-next").click();
    await kiosk.getByTestId("pay-amount-5000").click();
    await kiosk.getByTestId("pay-next").click();
    const started = Date.now();
    await kiosk.getByTestId("pay-confirm").click();
    await sim.waitFor("pinpad", started);
    await kiosk.clock.runFor(61_000);
    expect(await kiosk.getByTestId("pay-pin").isVisible()).toBe(true);
    await sim.act("pinpad", { cancel: true });
    await kiosk.getByTestId("pay-confirm").waitFor();
    await kiosk.clock.runFor(61_000);
    await kiosk.getByTestId("tile-payments").waitFor();
    expect(await kiosk.getByTestId("pay-account").count()).toBe(0);
  });
});
