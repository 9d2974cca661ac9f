import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

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

export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
  });
  return context.newPage();
}

/**
 * Saves a full-page screenshot under .e2e-artifacts/ for people to look at. CI takes them in
 * its first (PGlite) pass and sets E2E_SNAPSHOTS=off for the second: the pages are the same.
 */
export async function snap(page: Page, name: string) {
  if (process.env.E2E_SNAPSHOTS === "off") return;
  mkdirSync(artifacts, { recursive: true });
  await page.waitForTimeout(400); // let modal and table transitions settle
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true, animations: "disabled" });
}
