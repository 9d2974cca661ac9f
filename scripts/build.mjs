// Builds what is not built: shared + server (tsc, incremental) and the web apps (Vite) when
// their sources are newer than the last build. Used by `npm start` and the CLI.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    console.error(`build step failed: ${command} ${args.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

/** Builds server (always incremental) and, unless `web: false`, the web apps when stale. */
export function ensureBuilt({ force = false, web = true } = {}) {
  run(bin("tsc"), ["-b", "packages/server/tsconfig.build.json", ...(force ? ["--force"] : [])]);
  if (!web) return;
  const webDir = join(root, "packages", "web");
  const built = join(webDir, "dist", "index.html");
  const sources = Math.max(
    newestMtime(join(webDir, "src")),
    ...["index.html", "display.html", "kiosk.html"].map((f) => newestMtime(join(webDir, f))),
    newestMtime(join(webDir, "vite.config.ts")),
    newestMtime(join(root, "packages", "shared", "src")),
  );
  if (force || !existsSync(built) || statSync(built).mtimeMs < sources) {
    console.error("building the web apps (first start takes a minute)…");
    run(bin("vite"), ["build", "--logLevel", "warn"], webDir);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureBuilt({ force: process.argv.includes("--force") });
}
