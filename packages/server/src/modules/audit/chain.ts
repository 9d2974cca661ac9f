import { createHash } from "node:crypto";
import { canonicalJson } from "@onewindow/shared";
import type { Kysely, Selectable } from "kysely";
import type { AuditLogTable, Database } from "../../db/schema.js";

export const GENESIS_HASH = "0".repeat(64);

type Row = Selectable<AuditLogTable>;

/** The hash of one entry: its place in the chain, the previous hash and every field it records. */
export function entryHash(prevHash: string, seq: number, row: Row): string {
  const content = canonicalJson({
    seq,
    id: row.id,
    districtCode: row.district_code,
    at: new Date(row.at).toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    ip: row.ip,
    detail: row.detail,
  });
  return createHash("sha256").update(`${prevHash}\n${content}`).digest("hex");
}

const CONTENT = [
  "id",
  "district_code",
  "at",
  "actor_type",
  "actor_id",
  "action",
  "target_type",
  "target_id",
  "ip",
  "detail",
  "chain_seq",
  "prev_hash",
  "hash",
] as const;

/**
 * Seals committed entries into the chain, oldest first. Entries are written by
 * many transactions at once; sealing them afterwards, one sealer at a time (the
 * chain head row is locked), gives one unbroken order without making every
 * audited transaction wait for the others. Returns how many were sealed.
 */
export async function sealPending(db: Kysely<Database>, now: Date, limit = 1000): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const head = await tx
      .selectFrom("audit_chain_head")
      .select(["seq", "hash"])
      .where("id", "=", 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const rows = await tx
      .selectFrom("audit_log")
      .select(CONTENT)
      .where("chain_seq", "is", null)
      .orderBy("id")
      .limit(limit)
      .execute();
    let seq = Number(head.seq);
    let prev = head.hash;
    for (const row of rows) {
      seq += 1;
      const hash = entryHash(prev, seq, row);
      await tx
        .updateTable("audit_log")
        .set({ chain_seq: seq, prev_hash: prev, hash })
        .where("id", "=", row.id)
        .execute();
      prev = hash;
    }
    if (rows.length > 0)
      await tx
        .updateTable("audit_chain_head")
        .set({ seq, hash: prev, sealed_at: now })
        .where("id", "=", 1)
        .execute();
    return rows.length;
  });
}

export type ChainReport = {
  ok: boolean;
  checked: number;
  unsealed: number;
  /** The first entry that does not fit: edited, removed or out of order. */
  broken?: { seq: number; id: number | null; reason: "hash" | "link" | "gap" | "head" };
};

/** Walks the chain in order and recomputes every hash; names the first entry that does not fit. */
export async function verifyChain(db: Kysely<Database>, pageSize = 5000): Promise<ChainReport> {
  const head = await db
    .selectFrom("audit_chain_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .executeTakeFirstOrThrow();
  const unsealed = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("chain_seq", "is", null)
    .executeTakeFirstOrThrow();
  let checked = 0;
  let expectedSeq: number | undefined;
  let prev: string | undefined;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .select(CONTENT)
      .where("chain_seq", ">", after)
      .orderBy("chain_seq")
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const seq = Number(row.chain_seq);
      // Entries past the retention period may have been purged: the chain then starts later.
      expectedSeq ??= seq;
      prev ??= row.prev_hash!;
      const fail = (reason: "hash" | "link" | "gap"): ChainReport => ({
        ok: false,
        checked,
        unsealed: Number(unsealed.n),
        broken: { seq: expectedSeq!, id: reason === "gap" ? null : row.id, reason },
      });
      if (seq !== expectedSeq) return fail("gap");
      if (row.prev_hash !== prev) return fail("link");
      if (entryHash(prev, seq, row) !== row.hash) return fail("hash");
      prev = row.hash;
      expectedSeq = seq + 1;
      checked += 1;
      after = seq;
    }
    if (rows.length < pageSize) break;
  }
  // A removed tail leaves the head pointing past the last entry.
  if ((checked > 0 || Number(head.seq) > 0) && (after !== Number(head.seq) || prev !== head.hash)) {
    return {
      ok: false,
      checked,
      unsealed: Number(unsealed.n),
      broken: { seq: after + 1, id: null, reason: "head" },
    };
  }
  return { ok: true, checked, unsealed: Number(unsealed.n) };
}
