import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { runNow } from "./clock.js";

const root = join(import.meta.dirname, "..", "..");

export type RunningServer = { url: string; stop(): Promise<void> };

/**
 * A fresh copy of the demo data seeded once for the run (see global-setup.ts) for one server:
 * the data folder, and on PostgreSQL a new database made from the seeded one.
 */
async function freshDatabaseUrl(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  const template = inject("demoTemplateDb");
  if (!base || !template) return { url: undefined, drop: async () => {} };
  const name = `ow_e2e_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Starts the built server as `npm start` would, on a free port, with demo data, and on the run's
 * clock (`--test-clock --clock-start`, see clock.ts). `prepare` runs CLI commands on the same
 * data first (e.g. `["generate", "--cases", "3000"]`), on that clock too.
 */
export async function startServer(args: string[] = [], prepare: string[][] = []): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "ow-e2e-"));
  cpSync(inject("demoDataDir"), dataDir, { recursive: true });
  const db = await freshDatabaseUrl();
  // Department sandboxes answer reliably here; their failures are covered by the API tests.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ONEWINDOW_DEPT_SANDBOX_MODE: "ok" };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  for (const command of prepare) {
    const r = spawnSync(
      process.execPath,
      [
        join(root, "packages/server/dist/main.js"),
        ...command,
        "--clock-start",
        runNow().toISOString(),
        "--data-dir",
        dataDir,
      ],
      { cwd: root, env, encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`${command.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, "packages/server/dist/main.js"),
      "serve",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--test-clock",
      "--clock-start",
      runNow().toISOString(),
      ...args.filter((a) => a !== "--test-clock"),
    ],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
