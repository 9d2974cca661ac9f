// Completed case-process instances per second: our engine with every step durable in the
// database (PostgreSQL with DATABASE_URL, else PGlite) against bpmn-engine running the same
// process as BPMN in memory, measured in the same run.
// Process: intake → two parallel department approvals (each with a 5-day SLA timer) → decision → end.
// Both sides run WORKERS instances at a time (default 8; PGlite has one connection, so there it
// serialises anyway).
// Usage: npm run bench -- workflow [instances=300] [workers=8]
import { EventEmitter } from "node:events";
import { performance } from "node:perf_hooks";
import { Engine } from "bpmn-engine";
import { BpmnModdle } from "bpmn-moddle";
import { sql } from "kysely";
import { openDatabase } from "../packages/server/dist/db/client.js";
import { definitionFromSteps, advance, initialState } from "../packages/shared/dist/index.js";

const N = Number(process.argv[2] ?? 300);
const WORKERS = Number(process.argv[3] ?? 8);

/** Runs `one(i)` for every i < count with WORKERS in flight; returns completions per second. */
async function throughput(one, count = N) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < count) await one(next++);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** Commits per instance in `ours`: the insert, then one per step (start, intake, two approvals, decision). */
const COMMITS_PER_INSTANCE = 6;

/**
 * The database's own ceiling for this bench: one-row transactions committed per second
 * with the same number of workers, divided by the commits an instance needs. No engine
 * that makes each step durable on its own can complete instances faster on this machine.
 */
async function commitCeiling(db) {
  await sql`CREATE TABLE IF NOT EXISTS bench_commits (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const commits = await throughput(
    () => sql`INSERT INTO bench_commits DEFAULT VALUES`.execute(db),
    N * COMMITS_PER_INSTANCE,
  );
  await sql`DROP TABLE bench_commits`.execute(db);
  return commits;
}

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="bench" targetNamespace="bench">
  <process id="case" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="intake" />
    <userTask id="intake" />
    <sequenceFlow id="f2" sourceRef="intake" targetRef="split" />
    <parallelGateway id="split" />
    <sequenceFlow id="f3" sourceRef="split" targetRef="a" />
    <sequenceFlow id="f4" sourceRef="split" targetRef="b" />
    <userTask id="a" />
    <boundaryEvent id="ta" attachedToRef="a" cancelActivity="false"><timerEventDefinition><timeDuration>P5D</timeDuration></timerEventDefinition></boundaryEvent>
    <userTask id="b" />
    <boundaryEvent id="tb" attachedToRef="b" cancelActivity="false"><timerEventDefinition><timeDuration>P5D</timeDuration></timerEventDefinition></boundaryEvent>
    <sequenceFlow id="f5" sourceRef="a" targetRef="join" />
    <sequenceFlow id="f6" sourceRef="b" targetRef="join" />
    <parallelGateway id="join" />
    <sequenceFlow id="f7" sourceRef="join" targetRef="decide" />
    <userTask id="decide" />
    <sequenceFlow id="f8" sourceRef="decide" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

const definition = definitionFromSteps("bench", "bench", [
  { name: "受理", orgKind: "community", parallel: false, days: 1 },
  { name: "房产核查", orgKind: "department", deptKey: "FC", parallel: true, days: 5 },
  { name: "国土核查", orgKind: "department", deptKey: "ZR", parallel: true, days: 5 },
  { name: "审批", orgKind: "department", deptKey: "ZJ", parallel: false, days: 5 },
]);

async function ours(db) {
  await sql`CREATE TABLE IF NOT EXISTS bench_instances (id serial PRIMARY KEY, state jsonb NOT NULL, status text NOT NULL)`.execute(
    db,
  );
  await sql`CREATE TABLE IF NOT EXISTS bench_tasks (instance_id int NOT NULL, task_id text NOT NULL, status text NOT NULL, due date, PRIMARY KEY (instance_id, task_id))`.execute(
    db,
  );
  /** One durable step: lock the instance, advance, persist state and task changes, commit. */
  async function step(id, event) {
    return db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom("bench_instances")
        .select("state")
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const next = advance(definition, row.state, event);
      for (const e of next.effects) {
        if (e.type === "openTask")
          await tx
            .insertInto("bench_tasks")
            .values({ instance_id: id, task_id: e.taskId, status: "open", due: "2026-12-01" })
            .execute();
        if (e.type === "closeTask")
          await tx
            .updateTable("bench_tasks")
            .set({ status: e.outcome })
            .where("instance_id", "=", id)
            .where("task_id", "=", e.taskId)
            .execute();
      }
      await tx
        .updateTable("bench_instances")
        .set({ state: JSON.stringify(next.state), status: next.state.status })
        .where("id", "=", id)
        .execute();
      return next.state;
    });
  }
  return throughput(async () => {
    const { id } = await db
      .insertInto("bench_instances")
      .values({ state: JSON.stringify(initialState()), status: "running" })
      .returning("id")
      .executeTakeFirstOrThrow();
    let state = await step(id, { type: "start" });
    while (state.status === "running") {
      state = await step(id, { type: "complete", taskId: state.tokens[0].id, decision: "approve" });
    }
  });
}

function runBpmn(options) {
  return new Promise((resolve, reject) => {
    const engine = new Engine(options);
    const listener = new EventEmitter();
    listener.on("wait", (api) => api.signal());
    engine.execute({ listener }, (err) => (err ? reject(err) : resolve()));
  });
}

async function bpmnEngine(parseEachTime) {
  const moddleContext = parseEachTime ? undefined : await new BpmnModdle().fromXML(BPMN);
  return throughput((i) =>
    runBpmn(parseEachTime ? { name: `c${i}`, source: BPMN } : { name: `c${i}`, moddleContext }),
  );
}

const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: undefined });
const where = handle.kind === "postgres" ? "PostgreSQL" : "PGlite (in memory)";
const durable = await ours(handle.db);
const commitsPerSecond = await commitCeiling(handle.db);
await sql`DROP TABLE bench_tasks; DROP TABLE bench_instances`.execute(handle.db).catch(() => {});
await handle.close();
const parsedOnce = await bpmnEngine(false);
const parsedEach = await bpmnEngine(true);
console.log(`instances: ${N}, ${WORKERS} at a time, database: ${where}`);
console.log(`OneWindow engine, every step durable     ${durable.toFixed(0)} instances/s`);
console.log(`bpmn-engine in memory, XML parsed once    ${parsedOnce.toFixed(0)} instances/s  (baseline)`);
console.log(`bpmn-engine in memory, XML parsed per run ${parsedEach.toFixed(0)} instances/s`);
const ceiling = commitsPerSecond / COMMITS_PER_INSTANCE;
console.log(
  `database ceiling: ${commitsPerSecond.toFixed(0)} one-row commits/s ÷ ${COMMITS_PER_INSTANCE} per instance = ${ceiling.toFixed(0)} instances/s ` +
    `(×${(ceiling / parsedOnce).toFixed(1)} the baseline; the engine reaches ${((100 * durable) / ceiling).toFixed(0)}% of it)`,
);
console.log(
  JSON.stringify({
    metric: "workflow_instances_per_s",
    value: Math.round(durable),
    unit: "instances/s",
    baseline: Math.round(parsedOnce),
    ratio: Number((durable / parsedOnce).toFixed(2)),
  }),
);
