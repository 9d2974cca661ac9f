// What is generated from the server's OpenAPI document (the one contract): builds the server, asks
// the CLI for the document (`onewindow openapi`, no database or port needed), and writes
//  - packages/web/src/api/openapi.d.ts, the web's API types (openapi-typescript), and
//  - docs/api-reference.md, every operation by area with who may call it and what it answers.
// `--check` (part of `npm test`, so CI fails on drift) only compares and exits 1 when stale.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import prettier from "prettier";
import { ensureBuilt, root } from "./build.mjs";

const target = join(root, "packages", "web", "src", "api", "openapi.d.ts");
const reference = join(root, "docs", "api-reference.md");
const check = process.argv.includes("--check");

ensureBuilt({ web: false });
const cli = spawnSync(process.execPath, [join(root, "packages/server/dist/main.js"), "openapi"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, LOG_LEVEL: "silent" },
});
if (cli.status !== 0) {
  console.error(`onewindow openapi failed:\n${cli.stderr}`);
  process.exit(1);
}
const doc = JSON.parse(cli.stdout);
const ast = await openapiTS(doc, { alphabetize: true });
const header =
  "// Generated from the server's OpenAPI document by `npm run openapi`: do not edit.\n" +
  "// CI runs `npm run openapi -- --check` and fails when this file is stale.\n\n";
const options = (await prettier.resolveConfig(target)) ?? {};
const outputs = [
  [target, await prettier.format(header + astToString(ast), { ...options, parser: "typescript" })],
  [reference, await prettier.format(referenceOf(doc), { ...options, parser: "markdown" })],
];

if (check) {
  const stale = outputs.filter(([file, text]) => !existsSync(file) || readFileSync(file, "utf8") !== text);
  for (const [file] of stale)
    console.error(
      `${file.slice(root.length + 1)} does not match the server's routes: run \`npm run openapi\` and commit it`,
    );
  if (stale.length > 0) process.exit(1);
  console.log("openapi.d.ts and api-reference.md match the server's OpenAPI document");
} else {
  for (const [file, text] of outputs) {
    writeFileSync(file, text);
    console.log(`wrote ${file.slice(root.length + 1)}`);
  }
}

/** The operations as a Markdown reference, one table per area (the OpenAPI tag). */
function referenceOf(openapi) {
  const cell = (s) =>
    String(s ?? "")
      .replace(/\|/g, "\\|")
      .replace(/\n/g, " ");
  const byTag = new Map();
  for (const [path, methods] of Object.entries(openapi.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "other";
      const statuses = Object.keys(op.responses ?? {});
      const row = `| \`${method.toUpperCase()} ${path.replace(/^\/api\/v1/, "")}\` | ${cell(op.summary)} | ${statuses.filter((s) => s < "400").join(", ")} | ${statuses.filter((s) => s >= "400").join(", ")} |`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), row]);
    }
  }
  const sections = [...byTag.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([tag, rows]) =>
        `## ${tag}\n\n| operation | what | success | errors |\n|---|---|---|---|\n${rows.join("\n")}\n`,
    );
  return [
    "# API reference",
    "",
    "Generated from the server's OpenAPI document by `npm run openapi` (do not edit; CI fails when it is stale).",
    "Paths are under `/api/v1` unless they start elsewhere. Every operation's request and answer schemas are in",
    "the document itself, served at `/docs/json` (browsable at `/docs`) and printed by `npx onewindow openapi`;",
    "the agreed contract with its examples is [API.md](API.md). Errors carry `{error: {code, message, field?}}`.",
    "",
    ...sections,
  ].join("\n");
}
