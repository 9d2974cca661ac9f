import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { describeOpenPages, launch } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

/** Every demo account's password. */
export const DEMO_PASSWORD = "Kaifu@2026!";

/** Signs in through the form; unless the password is expected to fail, waits for the console. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, expectFailure = false) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  if (!expectFailure) await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** One demo server and one Chromium for a test file, started before and stopped after it. */
export function useServerAndBrowser() {
  const env = { server: undefined as unknown as RunningServer, browser: undefined as unknown as Browser };
  beforeAll(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  // A failure in CI leaves only the log: say what each open page showed at that moment.
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail" && env.browser)
      console.log(await describeOpenPages(env.browser, task.name));
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
