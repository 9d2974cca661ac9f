// Runs every benchmark in bench/ against the built server code and prints their figures.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, root } from "./build.mjs";

ensureBuilt({ web: false });
for (const file of readdirSync(join(root, "bench")).filter((f) => f.endsWith(".mjs"))) {
  console.log(`\n== ${file}`);
  const r = spawnSync(process.execPath, [join(root, "bench", file), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
