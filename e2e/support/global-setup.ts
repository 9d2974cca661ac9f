import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEST_NOW } from "../../packages/server/src/test/test-now.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A data folder (master key, and the PGlite files) with reference and demo data loaded once. */
    demoDataDir: string;
    /** On PostgreSQL, the database holding that data, copied for each server (CREATE DATABASE … TEMPLATE). */
    demoTemplateDb: string | undefined;
    /** The real time (ms) the run began at, when its clock read TEST_NOW (support/clock.ts). */
    runStartedAt: number;
  }
}

const root = join(import.meta.dirname, "..", "..");

/**
 * Seeds the demo district once per run with the built CLI (`seed --demo`); each test file's
 * server then starts from a copy instead of initialising and seeding its own (seconds each).
 */
export default async function setup(project: TestProject) {
  // The run's clock starts here at TEST_NOW: the demo's "today" never depends on the real date.
  project.provide("runStartedAt", Date.now());
  const dataDir = mkdtempSync(join(tmpdir(), "ow-e2e-template-"));
  const base = process.env.DATABASE_URL;
  const templateDb = base ? `ow_e2e_tpl_${randomBytes(4).toString("hex")}` : undefined;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  if (base && templateDb) {
    await admin(`CREATE DATABASE ${templateDb}`);
    const url = new URL(base);
    url.pathname = `/${templateDb}`;
    env.DATABASE_URL = url.toString();
  } else delete env.DATABASE_URL;
  const r = spawnSync(
    process.execPath,
    [
      join(root, "packages/server/dist/main.js"),
      "seed",
      "--demo",
      "--clock-start",
      TEST_NOW.toISOString(),
      "--data-dir",
      dataDir,
    ],
    { cwd: root, env, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`seed --demo failed:\n${r.stdout}${r.stderr}`);
  project.provide("demoDataDir", dataDir);
  project.provide("demoTemplateDb", templateDb);
  return async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (templateDb) await admin(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
  };
}
