import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { freshDatabase } from "../test/test-app.js";
import type { DatabaseHandle } from "./client.js";
import { migrate, pendingMigrations } from "./migrate.js";

let handle: DatabaseHandle;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ handle, drop } = await freshDatabase());
});
afterAll(() => drop());

describe("migrations", () => {
  it("apply once and then have nothing pending", async () => {
    expect((await migrate(handle)).length).toBeGreaterThan(0);
    expect(await migrate(handle)).toEqual([]);
    expect(await pendingMigrations(handle)).toEqual([]);
  });

  it("comment every table and column (the data dictionary)", async () => {
    const { rows } = await sql<{ table_name: string; column_name: string | null }>`
      SELECT c.relname AS table_name, NULL AS column_name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND obj_description(c.oid, 'pg_class') IS NULL
      UNION ALL
      SELECT c.relname, a.attname
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         AND col_description(c.oid, a.attnum) IS NULL`.execute(handle.db);
    expect(rows).toEqual([]);
  });

  it("returns dates as YYYY-MM-DD and bigints as numbers on either driver", async () => {
    const { rows } = await sql<{ d: unknown; n: unknown; t: unknown }>`
      SELECT '2026-10-01'::date AS d, count(*) AS n, '2026-10-01T08:00:00+08:00'::timestamptz AS t FROM orgs`.execute(
      handle.db,
    );
    expect(rows[0]).toEqual({ d: "2026-10-01", n: 0, t: new Date("2026-10-01T00:00:00Z") });
  });
});
