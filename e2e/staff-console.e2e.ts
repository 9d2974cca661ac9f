import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPage, snap } from "./support/browser.js";
import { DEMO_PASSWORD as PASSWORD, signIn, useServerAndBrowser } from "./support/console.js";

const env = useServerAndBrowser();

describe("staff console", () => {
  it("refuses a wrong password with the server's message, then signs in", async () => {
    const page = await newPage(env.browser, env.server.url);
    await page.goto("/");
    await page.waitForURL("**/login");
    await snap(page, "01-login");
    await signIn(page, "kf.admin", "not-the-password", true);
    await expect.poll(() => page.getByTestId("login-error").textContent()).toContain("用户名或密码不正确");
    await signIn(page, "kf.admin");
    await page.waitForURL("**/orgs"); // an administrator starts at the org tree
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain("区系统管理员");
  });

  it("browses the org tree down to a community hall and its counters", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "kf.admin");
    await page.getByTestId("org-430105001000").waitFor();
    // Expand 芙蓉北路街道 by its switcher, then open 欣城社区.
    await page
      .locator(".ant-tree-treenode", { has: page.getByTestId("org-430105001000") })
      .locator(".ant-tree-switcher")
      .click();
    await page.getByTestId("org-430105001001").click();
    await expect.poll(() => page.getByTestId("org-title").textContent()).toContain("欣城社区居民委员会");
    const hall = page.getByTestId("hall");
    await expect.poll(() => hall.textContent()).toContain("欣城社区服务中心");
    expect(await hall.locator(".ant-table-row").count()).toBe(4);
    await snap(page, "02-orgs-community");
  });

  it("searches the catalog and opens an item with its parallel process", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.clerk");
    await page.getByRole("menuitem", { name: "服务事项" }).click();
    await page.waitForURL("**/catalog");
    await page.locator("tbody tr").first().waitFor();
    await snap(page, "03-catalog");
    await page.getByTestId("catalog-search").locator("input").fill("住房保障");
    await page.getByTestId("catalog-search").locator("input").press("Enter");
    await expect.poll(() => page.locator("tbody tr").count()).toBeLessThan(5);
    await page.getByRole("link", { name: "住房保障低收入认定" }).click();
    await expect.poll(() => page.getByTestId("item-title").textContent()).toBe("住房保障低收入认定");
    const steps = page.getByTestId("item-steps");
    await expect.poll(() => steps.textContent()).toContain("并联办理");
    expect(await steps.textContent()).toContain("房产核查");
    expect(await steps.textContent()).toContain("国土核查");
    expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(4);
    const diagram = page.getByTestId("process-diagram");
    await expect.poll(() => diagram.textContent()).toContain("并联");
    expect(await diagram.textContent()).toContain("区住房保障认定");
    await snap(page, "04-item-housing");
  });

  it("shows the 民发〔2020〕20号 warning on certificates communities may not issue", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.clerk");
    await page.goto("/catalog?q=无犯罪记录");
    await page.getByRole("link", { name: "无犯罪记录证明" }).click();
    await expect.poll(() => page.getByTestId("not-issuable").textContent()).toContain("民发〔2020〕20号");
  });

  it("lets an admin create staff (showing the server's field error first) and register a kiosk", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "xc.admin");
    await page.getByRole("menuitem", { name: "系统管理" }).click();
    await page.getByRole("button", { name: "新建账号" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("用户名").fill("xc.newclerk");
    await dialog.getByLabel("姓名").fill("欣城新综窗");
    await dialog.getByLabel("所属机构").click();
    await pickXincheng(page);
    await dialog.getByLabel("初始密码").fill("weakpass");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.textContent()).toContain("密码至少 10 位");
    await snap(page, "05-admin-staff-error");
    await dialog.getByLabel("初始密码").fill("Xincheng#2026");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await expect.poll(() => page.locator("tbody").first().textContent()).toContain("xc.newclerk");
    await snap(page, "06-admin-staff");

    await page.getByRole("tab", { name: "终端设备" }).click();
    await page.getByRole("button", { name: "登记设备" }).click();
    const deviceDialog = page.getByRole("dialog");
    await deviceDialog.getByLabel("设备名称").fill("欣城社区一号自助机");
    await deviceDialog.getByLabel("所在大厅").click();
    await pickXincheng(page);
    await deviceDialog.getByRole("button", { name: /保\s*存/ }).click();
    await expect
      .poll(async () => (await page.getByTestId("device-token").textContent()) ?? "")
      .toMatch(/owd_/);
    await snap(page, "07-admin-device-token");
    const token = ((await page.getByTestId("device-token").textContent()) ?? "").match(/owd_[\w-]+/)![0];
    // The token works as a device credential (a kiosk is not staff, so /auth/me refuses it with 403).
    const res = await fetch(`${env.server.url}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(403);

    // A clerk is not offered administration.
    const clerk = await newPage(env.browser, env.server.url);
    await signIn(clerk, "xc.newclerk", "Xincheng#2026");
    await clerk.waitForURL("**/intake"); // a clerk starts at the window
    expect(await clerk.getByRole("menuitem", { name: "系统管理" }).count()).toBe(0);
  });

  it("lets a district administrator enter next year's holidays day by day; a street administrator only reads them", async () => {
    const page = await newPage(env.browser, env.server.url);
    // November: next year's arrangement is due, and the demo district has only 2026.
    await page.clock.setFixedTime(new Date("2026-11-20T10:00:00+08:00"));
    await signIn(page, "kf.admin");
    await page.getByRole("menuitem", { name: "系统管理" }).click();
    await page.getByRole("tab", { name: "工作日历" }).click();
    await expect
      .poll(() => page.getByTestId("calendar-missing").textContent())
      .toContain("2027 年节假日安排尚未录入");
    // The missing year opens first; 元旦 2027 is Friday 1/1 to Sunday 1/3.
    await expect.poll(() => page.getByTestId("calendar-year").textContent()).toContain("2027 年（未录入）");
    for (const day of ["01", "02", "03"]) await page.locator(`[data-date="2027-01-${day}"]`).click();
    // A weekend day clicked twice becomes a make-up working day of the festival being marked.
    await page.getByTestId("calendar-festival").locator("input").fill("春节");
    await page.locator('[data-date="2027-02-20"]').click();
    await page.locator('[data-date="2027-02-20"]').click();
    await expect
      .poll(() => page.getByTestId("calendar-summary").textContent())
      .toContain("元旦：1月1日–1月3日放假，共 3 天");
    expect(await page.getByTestId("calendar-summary").textContent()).toContain("春节：2月20日（周六）上班");
    expect(await page.locator('[data-date="2027-02-20"]').getAttribute("title")).toContain(
      "调休上班（春节调休上班）",
    );
    await snap(page, "10-calendar-2027");
    await page.getByTestId("calendar-save").click();
    await expect.poll(() => page.getByTestId("calendar-missing").count()).toBe(0);
    // The save says how many running deadlines were counted again (the demo's depend on today).
    await expect
      .poll(() => page.getByTestId("calendar-saved").textContent())
      .toContain("2027 年工作日历已保存");
    expect(await page.getByTestId("calendar-saved").textContent()).toContain("在办期限");
    await snap(page, "10b-calendar-saved");
    expect(await page.getByTestId("calendar-year").textContent()).toContain("2027 年");
    const saved = await (await fetch(`${env.server.url}/api/v1/calendar/2027`)).json();
    expect(saved).toEqual({
      year: 2027,
      holidays: ["01", "02", "03"].map((d) => ({ date: `2027-01-${d}`, name: "元旦" })),
      workdays: [{ date: "2027-02-20", name: "春节调休上班" }],
    });

    // A street administrator sees the same days without a way to change them.
    const street = await newPage(env.browser, env.server.url);
    await street.clock.setFixedTime(new Date("2026-11-20T10:00:00+08:00"));
    await signIn(street, "frbl.admin");
    await street.getByRole("menuitem", { name: "系统管理" }).click();
    await street.getByRole("tab", { name: "工作日历" }).click();
    await street.getByTestId("calendar-year").click();
    await street.getByTitle("2027 年", { exact: true }).click();
    await expect.poll(() => street.getByTestId("calendar-summary").textContent()).toContain("元旦");
    expect(await street.getByTestId("calendar-save").count()).toBe(0);
    expect(await street.locator('button[data-date="2027-01-04"]').count()).toBe(0);
  });

  it("changes one's own password from the header", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "qu.zj");
    await page.getByRole("button", { name: "修改密码" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("当前密码").fill("wrong-password");
    await dialog.getByLabel("新密码", { exact: true }).fill("Zhujian#Kaifu26");
    await dialog.getByLabel("再次输入新密码").fill("Zhujian#Kaifu26");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.textContent()).toContain("当前密码不正确");
    await dialog.getByLabel("当前密码").fill(PASSWORD);
    await snap(page, "09-change-password");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByText("密码已修改").count()).toBe(1);
    await page.getByRole("button", { name: /退\s*出/ }).click();
    await signIn(page, "qu.zj", "Zhujian#Kaifu26");
  });

  it("opens dialogs without their zoom once the system asks for less motion", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "kf.admin");
    // Records every class a dialog had, however short-lived the zoom was.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __modalClasses: Set<string> }).__modalClasses = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll(".ant-modal")) el.classList.forEach((c) => seen.add(c));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const zoomedSinceLastLook = () =>
      page.evaluate(() => {
        const seen = (window as unknown as { __modalClasses: Set<string> }).__modalClasses;
        // The zoom runs while the dialog is "-active"; without motion it goes straight to rest.
        const zoomed = [...seen].some((c) => /^ant-zoom-.*-active$/.test(c));
        seen.clear();
        return zoomed;
      });
    const openAndClose = async () => {
      await page.getByRole("button", { name: "修改密码" }).click();
      await page.getByRole("dialog").getByLabel("当前密码").waitFor();
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "hidden" });
    };
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await openAndClose();
    expect(await zoomedSinceLastLook()).toBe(true);
    // Changed while the console is open: it follows without a reload.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openAndClose();
    expect(await zoomedSinceLastLook()).toBe(false);
  });

  it("switches to English and signs out", async () => {
    const page = await newPage(env.browser, env.server.url);
    await signIn(page, "frbl.approver");
    await page.waitForURL("**/tasks"); // an approver starts at the workbench
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("menuitem", { name: "Service items" }).count()).toBe(1);
    await page.getByRole("menuitem", { name: "Service items" }).click();
    await page.locator("tbody tr").first().waitFor();
    await snap(page, "08-catalog-en");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/login");
    await expect.poll(() => page.getByRole("heading", { name: "Staff sign-in" }).count()).toBe(1);
  });
});

/**
 * Picks 欣城社区 in the open org tree dropdown. The street's communities load lazily:
 * click its switcher only while it is closed, so a slow load is waited for rather
 * than toggled shut again.
 */
async function pickXincheng(page: Page) {
  const dropdown = page.locator(".ant-select-dropdown:visible");
  const street = dropdown.locator(".ant-select-tree-treenode", { hasText: "芙蓉北路街道" }).first();
  const community = dropdown.locator(".ant-select-tree-node-content-wrapper", { hasText: "欣城社区" });
  await expect
    .poll(
      async () => {
        if (await community.isVisible()) return true;
        if ((await street.getAttribute("class"))?.includes("switcher-close"))
          await street.locator(".ant-select-tree-switcher").click();
        return false;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  await community.click();
}
