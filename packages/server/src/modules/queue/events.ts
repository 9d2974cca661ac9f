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
 * Records an event in the caller's transaction and signals it with NOTIFY, which
 * PostgreSQL delivers only on commit: a display never shows a call that was rolled
 * back, and every server copy (all LISTEN) hears it.
 */
export async function publishQueueEvent(
  db: Kysely<Database>,
  siteCode: string,
  kind: QueueEvent["kind"],
  data: Record<string, unknown>,
  now: Date,
) {
  const { id } = await db
    .insertInto("queue_events")
    .values({ site_code: siteCode, kind, payload: JSON.stringify(data), at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const event: QueueEvent = { id, siteCode, kind, data };
  await sql`select pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify(event)})`.execute(db);
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
