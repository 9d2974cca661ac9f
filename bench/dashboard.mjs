// Dashboard queries (district, street and community views of GET /api/v1/analytics/cases over
// three years) on generated history, against a full scan of the cases table computing the
// district view's figures directly, in the same run. Target ratio ≤ 0.05 at 5 M cases.
// Usage: npm run bench -- dashboard [cases]   (default 5 000 000 with DATABASE_URL, where a
// fresh database is created and dropped; 200 000 on in-memory PGlite otherwise)
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { sql } from "kysely";
import { systemClock } from "../packages/server/dist/clock.js";
import { openDatabase } from "../packages/server/dist/db/client.js";
import { migrate } from "../packages/server/dist/db/migrate.js";
import { loadReferenceData } from "../packages/server/dist/seed/reference.js";
import { loadDemoData } from "../packages/server/dist/seed/demo.js";
import { buildCtx } from "../packages/server/dist/http/context.js";
import { createSensitiveBox } from "../packages/server/dist/security/sensitive.js";
import { generateCases } from "../packages/server/dist/modules/analytics/index.js";
import { caseDashboard } from "../packages/server/dist/modules/analytics/index.js";

const base = process.env.DATABASE_URL;
const N = Number(process.argv[2] ?? (base ? 5_000_000 : 200_000));
let url;
let dropDb = async () => {};
if (base) {
  const name = `ow_bench_dash_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  url = u.toString();
  dropDb = async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
const handle = await openDatabase({ databaseUrl: url, dataDir: undefined });
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
  box: createSensitiveBox(randomBytes(32)),
  districtCode: "430105000000",
  log,
  publicUrl: "http://127.0.0.1",
});
try {
  await migrate(handle);
  await loadReferenceData(handle.db, systemClock);
  await loadDemoData(ctx);
  let started = performance.now();
  await generateCases(ctx, {
    cases: N,
    years: 3,
    onProgress: (done) => process.stderr.write(`\rgenerating ${done}/${N}`),
  });
  process.stderr.write("\n");
  const generateSeconds = (performance.now() - started) / 1000;
  if (handle.kind === "postgres") await sql`ANALYZE`.execute(handle.db);

  const district = await handle.db
    .selectFrom("orgs")
    .select(["code", "path"])
    .where("kind", "=", "district")
    .executeTakeFirstOrThrow();
  const actor = {
    type: "staff",
    id: "00000000-0000-0000-0000-000000000000",
    username: "bench",
    name: "bench",
    orgCode: district.code,
    roles: [{ role: "supervisor", orgCode: district.code, orgPath: district.path }],
    via: "bearer",
    tokenHash: "",
  };
  const now = new Date();
  const period = { from: `${now.getFullYear() - 3}-01`, to: now.toISOString().slice(0, 7) };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = async (runs, fn) => {
    await fn(); // warm
    const out = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      out.push(performance.now() - t);
    }
    return median(out);
  };
  const view = (org) => time(5, () => caseDashboard(ctx, actor, { ...period, ...(org && { org }) }));
  const districtMs = await view(undefined);
  const streetMs = await view("430105001000");
  const communityMs = await view("430105001001");
  const fromDay = `${period.from}-01`;
  const scanMs = await time(3, () =>
    sql`
      SELECT o.parent_code, count(*) AS received,
             count(*) FILTER (WHERE c.status <> 'not_accepted') AS accepted,
             count(*) FILTER (WHERE c.ended_at IS NOT NULL AND c.status IN ('approved', 'rejected')) AS completed,
             count(*) FILTER (WHERE c.ended_at IS NOT NULL AND ((c.ended_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= c.promised_due) AS on_time,
             sum(extract(epoch FROM c.ended_at - c.accepted_at)) AS handling_seconds
      FROM cases c JOIN orgs o ON o.code = c.community_code
      WHERE c.accepted_at >= ${fromDay}::date
      GROUP BY 1`.execute(handle.db),
  );
  const where = handle.kind === "postgres" ? "PostgreSQL" : "PGlite (in memory)";
  console.log(`cases: ${N} generated in ${generateSeconds.toFixed(0)} s over 3 years, database: ${where}`);
  console.log(`dashboard, district view        ${districtMs.toFixed(1)} ms (median of 5)`);
  console.log(`dashboard, street view          ${streetMs.toFixed(1)} ms`);
  console.log(`dashboard, community view       ${communityMs.toFixed(1)} ms`);
  console.log(`full scan of cases (district)   ${scanMs.toFixed(1)} ms (baseline, median of 3)`);
  console.log(
    JSON.stringify({
      metric: "dashboard_district_ms",
      value: Number(districtMs.toFixed(1)),
      unit: "ms",
      baseline: Number(scanMs.toFixed(1)),
      ratio: Number((districtMs / scanMs).toFixed(3)),
    }),
  );
} finally {
  await handle.close();
  await dropDb();
}
