// Finding a resident by ID number: blind-index lookup vs. the baseline without one
// (decrypt every row and compare), on embedded PGlite, measured in the same run.
// Usage: node bench/resident-lookup.mjs [residents=5000] [lookups=200]
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { openPGlite } from "../packages/server/dist/db/client.js";
import { migrate } from "../packages/server/dist/db/migrate.js";
import { loadReferenceData } from "../packages/server/dist/seed/reference.js";
import { createSensitiveBox } from "../packages/server/dist/security/sensitive.js";
import { systemClock } from "../packages/server/dist/clock.js";
import { buildResidentId } from "../packages/shared/dist/index.js";

const residents = Number(process.argv[2] ?? 5000);
const lookups = Number(process.argv[3] ?? 200);
const handle = await openPGlite(undefined);
await migrate(handle);
await loadReferenceData(handle.db, systemClock);
const box = createSensitiveBox(randomBytes(32));
const now = new Date();
const ids = [];
for (let i = 0; i < residents; i++) {
  const birth = `${1940 + (i % 70)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  ids.push(buildResidentId("430105", birth, ((i * 7) % 999) + 1));
}
const unique = [...new Set(ids)];
for (let i = 0; i < unique.length; i += 500) {
  await handle.db
    .insertInto("residents")
    .values(
      unique.slice(i, i + 500).map((id, j) => ({
        district_code: "430105000000",
        id_number_cipher: box.encrypt(id),
        id_number_index: box.blindIndex("idNumber", id),
        name: `基准${i + j}`,
        sex: "male",
        birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}
const targets = Array.from({ length: lookups }, (_, i) => unique[(i * 7919) % unique.length]);

async function time(label, fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) await fn(targets[i % targets.length]);
  const perOp = (performance.now() - start) / n;
  console.log(`${label.padEnd(34)} ${perOp.toFixed(3)} ms/lookup`);
  return perOp;
}

const indexed = await time(
  "blind index (indexed query)",
  async (id) => {
    const row = await handle.db
      .selectFrom("residents")
      .select(["id", "name"])
      .where("id_number_index", "=", box.blindIndex("idNumber", id))
      .executeTakeFirst();
    if (!row) throw new Error("not found");
  },
  lookups,
);
const scanRuns = Math.max(3, Math.min(20, Math.floor(lookups / 20)));
const scan = await time(
  "baseline: decrypt all and compare",
  async (id) => {
    const rows = await handle.db.selectFrom("residents").select(["id", "id_number_cipher"]).execute();
    if (!rows.find((r) => box.decrypt(r.id_number_cipher) === id)) throw new Error("not found");
  },
  scanRuns,
);
console.log(
  `residents: ${unique.length}; speed-up of the blind index over the baseline: ×${(scan / indexed).toFixed(0)}`,
);
console.log(`rss: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
console.log(
  JSON.stringify({
    metric: "resident_lookup_by_id",
    value: Number(indexed.toFixed(3)),
    unit: "ms/lookup",
    baseline: Number(scan.toFixed(3)),
    ratio: Number((scan / indexed).toFixed(1)),
  }),
);
await handle.close();
