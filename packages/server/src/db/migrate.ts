import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import type { DatabaseHandle } from "./client.js";
import { packageDir } from "../paths.js";

/** Migrations are plain SQL files, applied in name order, forward only. */
export const migrationsDir = join(packageDir, "src", "db", "migrations");

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

const LOCK_ID = 4301050001; // any constant; serialises runners of several server copies

async function ensureLedger(handle: DatabaseHandle) {
  await handle.runScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    );
    COMMENT ON TABLE schema_migrations IS '已执行的数据库迁移脚本';
    COMMENT ON COLUMN schema_migrations.name IS '迁移脚本文件名';
    COMMENT ON COLUMN schema_migrations.applied_at IS '执行时间';
  `);
}

async function appliedMigrations(handle: DatabaseHandle): Promise<Set<string>> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(handle.db);
  return new Set(rows.map((r) => r.name));
}

/** Applies pending migrations; each runs in its own transaction. Returns the names applied. */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  if (handle.kind === "postgres") await handle.runScript(`SELECT pg_advisory_lock(${LOCK_ID})`);
  try {
    await ensureLedger(handle);
    const done = await appliedMigrations(handle);
    const applied: string[] = [];
    for (const file of migrationFiles()) {
      if (done.has(file)) continue;
      const body = readFileSync(join(migrationsDir, file), "utf8");
      await handle.runScript(
        `BEGIN;\n${body}\n;INSERT INTO schema_migrations (name) VALUES ('${file}');\nCOMMIT;`,
      );
      applied.push(file);
    }
    return applied;
  } finally {
    if (handle.kind === "postgres") await handle.runScript(`SELECT pg_advisory_unlock(${LOCK_ID})`);
  }
}

/** Pings the database and returns the migrations it still lacks (empty when ready). */
export async function readiness(handle: DatabaseHandle): Promise<string[]> {
  await sql`SELECT 1`.execute(handle.db);
  return pendingMigrations(handle);
}

/** Names of migrations in the repository that the database has not applied yet. */
export async function pendingMigrations(handle: DatabaseHandle): Promise<string[]> {
  const exists = await sql<{
    ok: boolean;
  }>`SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`.execute(handle.db);
  const done = exists.rows[0]?.ok ? await appliedMigrations(handle) : new Set<string>();
  return migrationFiles().filter((f) => !done.has(f));
}
