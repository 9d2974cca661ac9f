import { describe, expect, it } from "vitest";
import { newPage, snap } from "./support/browser.js";
import { signIn, useServerAndBrowser } from "./support/console.js";
import { approveOnWorkbench, windowWithYuBing, YU_BING_ID } from "./support/window.js";

const env = useServerAndBrowser();

describe("a case from the window to the decision", () => {
  let caseNo = "";
  let progressUrl = "";

  it("a clerk reads a known resident, checks materials and accepts at the comprehensive window", async () => {
    const page = await windowWithYuBing(env);
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
    const page = await windowWithYuBing(env);
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
