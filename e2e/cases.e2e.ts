import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { buildResidentId } from "../packages/shared/src/index.js";
import { newPage, snap } from "./support/browser.js";
import { signIn, useServerAndBrowser } from "./support/console.js";

const YU_BING_ID = buildResidentId("430105", "1991-03-15", 24); // a demo resident we already hold
const env = useServerAndBrowser();

async function approveOnWorkbench(page: Page, caseNo: string, comment: string) {
  await page.goto("/tasks");
  await page.getByRole("link", { name: caseNo }).click();
  const panel = page.getByTestId("act-panel");
  await panel.locator("textarea").fill(comment);
  await panel
    .getByRole("button", { name: /同\s*意/ })
    .first()
    .click();
  await expect.poll(() => page.getByText("已提交").count()).toBeGreaterThan(0);
}

/** 欣城's clerk at the window with 余冰's ID card read. */
async function windowWithYuBing() {
  const page = await newPage(env.browser, env.server.url);
  await signIn(page, "xc.clerk");
  await page.waitForURL("**/intake");
  await page.getByTestId("intake-id").locator("input").fill(YU_BING_ID);
  await page.getByTestId("intake-id").locator("input").press("Enter");
  await expect.poll(() => page.getByTestId("intake-name").inputValue()).toBe("余冰");
  return page;
}

/** Picks the item at the window and ticks its four materials as checked. */
async function chooseWithEveryMaterial(page: Page, itemName: string) {
  await page.getByTestId("intake-item").click();
  await page.keyboard.type(itemName);
  await page.locator(".ant-select-item-option", { hasText: itemName }).click();
  for (const m of ["m1", "m2", "m3", "m4"]) await page.getByTestId(`material-${m}`).check();
}

describe("a case from the window to the decision", () => {
  let caseNo = "";
  let progressUrl = "";

  it("a clerk reads a known resident, checks materials and accepts at the comprehensive window", async () => {
    const page = await windowWithYuBing();
    expect(await page.getByText("已登记 139****1234").count()).toBe(1);
    // Her approved 再生育审批 (demo) waits at this window: the clerk is told, one click from 结果送达.
    await expect.poll(() => page.getByTestId("intake-results").textContent()).toContain("再生育审批");
    // 再生育审批 is a 行政许可: granted, its written decision is a 准予行政许可决定书.
    const permitPage = await newPage(env.browser, env.server.url);
    await signIn(permitPage, "xc.clerk");
    await permitPage.goto(
      (await page.getByTestId("intake-results").getByRole("link").first().getAttribute("href"))!,
    );
    await expect.poll(() => permitPage.getByTestId("case-pdf").textContent()).toContain("准予行政许可决定书");
    await permitPage.close();

    await page.getByTestId("intake-item").click();
    await page.keyboard.type("独生子女父母光荣证");
    await page.locator(".ant-select-item-option", { hasText: "独生子女父母光荣证" }).click();
    await page.getByTestId("material-m1").waitFor();
    // With a required material unticked, only 容缺受理 and the notice are offered.
    await page.getByTestId("material-m1").click();
    await page.getByTestId("material-m2").click();
    await page.getByTestId("material-m3").click();
    expect(await page.getByRole("button", { name: /^受\s*理$/ }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "一次性告知" }).click();
    await expect.poll(() => page.getByTestId("notice-list").textContent()).toContain("子女出生医学证明");
    await snap(page, "10-intake-notice");
    // The same notice as a dated PDF, opened in a new tab.
    const [noticeTab] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByTestId("notice-pdf").click(),
    ]);
    expect(noticeTab.url()).toMatch(/^blob:/);
    await noticeTab.close();
    await page.keyboard.press("Escape");
    await page.getByTestId("material-m4").click();
    await snap(page, "11-intake");
    await page.getByRole("button", { name: /^受\s*理$/ }).click();
    // The receipt opens with a QR code to the resident's progress page.
    await page.getByTestId("receipt-qr").waitFor();
    progressUrl = (await page.getByTestId("receipt-url").textContent()) ?? "";
    expect(progressUrl).toMatch(/\/p\/[\w-]+$/);
    await snap(page, "12-intake-receipt");
    // On the 58 mm roll the receipt prints 54 mm wide (204 CSS px).
    await page.getByTestId("receipt-paper").getByText("58 mm 小票").click();
    await page.emulateMedia({ media: "print" });
    // Layout width, not the on-screen box: the dialog may still be zooming in (a transform).
    const width = await page.getByTestId("receipt").evaluate((e) => (e as HTMLElement).offsetWidth);
    expect(Math.round(width)).toBe(204);
    await page.emulateMedia({ media: "screen" });
    const pdf = await page.request.get((await page.getByTestId("receipt-pdf").getAttribute("href"))!);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await page.keyboard.press("Escape");
    caseNo = /KF\d{12}/.exec((await page.getByTestId("accepted-case-no").textContent()) ?? "")![0];
  });

  it("a certificate communities may not issue is refused with a written notice", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.clerk");
    await page.getByTestId("intake-id").locator("input").fill(YU_BING_ID);
    await page.getByTestId("intake-id").locator("input").press("Enter");
    await expect.poll(() => page.getByTestId("intake-name").inputValue()).toBe("余冰");
    await page.getByTestId("intake-item").click();
    await page.keyboard.type("无犯罪记录证明");
    await page.locator(".ant-select-item-option", { hasText: "无犯罪记录证明" }).click();
    await page.getByRole("button", { name: "不予受理" }).click();
    await page
      .getByTestId("refusal-reason")
      .fill("依据民发〔2020〕20号，社区不得出具无犯罪记录证明，请向公安机关申请");
    await page.getByRole("button", { name: "确认不予受理" }).click();
    await expect.poll(() => page.getByTestId("refusal-notice").textContent()).toContain("决定不予受理");
    await snap(page, "17-refusal-notice");
  });

  it("the window fills the item's application form, prefilled from what we hold", async () => {
    const page = await windowWithYuBing();
    await page.getByTestId("intake-item").click();
    await page.keyboard.type("最低生活保障");
    await page.locator(".ant-select-item-option", { hasText: "最低生活保障" }).click();
    const form = page.getByTestId("application-form");
    // Her address is on file: it is there already, marked as such.
    await expect.poll(() => form.getByLabel(/居住地址/).inputValue()).not.toBe("");
    expect(await form.textContent()).toContain("已从居民信息带出");
    await page.getByRole("button", { name: "容缺受理" }).click();
    await expect.poll(() => form.textContent()).toContain("缺少必填项：共同生活家庭成员人数");
    await form.getByLabel(/共同生活家庭成员人数/).fill("3");
    await form.getByLabel(/家庭月总收入/).fill("1200");
    await snap(page, "18-intake-form");
    await page.getByRole("button", { name: "容缺受理" }).click();
    await page.getByTestId("receipt-qr").waitFor();
    await page.keyboard.press("Escape");
    const no = /KF\d{12}/.exec((await page.getByTestId("accepted-case-no").textContent()) ?? "")![0];
    await page.goto(`/cases/${no}`);
    await expect
      .poll(() => page.getByTestId("case-form").textContent())
      .toContain("共同生活家庭成员人数3 人");
  });

  it("the community pauses it for a special procedure and resumes it", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.approver");
    await page.goto(`/cases/${caseNo}`);
    await page.getByTestId("special-reason").fill("需组织专家评审生育情况");
    await page.getByRole("button", { name: "启动特别程序" }).click();
    await expect.poll(() => page.getByTestId("act-panel").textContent()).toContain("特别程序进行中");
    expect(
      await page
        .getByRole("button", { name: /同\s*意|准\s*予/ })
        .first()
        .isDisabled(),
    ).toBe(true);
    await expect
      .poll(() => page.getByTestId("case-timeline").textContent())
      .toContain("启动特别程序（专家评审）");
    expect(await page.getByTestId("case-pdf").textContent()).toContain("特殊程序告知书");
    await snap(page, "15-special-procedure");
    await page.getByTestId("special-result").fill("专家评审通过");
    await page.getByRole("button", { name: "结束特别程序" }).click();
    await expect
      .poll(() => page.getByTestId("case-timeline").textContent())
      .toContain("特别程序结束：专家评审通过");
  });

  it("the community and the street office approve it on their workbenches", async () => {
    const community = await newPage(env.browser, env.server.url);
    await signIn(community, "xc.approver");
    await community.waitForURL("**/tasks");
    await community.getByRole("link", { name: caseNo }).waitFor();
    await snap(community, "13-workbench");
    await approveOnWorkbench(community, caseNo, "材料齐全");

    const street = await newPage(env.browser, env.server.url);
    await signIn(street, "frbl.wj");
    await approveOnWorkbench(street, caseNo, "同意发证");
    await expect.poll(() => street.getByTestId("case-status").textContent()).toBe("已办结（准予）");
    // 光荣证 is not a 行政许可: its result comes with a 办结通知书.
    expect(await street.getByTestId("case-pdf").textContent()).toContain("办结通知书");
    const timeline = await street.getByTestId("case-timeline").textContent();
    expect(timeline).toContain("欣城社区服务中心受理了您的申请");
    expect(timeline).toContain("办结：准予");
    await snap(street, "14-case-approved");
  });

  it("the 房产 checker looks up the applicant's property records on a housing case", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "qu.fc");
    await page.waitForURL("**/tasks");
    await page.locator("tr", { hasText: "住房保障低收入认定" }).getByRole("link").click();
    const panel = page.getByTestId("shared-data");
    await panel.getByRole("button", { name: "查询房产登记" }).click();
    await expect.poll(() => panel.textContent()).toMatch(/对方系统响应 \d+ 毫秒/);
    expect(await panel.locator(".ant-table").count()).toBe(1);
    await snap(page, "15-shared-data");
  });

  it("the window hands the certificate to an agent and prints the 送达回执 to sign", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.clerk");
    await page.goto(`/cases/${caseNo}`);
    await expect.poll(() => page.getByTestId("case-delivery").textContent()).toContain("待送达");
    await page.getByTestId("deliver-open").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("他人代领").click();
    await dialog.getByRole("button", { name: "确认送达" }).click();
    await expect.poll(() => dialog.textContent()).toContain("请填写代领人姓名");
    await dialog.getByTestId("deliver-agent").fill("王甲一");
    await snap(page, "16a-deliver-result");
    await dialog.getByRole("button", { name: "确认送达" }).click();
    await expect.poll(() => page.getByTestId("case-delivery").textContent()).toContain("窗口领取");
    expect(await page.getByTestId("case-delivery").textContent()).toContain("代领人：王甲一");
    expect(await page.getByTestId("case-timeline").textContent()).toContain(
      "办理结果已由代领人王**在窗口领取",
    );
    expect(await page.getByTestId("delivery-pdf").textContent()).toContain("送达回执");
    expect(await page.getByTestId("deliver-open").count()).toBe(0);
  });

  it("the resident follows it from the receipt's QR code, or by case number and ID number, without signing in", async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto(new URL(progressUrl).pathname);
    const progress = page.getByTestId("progress");
    await expect.poll(() => progress.textContent()).toContain("已办结（准予）");
    // The delivery is on the resident's timeline, the agent's name partly hidden; nothing left to collect.
    expect(await progress.textContent()).toContain("代领人王**");
    expect(await page.getByTestId("progress-collect").count()).toBe(0);
    expect(await progress.textContent()).toContain("余*");
    expect(await progress.textContent()).not.toContain(YU_BING_ID);
    await snap(page, "16-resident-progress");
    await page.goto("/progress");
    await page.getByLabel("办件编号").fill(caseNo);
    await page.getByLabel("身份证号码").fill(YU_BING_ID);
    await page.getByRole("button", { name: /查\s*询/ }).click();
    await expect.poll(() => page.getByTestId("progress").textContent()).toContain("独生子女父母光荣证");
  });
});

describe("收件 at the window, examined later", () => {
  it("receives 余冰's materials with a 收件回执, then answers one with a 一次性告知 and accepts another", async () => {
    const page = await windowWithYuBing();
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
    const page = await windowWithYuBing();
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
    const page = await windowWithYuBing();
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
    const page = await windowWithYuBing();
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
