import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** The CLI and `serve` as operators script them (API.md "Running"), run as real processes on PGlite. */
const root = join(import.meta.dirname, "..", "..");
const main = join(root, "packages/server/dist/main.js");
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "ow-cli-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const env = (extra: Record<string, string> = {}) => {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ...extra };
  delete e.DATABASE_URL; // these checks are about the process, on embedded PGlite
  return e;
};

function cli(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, env: env(extra), encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function serve(args: string[], extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, [main, "serve", "--port", "0", ...args], {
    cwd: root,
    env: env(extra),
  });
  let stdout = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", () => {});
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line:\n${stdout}`)), 60_000);
    child.stdout.on("data", () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return {
    url,
    stdout: () => stdout,
    async stop() {
      const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      return exit;
    },
  };
}

const login = (url: string, username: string, password: string) =>
  fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });

describe("onewindow serve", () => {
  it("--no-demo serves reference data only, logs one listening line and stops cleanly on SIGTERM", async () => {
    const dataDir = tempDir();
    const s = await serve(["--data-dir", dataDir, "--no-demo"], {
      ONEWINDOW_ADMIN_PASSWORD: "Kaifu#Boot2026",
    });
    expect(s.stdout().match(/listening on http:\/\/127\.0\.0\.1:\d+/g)).toHaveLength(1);
    expect((await (await fetch(`${s.url}/readyz`)).json()).status).toBe("ready");
    expect((await login(s.url, "kf.admin", "Kaifu@2026!")).status).toBe(401);
    expect((await login(s.url, "admin", "Kaifu#Boot2026")).status).toBe(200);
    const items = (await (await fetch(`${s.url}/api/v1/catalog/items`)).json()) as { items: unknown[] };
    expect(items.items.length).toBeGreaterThanOrEqual(66);
    // Without --test-clock the clock endpoint does not exist at all.
    expect((await fetch(`${s.url}/api/v1/admin/clock`, { method: "POST" })).status).toBe(404);
    expect(await s.stop()).toBe(0);
  });

  it("loads demo data by default, keeps it in the data folder, and offers the test clock only with --test-clock", async () => {
    const dataDir = tempDir();
    const s = await serve(["--data-dir", dataDir, "--test-clock"]);
    expect((await login(s.url, "xc.clerk", "Kaifu@2026!")).status).toBe(200);
    expect((await fetch(`${s.url}/api/v1/admin/clock`, { method: "POST" })).status).toBe(401);
    expect(await s.stop()).toBe(0);
    // A second start on the same folder finds the same data (and adds nothing twice).
    const again = await serve(["--data-dir", dataDir]);
    expect((await login(again.url, "xc.clerk", "Kaifu@2026!")).status).toBe(200);
    expect(await again.stop()).toBe(0);
  });
});

describe("onewindow commands", () => {
  it("migrate, seed --demo (twice) and user create", () => {
    const dataDir = tempDir();
    expect(cli(["migrate", "--data-dir", dataDir]).out).toContain("database is up to date");
    expect(cli(["seed", "--demo", "--data-dir", dataDir]).code).toBe(0);
    expect(cli(["seed", "--demo", "--data-dir", dataDir]).code).toBe(0);
    const created = cli(
      [
        "user",
        "create",
        "--data-dir",
        dataDir,
        "--username",
        "sj.clerk",
        "--name",
        "三角洲综窗",
        "--org",
        "430105009001",
        "--role",
        "clerk",
      ],
      { ONEWINDOW_NEW_PASSWORD: "Sanjiaozhou#26" },
    );
    expect(created.code).toBe(0);
    expect(created.out).toContain("created sj.clerk");
    const weak = cli([
      "user",
      "create",
      "--data-dir",
      dataDir,
      "--username",
      "sj.weak",
      "--name",
      "x",
      "--org",
      "430105009001",
      "--role",
      "clerk",
      "--password",
      "weak",
    ]);
    expect(weak.code).toBe(1);
    expect(weak.err).toContain("VALIDATION_FAILED");
    expect(weak.err).toContain("[password]");
    // Everything above was audited; sealing chains it, and verification finds it intact.
    expect(cli(["audit", "seal", "--data-dir", dataDir]).out).toMatch(/sealed [1-9]\d* audit entries/);
    const verified = cli(["audit", "verify", "--data-dir", dataDir]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/audit chain intact: [1-9]\d* entries checked, 0 not yet sealed/);
  });

  it("catalog export → import round-trips through Excel", () => {
    const dataDir = tempDir();
    const file = join(dataDir, "catalog.xlsx");
    const exported = cli(["catalog", "export", file, "--data-dir", dataDir]);
    expect(exported.code).toBe(0);
    const count = Number(/exported (\d+) items/.exec(exported.out)?.[1]);
    expect(count).toBeGreaterThanOrEqual(66);
    const imported = cli(["catalog", "import", file, "--data-dir", dataDir]);
    expect(imported.out).toContain(`0 new, 0 changed, ${count} unchanged`);
  });

  it("explains bad usage with exit code 64", () => {
    const r = cli(["serve", "--port", "abc"]);
    expect(r.code).toBe(64);
    expect(r.err).toContain("--port");
    expect(cli(["frobnicate"]).code).toBe(64);
    // A serving platform never runs on a moved clock unless started for demos and tests.
    const moved = cli(["serve", "--clock-start", "2026-11-18T10:00:00+08:00"]);
    expect(moved.code).toBe(64);
    expect(moved.err).toContain("--test-clock");
    // A moment without its offset would depend on the machine's time zone.
    const bare = cli(["seed", "--clock-start", "2026-11-18T10:00:00"]);
    expect(bare.code).toBe(64);
    expect(bare.err).toContain("--clock-start");
  });
});
