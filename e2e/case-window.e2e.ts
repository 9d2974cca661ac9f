// The window's other ways with a case: 收件 examined later, documents on file, a lost answer,
// 办件查询, 撤回申请 and 延长办理期限 (the main flow is in cases.e2e.ts).
import { describe, expect, it } from "vitest";
import { buildResidentId } from "../packages/shared/src/index.js";
import { newPage, snap } from "./support/browser.js";
import { signIn, useServerAndBrowser } from "./support/console.js";
import { chooseWithEveryMaterial, windowWithYuBing, YU_BING_ID } from "./support/window.js";

const env = useServerAndBrowser();

describe("收件 at the window, examined later", () => {
  it("receives 余冰's materials with a 收件回执, then answers one with a 一次性告知 and accepts another", async () => {
    const page = await windowWithYuBing(env);
    const receiveItem = async () => {
      await page.getByTestId("intake-item").click();
      await page.keyboard.type("独生子女父母光荣证");
      await page.locator(".ant-select-item-option", { hasText: "独生子女父母光荣证" }).click();
      await page.getByTestId("material-m1").waitFor();
      await page.getByTestId("intake-receive").click();
      const slip = page.getByTestId("receipt-slip");
      await expect.poll(() => slip.textContent()).toContain("逾期未告知的，自收到材料之日起即为受理");
      return slip;
    };
    const slip = await receiveItem();
    expect(await slip.textContent()).toMatch(/SJ\d{14}/);
    await snap(page, "40-intake-receipt-slip");
    await page.getByTestId("receipt-slip-done").click();

    const panel = page.getByTestId("receipts-panel");
    await expect.poll(() => panel.getByTestId("receipt-notify").count()).toBe(1);
    await snap(page, "41-intake-receipts-panel");
    await panel.getByTestId("receipt-notify").click();
    await page.getByTestId("receipt-notify-confirm").click();
    await expect.poll(() => page.getByTestId("receipt-done").textContent()).toContain("已一次性告知");
    await page.getByTestId("receipt-notice-pdf").waitFor();
    await page.getByTestId("receipt-close").click();
    await expect.poll(() => panel.getByTestId("receipt-notify").count()).toBe(0);

    // Read 余冰 again for a second application, received and then accepted once everything is there.
    await page.getByTestId("intake-id").locator("input").fill(YU_BING_ID);
    await page.getByTestId("intake-id").locator("input").press("Enter");
    await expect.poll(() => page.getByTestId("intake-name").inputValue()).toBe("余冰");
    await receiveItem();
    await page.getByTestId("receipt-slip-done").click();
    await panel.getByTestId("receipt-accept").click();
    const boxes = page.getByTestId("receipt-materials").locator("input[type=checkbox]");
    await boxes.first().waitFor();
    for (const box of await boxes.all()) if (!(await box.isChecked())) await box.check();
    await page.getByTestId("receipt-accept-confirm").click();
    await expect
      .poll(() => page.getByTestId("receipt-done").textContent())
      .toMatch(/已受理，办件编号 KF\d{12}/);
  });
});

describe("documents on file", () => {
  it("offers 余冰's verified ID card again at her next application, one click to reuse", async () => {
    const page = await windowWithYuBing(env);
    await page.getByTestId("intake-item").click();
    await page.keyboard.type("就业创业证申领");
    await page.locator(".ant-select-item-option", { hasText: "就业创业证申领" }).click();
    await page.getByTestId("material-m1").waitFor();
    // The first test accepted her 独生子女父母光荣证 with her ID card checked at the window (B).
    const label = page.getByTestId("material-m1").locator("xpath=ancestor::label[1]");
    expect(await label.textContent()).toContain("已存档 · B 级");
    await page.getByTestId("reuse-documents").click();
    await expect.poll(() => page.getByTestId("material-m1").isChecked()).toBe(true);
    await snap(page, "42-intake-documents-on-file");
  });
});

describe("a lost answer at the window", () => {
  it("pressing 受理 again after the network dropped the answer shows the same case, not a second one", async () => {
    const page = await windowWithYuBing(env);
    await chooseWithEveryMaterial(page, "独生子女父母光荣证");
    // The server accepts the case, but its answer never reaches the browser.
    let lost = "";
    await page.route("**/api/v1/cases", async (route) => {
      const answer = await route.fetch();
      lost = ((await answer.json()) as { caseNo: string }).caseNo;
      await route.abort("connectionreset");
    });
    await page.getByRole("button", { name: /^受\s*理$/ }).click();
    await page.getByText("没有收到服务器的答复").waitFor();
    await snap(page, "43-intake-no-answer");
    expect(lost).toMatch(/^KF\d{12}$/);
    await page.unroute("**/api/v1/cases");
    const accept = page.getByTestId("intake-accept");
    await expect.poll(() => accept.isEnabled(), { timeout: 10_000 }).toBe(true);
    await snap(page, "43b-intake-press-again");
    await accept.click();
    await page.getByTestId("accepted-case-no").waitFor();
    expect(await page.getByTestId("accepted-case-no").textContent()).toContain(lost);
  });
});

describe("办件查询", () => {
  it("a clerk finds a resident's cases by ID number, opens one and comes back to the same list", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.clerk");
    await page.waitForURL("**/intake");
    await page.getByRole("menuitem", { name: "办件查询" }).click();
    await page.waitForURL("**/cases");
    const rows = page.getByTestId("cases-table").locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);

    await page.getByTestId("cases-q").fill(YU_BING_ID);
    await page.getByTestId("cases-q").press("Enter");
    // Only her cases are listed (the list before the search had everyone's).
    const names = () => rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent));
    await expect.poll(async () => new Set(await names())).toEqual(new Set(["余*"]));
    const found = await rows.count();
    expect(await page.getByTestId("cases-table").textContent()).not.toContain(YU_BING_ID);
    expect(page.url()).not.toContain(YU_BING_ID);
    await snap(page, "44-cases-search");

    const caseNo = (await rows.first().getByRole("link").textContent())!;
    await rows.first().getByRole("link").click();
    await page.waitForURL(`**/cases/${caseNo}`);
    await page.getByTestId("case-status").waitFor();
    await page.goBack();
    await expect.poll(() => rows.count()).toBe(found);
    expect(await page.getByTestId("cases-q").inputValue()).toBe(YU_BING_ID);

    // A misread card (wrong check digit) says what is wrong instead of finding nothing.
    const misread = `${YU_BING_ID.slice(0, 17)}${YU_BING_ID.endsWith("0") ? "1" : "0"}`;
    await page.getByTestId("cases-q").fill(misread);
    await page.getByTestId("cases-search").click();
    await expect
      .poll(() => page.getByTestId("cases-error").textContent())
      .toContain("身份证号码 (q)校验码不正确");
    await snap(page, "44b-cases-search-misread");
  });
});

describe("撤回申请", () => {
  it("the window withdraws an application at the applicant's written request", async () => {
    const page = await windowWithYuBing(env);
    await chooseWithEveryMaterial(page, "独生子女父母光荣证");
    await page.getByTestId("intake-accept").click();
    await page.getByTestId("accepted-case-no").waitFor();
    const caseNo = /KF\d{12}/.exec((await page.getByTestId("accepted-case-no").textContent())!)![0];
    await page.goto(`/cases/${caseNo}`);
    await page.getByTestId("withdraw-open").click();
    const dialog = page.getByRole("dialog");
    // Without a reason nothing is sent.
    await dialog.getByRole("button", { name: "确认撤回" }).click();
    await dialog.getByText("请填写撤回原因").waitFor();
    await page.getByTestId("withdraw-reason").fill("申请人书面申请撤回，材料已退还");
    await snap(page, "45-case-withdraw");
    await dialog.getByRole("button", { name: "确认撤回" }).click();
    await expect.poll(() => page.getByTestId("case-status").textContent()).toBe("已撤回");
    expect(await page.getByTestId("case-timeline").textContent()).toContain(
      "申请人撤回申请，办理终止（申请人书面申请撤回，材料已退还）",
    );
    expect(await page.getByTestId("withdraw-open").count()).toBe(0);
    await snap(page, "45b-case-withdrawn");
  });
});

describe("延长办理期限", () => {
  it("the community extends the deadline of a 最低生活保障 case with a reason the applicant is told", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "jw.approver");
    await page.waitForURL("**/tasks");
    // The demo's 最低生活保障 case at 江湾 waits for the community's 协助调查 (15 working days may be added).
    await page.locator("tr", { hasText: "最低生活保障" }).getByRole("link").click();
    await page.getByTestId("act-panel").waitFor();
    const before = (await page.getByTestId("case-deadline").textContent()) ?? "";
    await page.getByTestId("extend-open").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("extend-days").fill("20");
    await dialog.getByTestId("extend-reason").fill("需入户核查家庭经济状况");
    await dialog.getByRole("button", { name: "确认延长" }).click();
    await expect.poll(() => dialog.textContent()).toContain("请填写 1 至 15 之间的整数");
    await dialog.getByTestId("extend-days").fill("5");
    await snap(page, "15b-extend-deadline");
    await dialog.getByRole("button", { name: "确认延长" }).click();
    await expect
      .poll(() => page.getByTestId("case-timeline").textContent())
      .toContain("延长办理期限 5 个工作日：需入户核查家庭经济状况");
    expect(await page.getByText("已延长 5 个工作日").count()).toBe(1);
    expect((await page.getByTestId("case-deadline").textContent()) ?? "").not.toBe(before);
    expect(await page.getByTestId("extend-open").textContent()).toContain("还可延长 10 个工作日");
    expect(await page.getByTestId("extension-pdf").textContent()).toContain("延长期限告知书");
    await snap(page, "15c-extended");
  });
});

describe("补正 awaited", () => {
  it("the case page and the resident's progress page say by when to bring the materials", async () => {
    // The demo's 张丙一 was asked by the street for his bank account copy (高龄津贴).
    const idNumber = buildResidentId("430105", "1941-05-20", 11);
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.clerk");
    await page.getByRole("menuitem", { name: "办件查询" }).click();
    await page.getByTestId("cases-q").fill(idNumber);
    await page.getByTestId("cases-q").press("Enter");
    const rows = page.getByTestId("cases-table").locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    const caseNo = (await rows.first().getByRole("link").textContent())!;
    await rows.first().getByRole("link").click();
    await expect
      .poll(() => page.getByTestId("case-paused").textContent())
      .toMatch(/申请人应于 \d{4}-\d{2}-\d{2} 前补交材料/);
    const due = /\d{4}-\d{2}-\d{2}/.exec((await page.getByTestId("case-paused").textContent())!)![0];
    await snap(page, "46-case-supplement-due");

    const resident = await newPage(env.browser, env.server.url);
    await resident.goto("/progress");
    await resident.getByLabel("办件编号").fill(caseNo);
    await resident.getByLabel("身份证号码").fill(idNumber);
    await resident.getByRole("button", { name: /查\s*询/ }).click();
    await expect
      .poll(() => resident.getByTestId("progress-supplement").textContent())
      .toContain(`请于 ${due} 前`);
    expect(await resident.getByTestId("progress").textContent()).toContain("请补交本人银行账户信息复印件");
    expect(await resident.getByTestId("progress-paused").textContent()).toContain("办结日期相应顺延");
    expect(await resident.getByTestId("progress").textContent()).not.toContain("承诺办结");
    await snap(resident, "47-progress-supplement-due");
  });
});
