import { expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildResidentId } from "../../packages/shared/src/index.js";
import { newPage } from "./browser.js";
import { signIn } from "./console.js";
import type { RunningServer } from "./server.js";

/** 余冰, a demo resident we already hold. */
export const YU_BING_ID = buildResidentId("430105", "1991-03-15", 24);

type Env = { server: RunningServer; browser: Browser };

/** Opens the case from the workbench and approves the step with a comment. */
export async function approveOnWorkbench(page: Page, caseNo: string, comment: string) {
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
export async function windowWithYuBing(env: Env) {
  const page = await newPage(env.browser, env.server.url);
  await signIn(page, "xc.clerk");
  await page.waitForURL("**/intake");
  await page.getByTestId("intake-id").locator("input").fill(YU_BING_ID);
  await page.getByTestId("intake-id").locator("input").press("Enter");
  await expect.poll(() => page.getByTestId("intake-name").inputValue()).toBe("余冰");
  return page;
}

/** Picks the item at the window and ticks its four materials as checked. */
export async function chooseWithEveryMaterial(page: Page, itemName: string) {
  await page.getByTestId("intake-item").click();
  await page.keyboard.type(itemName);
  await page.locator(".ant-select-item-option", { hasText: itemName }).click();
  for (const m of ["m1", "m2", "m3", "m4"]) await page.getByTestId(`material-${m}`).check();
}
