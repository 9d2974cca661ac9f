import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { inject } from "vitest";
import pg from "pg";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.js";
import { SettableClock } from "../clock.js";
import { openPGlite, openPostgres, type DatabaseHandle } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { buildCtx, type Ctx } from "../http/context.js";
import type { AuthSettings } from "../modules/auth/index.js";
import type { Departments } from "../modules/integrations/index.js";
import type { CitizenSystems } from "../modules/citizen/index.js";
import type { PaymentsDeps } from "../modules/payments/index.js";
import { DISTRICT } from "../modules/org/index.js";
import { createSensitiveBox } from "../security/sensitive.js";
import { loadReferenceData } from "../seed/reference.js";
import { DEMO_PASSWORD, loadDemoData } from "../seed/demo.js";
import { TEST_NOW } from "./test-now.js";

export { DEMO_PASSWORD };

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by DATABASE_URL (dropped afterwards).
 */
export async function freshDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = inject("pgliteTemplate");
    const handle = await openPGlite(undefined, template ? new Blob([readFileSync(template)]) : undefined);
    return { handle, drop: () => handle.close() };
  }
  const name = `ow_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), 5);
  return {
    handle,
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  handle: DatabaseHandle;
  clock: SettableClock;
  /** A system context on the same database, for arranging data directly. */
  ctx: Ctx;
  /** Logs in and returns the bearer token. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
};

export async function createTestApp(
  opts: {
    demo?: boolean;
    auth?: Partial<AuthSettings>;
    testClock?: boolean;
    departments?: Departments;
    payments?: Partial<PaymentsDeps>;
    citizen?: CitizenSystems;
  } = {},
): Promise<TestApp> {
  const { handle, drop } = await freshDatabase();
  await migrate(handle);
  // Set before anything is written: the demo's "today" is TEST_NOW, never the day the suite runs.
  const clock = new SettableClock();
  clock.set(TEST_NOW);
  const masterKey = randomBytes(32);
  await loadReferenceData(handle.db, clock);
  const app = await buildApp({
    handle,
    clock,
    testClock: opts.testClock ? clock : undefined,
    masterKey,
    logLevel: process.env.TEST_LOG ?? "silent",
    ...(opts.auth ? { auth: opts.auth } : {}),
    ...(opts.departments ? { departments: opts.departments } : {}),
    ...(opts.payments ? { payments: opts.payments } : {}),
    ...(opts.citizen ? { citizen: opts.citizen } : {}),
  });
  const ctx = buildCtx({
    db: handle.db,
    clock,
    box: createSensitiveBox(masterKey),
    districtCode: DISTRICT.code,
    log: app.log,
    publicUrl: "http://127.0.0.1:3000",
  });
  if (opts.demo !== false) await loadDemoData(ctx);
  return {
    app,
    handle,
    clock,
    ctx,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return res.json<{ token: string }>().token;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}

/** Shorthand for the error body of a response. */
export function errorOf(res: LightMyRequestResponse): { code: string; message: string; field?: string } {
  return res.json<{ error: { code: string; message: string; field?: string } }>().error;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
