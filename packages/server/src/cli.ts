import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import Fastify from "fastify";
import { ROLES, type Role } from "@onewindow/shared";
import { randomBytes } from "node:crypto";
import { buildApp } from "./app.js";
import { systemClock } from "./clock.js";
import { openPGlite } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { configFromEnv, type Config } from "./config.js";
import { AppError } from "./errors.js";
import { renderError } from "./http/error-handler.js";
import {
  exportCatalog,
  importCatalog,
  CatalogInvalidError,
  catalogFromXlsx,
  catalogToXlsx,
} from "./modules/catalog/index.js";
import type { CatalogFile } from "./modules/catalog/index.js";
import { createStaff } from "./modules/org/index.js";
import { openRuntime, prepareData, systemCtx, type Runtime } from "./runtime.js";
import {
  smsGatewayFromEnv,
  startAuditSealer,
  startIdempotencyPurge,
  startDeadlineCheck,
  startDispatcher,
  startRollupFolder,
  startPaymentReconciler,
} from "./jobs.js";
import { sealPending, verifyChain } from "./modules/audit/index.js";
import { runSupervisionChecks } from "./modules/supervision/index.js";
import { deemAccepted } from "./modules/cases/index.js";
import { readCatalogFile } from "./seed/reference.js";
import { generateCases, rebuildRollups } from "./modules/analytics/index.js";
import { billerFromEnv } from "./modules/payments/index.js";
import { BridgeSimulator, bridgeSimulatorRoutes } from "./bridge-sim/simulator.js";

const USAGE = `onewindow — 一窗通 community service platform

Usage:
  onewindow serve [--port N] [--host H] [--data-dir DIR] [--no-demo] [--test-clock [--clock-start ISO]]
  onewindow migrate
  onewindow openapi         (prints the API's OpenAPI 3 document, as served at /docs/json)
  onewindow seed [--demo]
  (any command but a plain serve takes --clock-start ISO: it runs as if started at that moment,
   e.g. seed --demo --clock-start 2026-11-18T10:00:00+08:00 dates the demo's "today" there)
  onewindow user create --username U --name NAME --org CODE --role ROLE[@ORG] [--role …]
                        (password from ONEWINDOW_NEW_PASSWORD or --password)
  onewindow catalog export FILE.xlsx|FILE.json
  onewindow catalog import FILE.xlsx|FILE.json
  onewindow audit seal      (seals pending audit entries into the hash chain; the server does this itself)
  onewindow audit verify    (checks the audit hash chain; exit code 1 and the first broken entry if not intact)
  onewindow generate --cases N [--years Y]   (adds N finished SIM… cases over Y years (default 3) for dashboards)
  onewindow analytics rebuild                (recomputes the dashboard rollups from the cases table)
  onewindow bridge-sim [--port N]            (the kiosk device-bridge simulator on its own, default port 17800;
                                              control page at /sim)

Environment: DATABASE_URL (PostgreSQL; default embedded PGlite in --data-dir, ./data),
  ONEWINDOW_ADMIN_PASSWORD (bootstrap account "admin"), ONEWINDOW_MASTER_KEY, PORT, LOG_LEVEL.`;

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  "data-dir": { type: "string" },
  "no-demo": { type: "boolean" },
  "test-clock": { type: "boolean" },
  "clock-start": { type: "string" },
  demo: { type: "boolean" },
  username: { type: "string" },
  name: { type: "string" },
  org: { type: "string" },
  role: { type: "string", multiple: true },
  password: { type: "string" },
  cases: { type: "string" },
  years: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function configFrom(values: Record<string, unknown>): Config {
  const config = configFromEnv();
  if (typeof values.port === "string") {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be 0–65535, got ${values.port}`);
    config.port = port;
    if (!process.env.ONEWINDOW_PUBLIC_URL && port !== 0) config.publicUrl = `http://127.0.0.1:${port}`;
  }
  if (typeof values.host === "string") config.host = values.host;
  if (typeof values["data-dir"] === "string") config.dataDir = values["data-dir"];
  config.demo = !values["no-demo"];
  config.testClock = Boolean(values["test-clock"]);
  if (typeof values["clock-start"] === "string") config.clockStart = parseClockStart(values["clock-start"]);
  return config;
}

/** An ISO 8601 moment with its offset (a bare date would depend on the machine's time zone). */
function parseClockStart(text: string): Date {
  const at = new Date(text);
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(at.getTime()))
    throw new UsageError(
      `--clock-start needs an ISO 8601 time with its offset, e.g. 2026-11-18T10:00:00+08:00; got ${text}`,
    );
  return at;
}

class UsageError extends Error {}

const BROKEN_TEXT = {
  hash: "its content was changed after sealing",
  link: "it does not follow the entry before it (an entry was removed or reordered)",
  gap: "it is missing",
  head: "entries at the end of the chain were removed",
} as const;

async function serve(config: Config) {
  const rt = await openRuntime(config);
  await prepareData(rt, { demo: config.demo });
  const biller = billerFromEnv();
  const app = await buildApp({
    handle: rt.handle,
    clock: rt.clock,
    testClock: rt.testClock,
    payments: { biller },
    // The demo kiosk talks to simulated devices; a real kiosk's bridge runs on the kiosk itself.
    ...(config.demo ? { bridgeSimulator: new BridgeSimulator() } : {}),
    masterKey: rt.masterKey,
    logLevel: config.logLevel,
    publicUrl: config.publicUrl,
    defaultMetrics: true,
    onClockSet: async () => {
      await runSupervisionChecks(systemCtx(rt));
      await deemAccepted(systemCtx(rt));
    },
  });
  const dispatcher = startDispatcher(systemCtx(rt), smsGatewayFromEnv(), rt.log);
  const sealer = startAuditSealer(systemCtx(rt), rt.log);
  const deadlines = startDeadlineCheck(systemCtx(rt), rt.log);
  const rollups = startRollupFolder(systemCtx(rt), rt.log);
  const reconciler = startPaymentReconciler(systemCtx(rt), biller, rt.log);
  const idempotency = startIdempotencyPurge(systemCtx(rt), rt.log);
  app.addHook("onClose", async () => {
    await idempotency.stop();
    await reconciler.stop();
    await dispatcher.stop();
    await deadlines.stop();
    await rollups.stop();
    await sealer.stop();
  });
  await app.listen({ port: config.port, host: config.host, listenTextResolver: () => "server started" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  process.stdout.write(`listening on http://127.0.0.1:${port}\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await rt.handle.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

async function printOpenApi() {
  const handle = await openPGlite(undefined);
  await migrate(handle); // the queue's event hub reads its table once the app is ready
  const app = await buildApp({ handle, clock: systemClock, masterKey: randomBytes(32), logLevel: "silent" });
  await app.ready();
  process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
  await app.close();
  await handle.close();
}

async function withRuntime(config: Config, fn: (rt: Runtime) => Promise<void>) {
  const rt = await openRuntime(config);
  try {
    await fn(rt);
  } finally {
    await rt.handle.close();
  }
}

function parseRole(spec: string, defaultOrg: string): { role: Role; orgCode: string } {
  const [role, org] = spec.split("@");
  if (!ROLES.includes(role as Role))
    throw new UsageError(`--role must be one of ${ROLES.join(", ")} (optionally ROLE@ORG)`);
  return { role: role as Role, orgCode: org || defaultOrg };
}

async function readCatalog(path: string): Promise<CatalogFile> {
  if (extname(path) === ".json") return readCatalogFile(path);
  return catalogFromXlsx(readFileSync(path));
}

export async function main(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [command = "serve", sub, arg] = positionals;
  if (values.help || command === "help") {
    console.log(USAGE);
    return;
  }
  const config = configFrom(values);
  // A serving platform runs on the real clock unless it was started for demos and tests.
  if (config.clockStart && command === "serve" && !config.testClock)
    throw new UsageError("serve takes --clock-start only with --test-clock (demos and tests)");
  switch (command) {
    case "serve":
      return serve(config);
    case "openapi":
      // The API's OpenAPI 3 document, as /docs/json serves it, without a database or a port:
      // the web's types are generated from it (npm run openapi).
      return printOpenApi();
    case "migrate":
      return withRuntime(config, async () => console.log("database is up to date"));
    case "seed":
      return withRuntime(config, async (rt) => {
        await prepareData(rt, { demo: Boolean(values.demo) });
        console.log(values.demo ? "reference and demo data loaded" : "reference data loaded");
      });
    case "user": {
      if (sub !== "create") throw new UsageError("only `user create` is supported");
      const password = values.password ?? process.env.ONEWINDOW_NEW_PASSWORD;
      if (!values.username || !values.name || !values.org || !values.role || !password) {
        throw new UsageError("user create needs --username, --name, --org, --role and a password");
      }
      const org = values.org;
      return withRuntime(config, async (rt) => {
        const { id } = await createStaff(systemCtx(rt), undefined, {
          username: values.username!,
          name: values.name!,
          password,
          orgCode: org,
          roles: values.role!.map((r) => parseRole(r, org)),
        });
        console.log(`created ${values.username} (${id})`);
      });
    }
    case "catalog": {
      if (!arg || (sub !== "import" && sub !== "export")) throw new UsageError("catalog import|export FILE");
      return withRuntime(config, async (rt) => {
        const ctx = systemCtx(rt);
        if (sub === "export") {
          const file = await exportCatalog(ctx.db, ctx.districtCode, readCatalogFile().kindCodes);
          writeFileSync(
            arg,
            extname(arg) === ".json" ? JSON.stringify(file, null, 1) + "\n" : await catalogToXlsx(file),
          );
          console.log(`exported ${file.items.length} items to ${arg}`);
        } else {
          const counts = await importCatalog(ctx, await readCatalog(arg));
          console.log(
            `imported ${arg}: ${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged`,
          );
        }
      });
    }
    case "audit": {
      if (sub !== "verify" && sub !== "seal") throw new UsageError("audit verify|seal");
      return withRuntime(config, async (rt) => {
        if (sub === "seal") {
          let total = 0;
          for (let n = -1; n !== 0; total += n) n = await sealPending(rt.handle.db, rt.clock.now());
          console.log(`sealed ${total} audit entries`);
          return;
        }
        const r = await verifyChain(rt.handle.db);
        if (r.ok) {
          console.log(`audit chain intact: ${r.checked} entries checked, ${r.unsealed} not yet sealed`);
        } else {
          const b = r.broken!;
          console.log(
            `audit chain BROKEN at entry #${b.seq}${b.id !== null ? ` (row id ${b.id})` : ""}: ${BROKEN_TEXT[b.reason]}; ${r.checked} entries before it are intact`,
          );
          process.exitCode = 1;
        }
      });
    }
    case "bridge-sim": {
      const port = typeof values.port === "string" ? config.port : 17800;
      const app = Fastify({ logger: false });
      bridgeSimulatorRoutes(app, new BridgeSimulator());
      await app.listen({ port, host: config.host });
      console.log(
        `device bridge simulator on http://127.0.0.1:${port}/v1 — control page http://127.0.0.1:${port}/sim`,
      );
      return;
    }
    case "generate": {
      const cases = Number(values.cases);
      const years = values.years === undefined ? 3 : Number(values.years);
      if (!Number.isInteger(cases) || cases < 1 || cases > 50_000_000)
        throw new UsageError("--cases must be a whole number from 1 to 50000000");
      if (!(years > 0 && years <= 20)) throw new UsageError("--years must be more than 0 and at most 20");
      return withRuntime(config, async (rt) => {
        const started = Date.now();
        const r = await generateCases(systemCtx(rt), {
          cases,
          years,
          onProgress: (done, total) => process.stderr.write(`\rgenerated ${done}/${total}`),
        });
        process.stderr.write("\n");
        console.log(
          `generated ${r.generated} cases over ${years} years in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      });
    }
    case "analytics": {
      if (sub !== "rebuild") throw new UsageError("analytics rebuild");
      return withRuntime(config, async (rt) => {
        await rebuildRollups(rt.handle.db);
        console.log("dashboard rollups rebuilt");
      });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Runs the CLI and turns failures into a message and exit code, never a stack trace for user errors. */
export function run(argv: string[]) {
  main(argv).catch((err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`);
      process.exit(64);
    }
    if (err instanceof AppError) {
      const { error } = renderError(err, "zh-CN");
      console.error(`${error.code}: ${error.message}${error.field ? ` [${error.field}]` : ""}`);
      process.exit(1);
    }
    if (
      err instanceof CatalogInvalidError ||
      (err instanceof Error && err.message.startsWith("the workbook"))
    ) {
      console.error(err.message);
      process.exit(1);
    }
    console.error(err);
    process.exit(1);
  });
}
