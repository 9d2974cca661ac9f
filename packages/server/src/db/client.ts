import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { PGliteDialect } from "./pglite-dialect.js";
import type { Database } from "./schema.js";

export type DatabaseKind = "pglite" | "postgres";

/** An open database: the Kysely handle plus what the migration runner and shutdown need. */
export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Runs a multi-statement SQL script (migrations). */
  runScript(sql: string): Promise<void>;
  /**
   * Calls `onPayload` for each NOTIFY on `channel` (delivered after the sender's commit),
   * and `onResume` whenever listening (re)starts, so the caller can catch up on anything
   * sent while the connection was down. Resolves to a function that stops listening.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onResume?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

const OID = { int8: 20, date: 1082 } as const;

/** Dates stay "YYYY-MM-DD" strings (no time-zone shift); counts come back as numbers. */
const parsers = {
  [OID.int8]: (value: string) => Number(value),
  [OID.date]: (value: string) => value,
};

/**
 * Opens embedded PGlite in `dataDir` (or in memory when `dataDir` is undefined), optionally
 * starting from a dump of another database's files (`dumpDataDir`), which skips initdb.
 */
export async function openPGlite(dataDir: string | undefined, from?: Blob): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(from ? { loadDataDir: from } : {}),
    parsers,
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: "pglite",
    async runScript(sql) {
      // Through Kysely's connection queue so no other query interleaves.
      await db.connection().execute(async () => {
        await pglite.exec(sql);
      });
    },
    async listen(channel, onPayload, onResume) {
      assertChannel(channel);
      // Through the connection queue, so LISTEN never lands inside someone's transaction.
      const stop = await db.connection().execute(() => pglite.listen(channel, onPayload));
      onResume?.();
      return async () => {
        await db.connection().execute(() => stop());
      };
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** Opens a PostgreSQL pool on `url`. */
export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const types = {
    getTypeParser(oid: number, format?: "text" | "binary") {
      const parser = parsers[oid as keyof typeof parsers];
      if (parser && format !== "binary") return parser;
      return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection dropped by the server (restart, failover, DROP DATABASE) must not
  // crash the process; the pool replaces it and the next query reports any real outage.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: "postgres",
    async runScript(sql) {
      const client = await pool.connect();
      try {
        await client.query(sql);
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload, onResume) => listenPostgres(url, channel, onPayload, onResume),
    async close() {
      await db.destroy();
    },
  };
}

function assertChannel(channel: string) {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel name ${channel}`);
}

/**
 * A dedicated connection that LISTENs and reconnects with back-off when the server
 * drops it (restart, failover); each reconnect calls `onResume`.
 */
async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onResume?: () => void,
): Promise<() => Promise<void>> {
  assertChannel(channel);
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = 500;
  let timer: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on("notification", (m) => {
      if (m.channel === channel) onPayload(m.payload ?? "");
    });
    c.on("error", () => {
      if (client === c) reconnect();
    });
    c.on("end", () => {
      if (client === c) reconnect();
    });
    client = c;
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    retryMs = 500;
    onResume?.();
  };
  const reconnect = () => {
    const old = client;
    client = undefined;
    old?.end().catch(() => {});
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      connect().catch(() => {
        retryMs = Math.min(retryMs * 2, 10_000);
        reconnect();
      });
    }, retryMs);
    timer.unref();
  };
  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = undefined;
    await c?.end().catch(() => {});
  };
}

/** Opens PostgreSQL when a URL is given, else PGlite in the data folder. */
export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}): Promise<DatabaseHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPGlite(opts.dataDir);
}
