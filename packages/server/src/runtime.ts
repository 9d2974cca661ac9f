import pino from "pino";
import { SettableClock, systemClock, type Clock } from "./clock.js";
import { openDatabase, type DatabaseHandle } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { buildCtx } from "./http/context.js";
import { createSensitiveBox } from "./security/sensitive.js";
import { DISTRICT } from "./modules/org/index.js";
import { loadMasterKey, type Config } from "./config.js";
import { loadReferenceData } from "./seed/reference.js";
import { bootstrapAdmin } from "./seed/bootstrap.js";
import { loadDemoData } from "./seed/demo.js";
import { setCaseNumberPattern } from "./modules/cases/index.js";

export type Runtime = {
  config: Config;
  handle: DatabaseHandle;
  clock: Clock;
  testClock: SettableClock | undefined;
  masterKey: Buffer;
  log: pino.Logger;
};

/** Opens the database, brings its schema up to date and loads reference data; what every CLI command needs. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const log = pino({ level: config.logLevel });
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(handle);
  if (applied.length > 0) log.info({ applied }, "database migrated");
  const settable = config.testClock || config.clockStart ? new SettableClock() : undefined;
  if (settable && config.clockStart) settable.set(config.clockStart);
  const testClock = config.testClock ? settable : undefined;
  const clock = settable ?? systemClock;
  const catalog = await loadReferenceData(handle.db, clock);
  log.info({ catalog }, "reference data ready");
  return {
    config,
    handle,
    clock,
    testClock,
    masterKey: loadMasterKey(config.dataDir),
    log,
  };
}

/** A context for work the system itself does (seeding, CLI), with no acting user. */
export function systemCtx(rt: Runtime) {
  return buildCtx({
    db: rt.handle.db,
    clock: rt.clock,
    box: createSensitiveBox(rt.masterKey),
    districtCode: DISTRICT.code,
    log: rt.log,
    publicUrl: rt.config.publicUrl,
  });
}

/** The case-number pattern from the environment; the bootstrap admin when asked; demo data unless --no-demo. */
export async function prepareData(rt: Runtime, opts: { demo: boolean }) {
  const ctx = systemCtx(rt);
  if (process.env.ONEWINDOW_CASE_NO_PATTERN) {
    await setCaseNumberPattern(ctx.db, process.env.ONEWINDOW_CASE_NO_PATTERN, rt.clock.now());
  }
  if (await bootstrapAdmin(ctx, rt.config.adminPassword)) rt.log.info("bootstrap account admin created");
  const demo = opts.demo ? await loadDemoData(ctx) : undefined;
  rt.log.info({ demo }, "data ready");
}
