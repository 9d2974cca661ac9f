// The kiosk's first load: the JavaScript its page loads before the first screen (entry script and
// module preloads), gzipped as a server would send it. Budget 250 KB (issue 5). Baseline in the same
// run: the staff console's first load, built by the same Vite run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureBuilt, root } from "../scripts/build.mjs";

const BUDGET_KB = 250;
ensureBuilt({ web: true });
const dist = join(root, "packages", "web", "dist");

function firstLoad(page) {
  const html = readFileSync(join(dist, page), "utf8");
  const scripts = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const files = scripts.map((file) => {
    const raw = readFileSync(join(dist, file));
    return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0), raw: files.reduce((s, f) => s + f.raw, 0) };
}

const kiosk = firstLoad("kiosk.html");
const console_ = firstLoad("index.html");
const kb = (n) => (n / 1024).toFixed(1);
for (const f of kiosk.files) console.log(`  kiosk ${f.file}: ${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip`);
console.log(
  `kiosk first load: ${kb(kiosk.gzip)} KB gzip (${kb(kiosk.raw)} KB raw); budget ${BUDGET_KB} KB — ${kiosk.gzip <= BUDGET_KB * 1024 ? "within" : "OVER"}`,
);
console.log(`staff console first load: ${kb(console_.gzip)} KB gzip (${kb(console_.raw)} KB raw)`);
console.log(
  JSON.stringify({
    metric: "kiosk first-load JavaScript (gzip)",
    value: Math.round(kiosk.gzip / 1024),
    unit: "KB",
    baseline: Math.round(console_.gzip / 1024),
    ratio: Number((kiosk.gzip / console_.gzip).toFixed(3)),
  }),
);
