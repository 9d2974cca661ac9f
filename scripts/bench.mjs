// `npm run bench` runs every benchmark in bench/; `npm run bench -- <name> [args…]` runs one.
// Each prints its figures; its last line is JSON {metric, value, unit, baseline, ratio}.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, root } from "./build.mjs";

const [name, ...args] = process.argv.slice(2);
const all = readdirSync(join(root, "bench")).filter((f) => f.endsWith(".mjs"));
const chosen = name ? [`${name}.mjs`] : all;
for (const file of chosen) {
  if (!existsSync(join(root, "bench", file))) {
    console.error(`no benchmark "${name}"; there are: ${all.map((f) => f.replace(/\.mjs$/, "")).join(", ")}`);
    process.exit(64);
  }
}
ensureBuilt({ web: false });
for (const file of chosen) {
  console.log(`\n== ${file}`);
  const r = spawnSync(process.execPath, [join(root, "bench", file), ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
