import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { followRunClock } from "./clock.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = join(import.meta.dirname, "..", "..", ".e2e-artifacts");

/** Debian's Chromium, headless, with the flags this sandboxed network needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A staff console page. It asks for reduced motion, as some staff do: dialogs then open without
 * their zoom, so a click cannot land on a button that is still moving (a lost click).
 */
export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
    // Staff sit in China: pages show China time whatever the test machine's TZ is.
    timezoneId: "Asia/Shanghai",
    reducedMotion: "reduce",
  });
  await followRunClock(context);
  return context.newPage();
}

/**
 * Saves a full-page screenshot under .e2e-artifacts/ for people to look at on their machine;
 * E2E_SNAPSHOTS=off (as CI sets) skips them. A failing test's screenshots are taken regardless.
 */
export async function snap(page: Page, name: string) {
  if (process.env.E2E_SNAPSHOTS === "off") return;
  mkdirSync(artifacts, { recursive: true });
  await page.waitForTimeout(400); // let modal and table transitions settle
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true, animations: "disabled" });
}

/**
 * What every open page shows: its address, its open dialogs and its messages, with a screenshot
 * under .e2e-artifacts/failed-*.png. Printed when a test fails, so a CI log says where it stood.
 */
export async function describeOpenPages(browser: Browser, testName: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const pages = browser.contexts().flatMap((c) => c.pages());
  const lines = [`open pages when "${testName}" failed: ${pages.length}`];
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) continue;
    lines.push(`#${i} ${page.url()}`);
    const shown = await page
      .locator(".ant-modal:visible, .ant-message-notice:visible, .ant-alert:visible, [role=alert]:visible")
      .allInnerTexts()
      .catch((e: unknown) => [`(unreadable: ${String(e)})`]);
    for (const text of shown) lines.push(`   ${text.replace(/\s+/g, " ").slice(0, 300)}`);
    const name = testName.replace(/[^\w\u4e00-\u9fff]+/g, "-").slice(0, 60);
    await page
      .screenshot({ path: join(artifacts, `failed-${name}-${i}.png`), fullPage: true })
      .catch(() => {});
  }
  return lines.join("\n");
}
