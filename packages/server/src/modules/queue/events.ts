import { sql, type Kysely } from "kysely";
import type { DatabaseHandle } from "../../db/client.js";
import type { Database } from "../../db/schema.js";

/** What a hall display hears: a call, or a change in how many wait. */
export type QueueEvent = {
  id: number;
  siteCode: string;
  kind: "call" | "line";
  data: Record<string, unknown>;
};

export const QUEUE_CHANNEL = "onewindow_queue";

/**
 * Records events in the caller's transaction and signals each with NOTIFY, which
 * PostgreSQL delivers only on commit: a display never shows a call that was rolled
 * back, and every server copy (all LISTEN) hears it. One statement for all of them,
 * in the order given: a call is the hot path of a busy hall.
 */
export async function publishQueueEvents(
  db: Kysely<Database>,
  siteCode: string,
  events: { kind: QueueEvent["kind"]; data: Record<string, unknown> }[],
  now: Date,
) {
  if (events.length === 0) return;
  // pg_notify is volatile, so it runs after ORDER BY: displays hear the events in id order.
  await sql`
    WITH recorded AS (
      INSERT INTO queue_events (site_code, kind, payload, at)
      SELECT ${siteCode}, e.kind, e.data, ${now}
      FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS (kind text, data jsonb))
        WITH ORDINALITY AS e(kind, data, n)
      ORDER BY e.n
      RETURNING id, site_code, kind, payload
    )
    SELECT pg_notify(${QUEUE_CHANNEL},
      json_build_object('id', id, 'siteCode', site_code, 'kind', kind, 'data', payload)::text)
    FROM recorded ORDER BY id`.execute(db);
}

export function publishQueueEvent(
  db: Kysely<Database>,
  siteCode: string,
  kind: QueueEvent["kind"],
  data: Record<string, unknown>,
  now: Date,
) {
  return publishQueueEvents(db, siteCode, [{ kind, data }], now);
}

/** Events of a site after `afterId`, oldest first (a reconnecting display catches up). */
export async function eventsAfter(db: Kysely<Database>, siteCode: string, afterId: number, limit = 200) {
  const rows = await db
    .selectFrom("queue_events")
    .select(["id", "site_code", "kind", "payload"])
    .where("site_code", "=", siteCode)
    .where("id", ">", afterId)
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r): QueueEvent => ({ id: r.id, siteCode: r.site_code, kind: r.kind, data: r.payload }));
}

type Listener = (event: QueueEvent) => void;

/**
 * Fans NOTIFYs out to the event streams open on this server copy. After the
 * LISTEN connection comes back it re-reads what it missed from queue_events.
 */
export class QueueEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private lastId = 0;
  private stop: (() => Promise<void>) | undefined;

  constructor(private readonly handle: DatabaseHandle) {}

  async start() {
    const last = await this.handle.db
      .selectFrom("queue_events")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst();
    this.lastId = Number(last?.id ?? 0);
    let first = true;
    this.stop = await this.handle.listen(
      QUEUE_CHANNEL,
      (payload) => this.deliver(JSON.parse(payload) as QueueEvent),
      () => {
        if (first) first = false;
        else void this.catchUp();
      },
    );
  }

  async close() {
    await this.stop?.();
    this.listeners.clear();
  }

  subscribe(siteCode: string, fn: Listener): () => void {
    let set = this.listeners.get(siteCode);
    if (!set) this.listeners.set(siteCode, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.listeners.delete(siteCode);
    };
  }

  /** Open streams per site (metrics). */
  get streamCount() {
    let n = 0;
    for (const s of this.listeners.values()) n += s.size;
    return n;
  }

  private deliver(event: QueueEvent) {
    if (event.id > this.lastId) this.lastId = event.id;
    for (const fn of this.listeners.get(event.siteCode) ?? []) fn(event);
  }

  private async catchUp() {
    const rows = await this.handle.db
      .selectFrom("queue_events")
      .select(["id", "site_code", "kind", "payload"])
      .where("id", ">", this.lastId)
      .orderBy("id")
      .limit(1000)
      .execute();
    for (const r of rows) this.deliver({ id: r.id, siteCode: r.site_code, kind: r.kind, data: r.payload });
  }
}
