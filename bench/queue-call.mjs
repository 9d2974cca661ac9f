// Call → hall display latency: a clerk's POST /queue/counters/{id}/call until each of 131
// connected display streams (GET /queue/sites/{site}/events) has the `call` event, against a
// bare SSE echo server (a POST written straight to 131 open streams), in the same run.
// Usage: npm run bench -- queue-call [calls=100] [streams=131]
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import Fastify from "fastify";
import { buildApp } from "../packages/server/dist/app.js";
import { systemClock } from "../packages/server/dist/clock.js";
import { openDatabase } from "../packages/server/dist/db/client.js";
import { migrate } from "../packages/server/dist/db/migrate.js";
import { loadReferenceData } from "../packages/server/dist/seed/reference.js";
import { createStaff } from "../packages/server/dist/modules/org/index.js";
import { createDevice } from "../packages/server/dist/modules/auth/index.js";
import { buildCtx } from "../packages/server/dist/http/context.js";
import { createSensitiveBox } from "../packages/server/dist/security/sensitive.js";

const CALLS = Number(process.argv[2] ?? 100);
const STREAMS = Number(process.argv[3] ?? 131);
const SITE = "430105001001";

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: undefined });
await migrate(handle);
await loadReferenceData(handle.db, systemClock);
const masterKey = randomBytes(32);
const quiet = { info() {}, warn() {}, error() {}, debug() {}, child: () => quiet };
const ctx = buildCtx({
  db: handle.db,
  clock: systemClock,
  box: createSensitiveBox(masterKey),
  districtCode: "430105000000",
  log: quiet,
  publicUrl: "http://127.0.0.1",
});
const suffix = randomBytes(3).toString("hex");
const password = "Bench#Kaifu2026";
const admin = await createStaff(ctx, undefined, {
  username: `bench.admin.${suffix}`,
  name: "压测管理员",
  password,
  orgCode: SITE,
  roles: [{ role: "admin", orgCode: SITE }],
});
await createStaff(ctx, undefined, {
  username: `bench.clerk.${suffix}`,
  name: "压测综窗",
  password,
  orgCode: SITE,
  roles: [{ role: "clerk", orgCode: SITE }],
});
const adminActor = { type: "staff", id: admin.id, roles: [{ role: "admin", orgCode: SITE, orgPath: "" }] };
// createDevice checks the admin's jurisdiction by org path; give it the real one.
const sitePath = (
  await handle.db.selectFrom("orgs").select("path").where("code", "=", SITE).executeTakeFirst()
).path;
adminActor.roles[0].orgPath = sitePath;
const display = await createDevice(ctx, adminActor, { name: "压测叫号屏", siteCode: SITE, kind: "display" });
const kiosk = await createDevice(ctx, adminActor, { name: "压测取号机", siteCode: SITE, kind: "kiosk" });

const app = await buildApp({ handle, clock: systemClock, masterKey, logLevel: "silent" });
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });
const api = async (path, token, body) => {
  const res = await fetch(`${appUrl}/api/v1${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // A refused request would leave the measurement waiting for an event that never comes; on
  // PostgreSQL that happens on a database an earlier run used (its clerk holds the counter).
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()} (use a fresh database per run)`);
  return res.status === 204 ? undefined : res.json();
};
const clerk = (
  await (
    await fetch(`${appUrl}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: `bench.clerk.${suffix}`, password }),
    })
  ).json()
).token;
const counter = (await api(`/queue/sites/${SITE}/counters`, clerk)).items[0];
await api(`/queue/counters/${counter.id}/sign-in`, clerk, {});
for (let i = 0; i < CALLS; i++) await api("/queue/tickets", kiosk.token, { siteCode: SITE });

/** Opens `n` event streams; `onEvent(streamIndex, event, data)` for each event. */
async function openStreams(n, url, onEvent) {
  const controllers = [];
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const ac = new AbortController();
      controllers.push(ac);
      const res = await fetch(url, { signal: ac.signal });
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      let opened;
      const ready = new Promise((r) => (opened = r));
      (async () => {
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ done: true }));
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) onEvent(i, event, data);
            opened();
          }
        }
      })();
      await ready;
    }),
  );
  return () => controllers.forEach((c) => c.abort());
}

/** Fires `trigger()` `CALLS` times; latency = from just before the trigger until every stream has the event. */
async function measure(url, trigger) {
  const latencies = [];
  let waiting;
  let pending = 0;
  let started = 0;
  const close = await openStreams(STREAMS, url, (_i, event) => {
    if (event !== "call" || !waiting) return;
    latencies.push(performance.now() - started);
    if (--pending === 0) waiting();
  });
  for (let c = 0; c < CALLS; c++) {
    pending = STREAMS;
    const done = new Promise((r) => (waiting = r));
    started = performance.now();
    await trigger(c);
    await done;
    waiting = undefined;
  }
  close();
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return { p50: at(50), p99: at(99) };
}

const answered = [];
const ours = await measure(
  `${appUrl}/api/v1/queue/sites/${SITE}/events?access_token=${display.token}`,
  async () => {
    const t0 = performance.now();
    if (!(await api(`/queue/counters/${counter.id}/call`, clerk, {})))
      throw new Error("nobody waited to be called: the bench takes one ticket per call");
    answered.push(performance.now() - t0);
  },
);
answered.sort((a, b) => a - b);

// Baseline: the least a server can do — write the POSTed event to every open stream.
const bare = Fastify();
const open = new Set();
bare.get("/events", (req, reply) => {
  reply.hijack();
  reply.raw.writeHead(200, { "content-type": "text/event-stream" });
  reply.raw.write("event: hello\ndata: {}\n\n");
  open.add(reply.raw);
  reply.raw.on("close", () => open.delete(reply.raw));
});
bare.post("/echo", async (req) => {
  const text = `event: call\ndata: ${JSON.stringify(req.body)}\n\n`;
  for (const res of open) res.write(text);
  return { ok: true };
});
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });
const baseline = await measure(`${bareUrl}/events`, (c) =>
  fetch(`${bareUrl}/echo`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ticketNumber: `A${c}`, counterName: "1号窗口", text: `请A${c}号到1号窗口办理` }),
  }).then((r) => r.arrayBuffer()),
);

for (const res of open) res.end();
await bare.close();
await app.close();
await handle.close();
const where = handle.kind === "postgres" ? "PostgreSQL" : "PGlite (in memory)";
console.log(`calls: ${CALLS}, display streams: ${STREAMS}, database: ${where}`);
console.log(`call → display       p50 ${ours.p50.toFixed(1)} ms, p99 ${ours.p99.toFixed(1)} ms`);
console.log(`  (the call's own HTTP answer: p50 ${answered[Math.floor(answered.length / 2)].toFixed(1)} ms)`);
console.log(
  `bare SSE echo        p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms (baseline)`,
);
console.log(
  JSON.stringify({
    metric: "queue_call_display_p99_ms",
    value: Number(ours.p99.toFixed(1)),
    unit: "ms",
    baseline: Number(baseline.p99.toFixed(1)),
    ratio: Number((ours.p99 / baseline.p99).toFixed(2)),
  }),
);
