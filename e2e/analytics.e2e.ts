import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, newPage, snap } from "./support/browser.js";
import { DEMO_PASSWORD, signIn } from "./support/console.js";
import { startServer, type RunningServer } from "./support/server.js";

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  // A year of generated history on top of the demo district.
  server = await startServer(
    [],
    [
      ["seed", "--demo"],
      ["generate", "--cases", "4000", "--years", "1"],
    ],
  );
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function apiAs(username: string) {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  return (path: string, body?: unknown) =>
    fetch(`${server.url}/api/v1${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

const received = async (page: Page) =>
  Number(
    (await page.getByTestId("totals").locator(".ant-statistic-content-value").first().textContent())?.replace(
      /,/g,
      "",
    ),
  );

describe("统计分析 dashboard", () => {
  it("drills down district → street → community, and exports the tables", async () => {
    const page = await newPage(browser, server.url);
    await signIn(page, "kf.supervisor");
    await page.goto("/dashboard");
    await expect.poll(() => page.getByTestId("scope-name").textContent()).toContain("开福区");
    await page.getByLabel("from").fill("2025-01");
    await expect.poll(() => received(page)).toBeGreaterThan(3000);
    const district = await received(page);
    await expect.poll(() => page.getByTestId("children-chart").locator("svg").count()).toBe(1);
    await snap(page, "50-dashboard-district");

    await page.getByTestId("children-table").getByRole("button", { name: "芙蓉北路街道办事处" }).click();
    await expect.poll(() => page.getByTestId("scope-name").textContent()).toBe("芙蓉北路街道办事处");
    await expect.poll(() => received(page)).toBeLessThan(district);
    expect(page.url()).toContain("org=430105001000");
    await expect.poll(() => page.getByTestId("children-table").textContent()).toContain("欣城社区");
    await snap(page, "51-dashboard-street");

    const exported = await page.getByTestId("export").getAttribute("href");
    const xlsx = await page.request.get(exported!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

    await page
      .getByTestId("children-table")
      .getByRole("button", { name: /欣城社区/ })
      .click();
    await expect.poll(() => page.getByTestId("scope-name").textContent()).toContain("欣城社区");
    await expect.poll(() => page.getByTestId("children-table").count()).toBe(0);
    await snap(page, "52-dashboard-community");
    await page.getByTestId("drill-up").click();
    await expect.poll(() => page.getByTestId("scope-name").textContent()).toBe("芙蓉北路街道办事处");

    await page.getByRole("tab", { name: "工作量" }).click();
    await expect.poll(() => page.getByTestId("offices-table").locator("tbody tr").count()).toBeGreaterThan(0);
    await snap(page, "53-dashboard-workload");
  });
});

describe("督办 and 好差评 between the supervision centre and an office", () => {
  it("sends an order the office acknowledges and answers; a 差评 is called back and rectified", async () => {
    const clerk = await apiAs("xc.clerk");
    const mine = (await (await clerk(`/kiosk/cases?idNumber=430105199103150246`)).json()) as {
      items?: { caseNo: string; status: string; itemName: string }[];
    };
    const done = mine.items?.find((c) => c.status === "approved");
    expect(done, JSON.stringify(mine)).toBeDefined();
    const rated = await fetch(`${server.url}/api/v1/public/evaluations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        caseNo: done!.caseNo,
        idNumber: "430105199103150246",
        level: 2,
        comment: "排队太久",
      }),
    });
    expect(rated.status).toBe(201);

    const sup = await newPage(browser, server.url);
    await signIn(sup, "kf.supervisor");
    await sup.getByRole("tab", { name: "督办" }).click();
    await sup.getByTestId("order-case").fill(done!.caseNo);
    await sup.getByTestId("order-org").fill("430105001001");
    await sup.getByTestId("order-message").fill("群众反映排队久，请说明情况");
    await sup.getByTestId("order-send").click();
    await expect.poll(() => sup.getByTestId("orders-table").textContent()).toContain("未签收");

    await sup.getByRole("tab", { name: "好差评" }).click();
    const row = sup.getByTestId("ratings-table").locator("tbody tr", { hasText: "排队" }).first();
    await expect.poll(() => row.textContent()).toContain("不满意");
    await row.getByRole("button", { name: "登记回访" }).click();
    await sup.getByRole("button", { name: "查看完整号码" }).click();
    await expect.poll(() => sup.locator(".ant-modal").textContent()).toContain("13900001234");
    await sup.getByLabel("已联系到评价人").check();
    await sup.getByLabel("回访记录").fill("已电话回访，解释了高峰时段");
    await snap(sup, "54-supervision-callback");
    await sup.getByRole("button", { name: /确\s*定|OK/ }).click();
    await expect.poll(() => row.getByRole("button", { name: "登记回访" }).count()).toBe(0);

    const office = await newPage(browser, server.url);
    await signIn(office, "xc.approver");
    await office.goto("/inbox");
    const order = office.getByTestId("inbox-orders").locator("tbody tr").first();
    await order.getByTestId("order-ack").click();
    await expect.poll(() => order.textContent()).toContain("已签收");
    await order.getByTestId("order-answer").click();
    await office.getByTestId("order-answer-text").fill("已增设高峰时段弹性窗口");
    await office.getByRole("button", { name: /确\s*定|OK/ }).click();
    await expect.poll(() => order.textContent()).toContain("已答复");
    const rating = office.getByTestId("inbox-ratings").locator("tbody tr").first();
    expect(await office.getByTestId("inbox-ratings").textContent()).not.toContain(done!.caseNo);
    await rating.getByRole("button", { name: "填写整改情况" }).click();
    await office.getByRole("textbox", { name: "整改情况" }).fill("高峰时段增开一个综合窗口");
    await office.getByRole("button", { name: /确\s*定|OK/ }).click();
    await expect.poll(() => rating.textContent()).toContain("已整改");
    await snap(office, "55-office-inbox");

    await sup.reload();
    await sup.getByRole("tab", { name: "督办" }).click();
    await expect.poll(() => sup.getByTestId("orders-table").textContent()).toContain("已答复");
  });
});
