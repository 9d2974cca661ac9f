// HTTP case intake (POST /api/v1/cases: validation, resident, case number, materials, first
// tasks, timeline, outbox, audit — one transaction) at concurrency 16, against a bare Fastify
// route doing one INSERT on the same database, measured in the same run.
// Usage: npm run bench -- intake [requests=400]
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import Fastify from "fastify";
import { sql } from "kysely";
import { buildApp } from "../packages/server/dist/app.js";
import { systemClock } from "../packages/server/dist/clock.js";
import { openDatabase } from "../packages/server/dist/db/client.js";
import { migrate } from "../packages/server/dist/db/migrate.js";
import { loadReferenceData } from "../packages/server/dist/seed/reference.js";
import { createStaff } from "../packages/server/dist/modules/org/index.js";
import { buildCtx } from "../packages/server/dist/http/context.js";
import { createSensitiveBox } from "../packages/server/dist/security/sensitive.js";
import { buildResidentId } from "../packages/shared/dist/index.js";

const N = Number(process.argv[2] ?? 400);
const CONCURRENCY = 16;
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: undefined });
await migrate(handle);
await loadReferenceData(handle.db, systemClock);
const masterKey = randomBytes(32);
const log = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return this;
  },
};
const ctx = buildCtx({
  db: handle.db,
  clock: systemClock,
  box: createSensitiveBox(masterKey),
  districtCode: "430105000000",
  log,
  publicUrl: "http://127.0.0.1",
});
const username = `bench.${randomBytes(3).toString("hex")}`;
await createStaff(ctx, undefined, {
  username,
  name: "压测综窗",
  password: "Bench#Kaifu2026",
  orgCode: "430105001001",
  roles: [{ role: "clerk", orgCode: "430105001001" }],
});

// Counts the statements the app sends (BEGIN and COMMIT are not queries and are not counted).
let statements = 0;
const counting = {
  transformQuery: (args) => {
    statements += 1;
    return args.node;
  },
  transformResult: async (args) => args.result,
};
const app = await buildApp({
  handle: { ...handle, db: handle.db.withPlugin(counting) },
  clock: systemClock,
  masterKey,
  logLevel: "silent",
});
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });
const token = (
  await (
    await fetch(`${appUrl}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: "Bench#Kaifu2026" }),
    })
  ).json()
).token;
const item = (
  await (await fetch(`${appUrl}/api/v1/catalog/items?q=${encodeURIComponent("高龄津贴")}`)).json()
).items[0];

await sql`CREATE TABLE IF NOT EXISTS bench_bare (id serial PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`.execute(
  handle.db,
);
const bare = Fastify();
bare.post("/bare", async (req, reply) => {
  await sql`INSERT INTO bench_bare (body) VALUES (${JSON.stringify(req.body)})`.execute(handle.db);
  return reply.status(201).send({ ok: true });
});
// What the intake's number of statements costs with no logic at all: one transaction of plain INSERTs.
let perIntake = 0;
bare.post("/same-count", async (req, reply) => {
  const body = JSON.stringify(req.body);
  await handle.db.transaction().execute(async (tx) => {
    for (let k = 0; k < perIntake; k++) await sql`INSERT INTO bench_bare (body) VALUES (${body})`.execute(tx);
  });
  return reply.status(201).send({ ok: true });
});

async function load(url, body, headers) {
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) {
        const i = next++;
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body(i)),
        });
        if (res.status !== 201) failed++;
        await res.arrayBuffer();
      }
    }),
  );
  return { rps: N / ((performance.now() - started) / 1000), failed };
}

const seed = Math.floor(Math.random() * 500);
const payload = (i) => ({
  itemCode: item.code,
  applicant: {
    idNumber: buildResidentId(
      "430105",
      `19${30 + (i % 60)}-0${1 + (i % 9)}-1${i % 9}`,
      ((seed + i) % 999) + 1,
    ),
    name: `压测${i}`,
    phone: "13900000000",
  },
  materials: item.materials.map((m) => ({ id: m.id, provided: true })),
});
const before = statements;
const intake = await load(`${appUrl}/api/v1/cases`, payload, { authorization: `Bearer ${token}` });
perIntake = Math.round((statements - before) / N);
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });
const baseline = await load(`${bareUrl}/bare`, payload, {});
const sameCount = await load(`${bareUrl}/same-count`, payload, {});
await app.close();
await bare.close();
await handle.close();
const where = handle.kind === "postgres" ? "PostgreSQL" : "PGlite (in memory)";
console.log(`requests: ${N}, concurrency ${CONCURRENCY}, database: ${where}`);
console.log(
  `POST /api/v1/cases           ${intake.rps.toFixed(0)} req/s (${intake.failed} not 201; ${perIntake} statements each)`,
);
console.log(`bare route, one INSERT       ${baseline.rps.toFixed(0)} req/s (baseline)`);
console.log(
  `bare route, ${perIntake} INSERTs in one transaction (the intake's statement count): ${sameCount.rps.toFixed(0)} req/s`,
);
console.log(
  JSON.stringify({
    metric: "intake_requests_per_s",
    value: Math.round(intake.rps),
    unit: "req/s",
    baseline: Math.round(baseline.rps),
    ratio: Number((intake.rps / baseline.rps).toFixed(2)),
  }),
);
