import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  testClock: boolean;
  /** Where the clock starts (then runs at the real pace): demos and tests only, never production. */
  clockStart: Date | undefined;
  adminPassword: string | undefined;
  logLevel: string;
  publicUrl: string;
};

/**
 * The 32-byte key that protects ID numbers and phones. From ONEWINDOW_MASTER_KEY
 * (base64) in production; otherwise kept in the data folder, created on first use,
 * so a trial install needs no setup. Losing it makes encrypted fields unreadable.
 */
export function loadMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.ONEWINDOW_MASTER_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, "base64");
    if (key.length !== 32) throw new Error("ONEWINDOW_MASTER_KEY must be 32 bytes, base64-encoded");
    return key;
  }
  const file = join(dataDir, "master.key");
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("base64") + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: env.PORT ? Number(env.PORT) : 3000,
    host: env.HOST ?? "127.0.0.1",
    dataDir: resolve(env.ONEWINDOW_DATA_DIR ?? "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: true,
    testClock: false,
    clockStart: undefined,
    adminPassword: env.ONEWINDOW_ADMIN_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL ?? "info",
    publicUrl: env.ONEWINDOW_PUBLIC_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`,
  };
}
