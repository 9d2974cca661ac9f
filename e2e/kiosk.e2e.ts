// The kiosk: 取号, 办件查询, 我的政府 and 魅力开福 (我的缴费 is in kiosk-payments.e2e.ts).
import { afterEach, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { buildResidentId, maskIdNumber } from "../packages/shared/src/index.js";
import { newPage, snap } from "./support/browser.js";
import { DEMO_PASSWORD, signIn, useServerAndBrowser } from "./support/console.js";
import { closeDevicePages, devicePage, openKiosk, registerDevice, simulator } from "./support/kiosk.js";

const YU_BING_ID = buildResidentId("430105", "1991-03-15", 24);
const env = useServerAndBrowser();
afterEach(closeDevicePages);

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const el = document.querySelector(sel)!;
    const fg = rgb(getComputedStyle(el).color);
    let node: Element | null = el;
    let bg = [255, 255, 255];
    while (node) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        bg = c.slice(0, 3);
        break;
      }
      node = node.parentElement;
    }
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  }, selector);
}

describe("取号 at the kiosk", () => {
  it("reads the ID card from the reader: 周桂兰 (78) gets an elderly-priority ticket", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await kiosk.getByTestId("tile-queue").click();
    await sim.waitFor("idcard");
    await sim.act("idcard", { idNumber: buildResidentId("430105", "1948-02-09", 115) });
    // The number read is shown masked: the kiosk's screen is public.
    const id = buildResidentId("430105", "1948-02-09", 115);
    await expect.poll(() => kiosk.getByTestId("kiosk-id").inputValue()).toBe(maskIdNumber(id));
    expect(await kiosk.locator("body").innerHTML()).not.toContain(id);
    await kiosk.getByTestId("service-A").click();
    await expect.poll(() => kiosk.getByTestId("slip").textContent()).toContain("老年人优先");
  });
});

describe("办件查询 at the kiosk", () => {
  it("余冰 puts her ID card on the reader and sees her 再生育 case, in elderly mode", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await kiosk.getByTestId("tile-cases").click();
    await sim.waitFor("idcard");
    await sim.act("idcard", { idNumber: YU_BING_ID });
    const list = kiosk.getByTestId("kiosk-case-list");
    await list
      .getByRole("button", { name: /再生育审批/ })
      .first()
      .click();
    const view = kiosk.getByTestId("kiosk-case");
    await expect.poll(() => view.textContent()).toContain("办结：准予");
    expect(await view.textContent()).toContain("欣城社区服务中心受理了您的申请");
    // Her card's number never shows in full on the public screen.
    expect(await kiosk.locator("body").innerHTML()).not.toContain(YU_BING_ID);
    // Approved and not yet handed over: where and by when to collect it.
    expect(await kiosk.getByTestId("kiosk-collect").textContent()).toContain("到欣城社区服务中心（");
    await kiosk.getByTestId("kiosk-elder").click();
    await snap(kiosk, "65-kiosk-case-elder");
    // 适老化: body ≥ 18 pt (24 px), headings ≥ 30 pt (40 px), line spacing ≥ 1.3, contrast ≥ 4.5:1.
    const sizes = await kiosk.evaluate(() => {
      const lead = getComputedStyle(document.querySelector(".kiosk .lead")!);
      return {
        body: parseFloat(lead.fontSize),
        line: parseFloat(lead.lineHeight) / parseFloat(lead.fontSize),
        heading: parseFloat(getComputedStyle(document.querySelector(".kiosk-page h1")!).fontSize),
        smallestTarget: Math.min(
          ...[...document.querySelectorAll(".kiosk button")]
            .filter((b) => b.getClientRects().length > 0)
            .map((b) => {
              const r = b.getBoundingClientRect();
              return Math.min(r.width, r.height);
            }),
        ),
      };
    });
    expect(sizes.body).toBeGreaterThanOrEqual(24);
    expect(sizes.heading).toBeGreaterThanOrEqual(40);
    expect(sizes.line).toBeGreaterThanOrEqual(1.3);
    expect(sizes.smallestTarget).toBeGreaterThanOrEqual(60);
    for (const selector of [".kiosk .lead", ".kiosk .timeline .when", ".kiosk-page h1"]) {
      expect(await contrastOf(kiosk, selector), selector).toBeGreaterThanOrEqual(4.5);
    }
    await kiosk.getByTestId("rate-5").click();
    await expect.poll(() => view.textContent()).toContain("感谢您的评价");
  });

  it("speaks English when opened with ?lang=en: its own words and the case's timeline from the server", async () => {
    const kiosk = await devicePage(env, 1080, 1920);
    await kiosk.goto(`/kiosk/?token=${await registerDevice(env, "kiosk")}&bridge=/bridge-sim/v1&lang=en`);
    await kiosk.getByTestId("tile-cases").waitFor();
    expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await kiosk.locator("body").textContent()).not.toMatch(/取号|办件查询|返回首页/);
    const sim = simulator(env);
    await kiosk.getByTestId("tile-cases").click();
    await sim.waitFor("idcard");
    await sim.act("idcard", { idNumber: YU_BING_ID });
    await kiosk
      .getByTestId("kiosk-case-list")
      .getByRole("button", { name: /再生育审批/ })
      .first()
      .click();
    const view = kiosk.getByTestId("kiosk-case");
    await expect.poll(() => view.textContent()).toContain("Decided: approved");
    expect(await view.textContent()).toContain("欣城社区服务中心 accepted your application");
    await snap(kiosk, "65c-kiosk-case-english");
    await kiosk.getByTestId("kiosk-home").click();
  });

  it("张丙一, asked for 补正, reads by when to bring what is missing", async () => {
    // The demo's 高龄津贴 case: the street office asked for his bank account copy.
    const idNumber = buildResidentId("430105", "1941-05-20", 11);
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await kiosk.getByTestId("tile-cases").click();
    await sim.waitFor("idcard");
    await sim.act("idcard", { idNumber });
    await kiosk
      .getByTestId("kiosk-case-list")
      .getByRole("button", { name: /高龄津贴/ })
      .click();
    const view = kiosk.getByTestId("kiosk-case");
    await expect.poll(() => view.textContent()).toContain("请补交本人银行账户信息复印件");
    const caseNo = /KF\d{12}/.exec((await view.textContent())!)![0];
    const progress = (await (
      await fetch(`${env.server.url}/api/v1/public/progress?caseNo=${caseNo}&idNumber=${idNumber}`)
    ).json()) as { supplementDue: string };
    expect(progress.supplementDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await kiosk.getByTestId("kiosk-supplement").textContent()).toContain(
      `请于 ${progress.supplementDue} 前携带需要补正的材料`,
    );
    // While the clock is stopped the promised date is not the day it will end on.
    expect(await view.locator(".lead").textContent()).toContain("暂停计时，办结日期相应顺延");
    expect(await view.locator(".lead").textContent()).not.toContain("承诺");
    expect(await contrastOf(kiosk, "[data-testid=kiosk-supplement]")).toBeGreaterThanOrEqual(4.5);
    await snap(kiosk, "65b-kiosk-case-supplement");
  });

  it("finds cases by fingerprint and opens one from the receipt's QR code", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await kiosk.getByTestId("tile-cases").click();
    await kiosk.getByTestId("kiosk-finger").click();
    await sim.waitFor("fingerprint");
    await sim.act("fingerprint", {}); // a finger nobody enrolled
    await expect.poll(() => kiosk.getByRole("alert").textContent()).toContain("指纹未能识别");
    await kiosk.getByTestId("kiosk-finger").click();
    await sim.waitFor("fingerprint");
    await sim.act("fingerprint", { idNumber: YU_BING_ID });
    await expect.poll(() => kiosk.getByTestId("kiosk-case-list").textContent()).toContain("再生育审批");

    // A new case accepted at the window; its receipt's QR code opens it at the kiosk.
    const login = await fetch(`${env.server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "xc.clerk", password: DEMO_PASSWORD }),
    });
    const auth = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    const items = (await (
      await fetch(`${env.server.url}/api/v1/catalog/items?q=${encodeURIComponent("失业登记")}`)
    ).json()) as { items: { code: string; name: string }[] };
    const code = items.items.find((i) => i.name === "失业登记")!.code;
    const item = (await (await fetch(`${env.server.url}/api/v1/catalog/items/${code}`)).json()) as {
      materials: { id: string }[];
    };
    const accepted = await fetch(`${env.server.url}/api/v1/cases`, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({
        itemCode: code,
        applicant: { idNumber: YU_BING_ID, name: "余冰", phone: "13900001234" },
        materials: item.materials.map((m) => ({ id: m.id, provided: true })),
      }),
    });
    expect(accepted.status).toBe(201);
    const { progressUrl } = (await accepted.json()) as { progressUrl: string };

    await kiosk.getByTestId("kiosk-home").click();
    const back = Date.now();
    await kiosk.getByTestId("tile-cases").click();
    await sim.waitFor("scanner", back);
    await sim.act("scanner", { text: "https://example.com/not-a-receipt" });
    await expect.poll(() => kiosk.getByRole("alert").textContent()).toContain("不是受理回执上的二维码");
    await sim.waitFor("scanner", back);
    await sim.act("scanner", { text: progressUrl });
    const view = kiosk.getByTestId("kiosk-case");
    await expect.poll(() => view.textContent()).toContain("失业登记");
    await snap(kiosk, "66-kiosk-case-from-qr");
  });
});

describe("我的政府 at the kiosk", () => {
  it("finds 再生育 by 二胎 and by pinyin initials, and shows what to bring", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    await kiosk.getByTestId("tile-government").click();
    await snap(kiosk, "67-kiosk-government");
    await kiosk.getByTestId("gov-guide").click();
    await kiosk.getByRole("button", { name: "二胎" }).click();
    const hits = kiosk.getByTestId("guide-hits");
    await expect.poll(() => hits.locator("button").first().textContent()).toContain("再生育审批");
    await kiosk.getByTestId("guide-q").fill("");
    await kiosk.getByTestId("guide-letters").click();
    for (const letter of "ZSY")
      await kiosk.getByTestId("guide-pad").getByRole("button", { name: letter, exact: true }).click();
    await expect.poll(() => hits.locator("button").first().textContent()).toContain("再生育审批");
    await snap(kiosk, "68-kiosk-guide-pinyin");
    await hits.locator("button").first().click();
    const detail = kiosk.getByTestId("guide-detail");
    await expect.poll(() => detail.textContent()).toContain("需要带的材料");
    expect(await detail.textContent()).toContain("居民身份证");
  });

  it("shows 社保 records only after the card and the resident's consent, and books a doctor", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    const sim = simulator(env);
    await kiosk.getByTestId("tile-government").click();
    await kiosk.getByTestId("gov-social-security").click();
    await sim.waitFor("sscard");
    await sim.act("sscard", { idNumber: YU_BING_ID });
    await kiosk.getByTestId("consent").waitFor();
    expect(await kiosk.getByTestId("consent").textContent()).toContain("余冰");
    await kiosk.getByTestId("consent-yes").click();
    await expect
      .poll(() => kiosk.getByTestId("personal-result").textContent())
      .toContain("企业职工基本养老保险");
    await snap(kiosk, "69-kiosk-social-security");

    await kiosk.getByTestId("gov-back").click();
    await kiosk.getByTestId("gov-registration").click();
    const list = kiosk.getByTestId("registration-list");
    await list.getByRole("button", { name: /长沙市第一医院/ }).click();
    await list.getByRole("button", { name: /呼吸内科/ }).click();
    await list.locator("button").first().click();
    const slotChosen = Date.now();
    await list.locator("button:not([disabled])").first().click();
    await sim.waitFor("idcard", slotChosen);
    await sim.act("idcard", { idNumber: YU_BING_ID });
    await expect.poll(() => kiosk.getByTestId("booking-confirm").textContent()).toContain("余冰");
    await kiosk.getByTestId("booking-yes").click();
    await expect.poll(() => kiosk.getByTestId("booking").textContent()).toContain("预约成功");
    expect((await sim.state()).printed[0]!.lines[0]).toBe("预约挂号凭条");
  });

  it("looks up a car's violations with the plate and the engine number", async () => {
    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    await kiosk.getByTestId("tile-government").click();
    await kiosk.getByTestId("gov-violations").click();
    await kiosk.getByTestId("plate").fill("AD12345");
    await kiosk.getByTestId("engine-tail").fill("000000");
    await kiosk.getByTestId("violations-search").click();
    await expect.poll(() => kiosk.getByRole("alert").textContent()).toContain("不匹配");
    await kiosk.getByTestId("engine-tail").fill("246810");
    await kiosk.getByTestId("violations-search").click();
    await expect.poll(() => kiosk.getByTestId("violations").textContent()).toContain("湘AD12345");
  });
});

describe("魅力开福", () => {
  it("is edited in the console by the district administrator and shown on the kiosk", async () => {
    const console = await newPage(env.browser, env.server.url);
    await signIn(console, "kf.admin");
    await console.goto("/admin");
    await console.getByRole("tab", { name: "魅力开福" }).click();
    const body = console.getByTestId("district-body").first();
    await body.waitFor();
    await body.fill("开福区位于长沙市北部。\n\n本段由浏览器测试写入。");
    await console.getByTestId("district-save").first().click();
    await console.getByText("已保存").waitFor();
    await snap(console, "70-console-district-pages");

    const kiosk = await openKiosk(env, await registerDevice(env, "kiosk"));
    await kiosk.getByTestId("tile-district").click();
    const page = kiosk.getByTestId("district-page");
    await expect.poll(() => page.textContent()).toContain("本段由浏览器测试写入");
    await expect
      .poll(() => page.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await kiosk.getByRole("tab", { name: "人文历史" }).click();
    await expect.poll(() => page.textContent()).toContain("开福寺");
    await snap(kiosk, "71-kiosk-district");
  });
});
