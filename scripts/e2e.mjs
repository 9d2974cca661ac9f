// Process and browser tests against the built server: the CLI as real processes, and
// playwright-core driving Debian's Chromium. Browser tests are skipped (with one line) when
// Chromium is missing on a developer machine; on CI a missing Chromium is a failure.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, root } from "./build.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  if (process.env.CI) {
    console.error(`browser tests: ${chromium} not found; CI must install Debian's chromium package`);
    process.exit(1);
  }
  console.log(`browser tests skipped: ${chromium} not found (apt-get install chromium to run them)`);
  process.exit(0);
}
ensureBuilt();
const result = spawnSync(
  join(root, "node_modules", ".bin", "vitest"),
  ["run", "--config", "e2e/vitest.config.ts"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
