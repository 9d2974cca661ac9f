import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** One folder at a time (several server copies may run the job). */
const FOLD_LOCK = 720_514_001;
const BATCH = 100_000;
const VACUUM_AFTER = 1000;

const METRICS = ["received", "accepted", "completed", "on_time", "approved", "handling_seconds"] as const;
const sums = sql.raw(METRICS.map((m) => `sum(${m})`).join(", "));
const cols = sql.raw(METRICS.join(", "));
const addUp = (table: string) =>
  sql.raw(METRICS.map((m) => `${m} = ${table}.${m} + excluded.${m}`).join(", "));

/**
 * Folds pending deltas (written by the trigger on `cases`) into the monthly and
 * daily rollups, a batch per transaction. Returns how many deltas it folded.
 */
export async function foldRollups(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (;;) {
    const folded = await db.transaction().execute(async (tx) => {
      const { rows: lock } = await sql<{
        ok: boolean;
      }>`SELECT pg_try_advisory_xact_lock(${FOLD_LOCK}) AS ok`.execute(tx);
      if (!lock[0]?.ok) return 0;
      const { rows } = await sql<{ n: string }>`
        WITH moved AS (
          DELETE FROM case_rollup_deltas
          WHERE id IN (SELECT id FROM case_rollup_deltas ORDER BY id LIMIT ${BATCH})
          RETURNING *
        ),
        monthly AS (
          INSERT INTO case_rollup_monthly AS r (month, community_code, item_code, ${cols})
          SELECT date_trunc('month', day)::date, community_code, item_code, ${sums}
          FROM moved GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
          ON CONFLICT (community_code, month, item_code) DO UPDATE SET ${addUp("r")}
        ),
        daily AS (
          INSERT INTO case_rollup_daily AS r (day, community_code, ${cols})
          SELECT day, community_code, ${sums}
          FROM moved GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT (community_code, day) DO UPDATE SET ${addUp("r")}
        )
        SELECT count(*) AS n FROM moved`.execute(tx);
      return Number(rows[0]?.n ?? 0);
    });
    total += folded;
    if (folded < BATCH) break;
  }
  // Folding deletes; dashboards scan the deltas, so keep their pages few (PGlite has no autovacuum).
  if (total >= VACUUM_AFTER) await sql`VACUUM case_rollup_deltas`.execute(db);
  return total;
}

/** Recomputes every rollup from the cases table (repair; after bulk loads that bypassed nothing, not needed). */
export async function rebuildRollups(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`.execute(tx);
    await sql`DELETE FROM case_rollup_deltas`.execute(tx);
    await sql`DELETE FROM case_rollup_monthly`.execute(tx);
    await sql`DELETE FROM case_rollup_daily`.execute(tx);
    await sql`
      INSERT INTO case_rollup_deltas (day, community_code, item_code, ${cols})
      SELECT r.day, r.community_code, r.item_code, ${sql.raw(METRICS.map((m) => `sum(r.${m})`).join(", "))}
      FROM cases c, LATERAL case_rollup_rows(c.accepted_at, c.ended_at, c.status, c.promised_due, c.community_code, c.item_code, 1) r
      GROUP BY 1, 2, 3`.execute(tx);
  });
  await foldRollups(db);
}
