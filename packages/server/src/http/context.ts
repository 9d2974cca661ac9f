import type { Kysely, Transaction } from "kysely";
import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { Locale } from "@onewindow/shared";
import type { Clock } from "../clock.js";
import type { Database } from "../db/schema.js";
import type { SensitiveBox } from "../security/sensitive.js";
import type { Actor } from "./actor.js";

/** What every service function gets first: who acts, where, when, and how to reach the data. */
export type Ctx = {
  db: Kysely<Database>;
  actor: Actor | undefined;
  log: FastifyBaseLogger;
  clock: Clock;
  locale: Locale;
  ip: string | undefined;
  districtCode: string;
  box: SensitiveBox;
  /** Where residents reach the public site (SMS links, QR codes). */
  publicUrl: string;
  /**
   * Runs `fn` in one transaction: all of its writes land, or none. `fn` also gets this context
   * bound to the transaction (its `db` is the transaction, and its own `tx` stays inside it), so
   * what it calls with that context writes in the same transaction.
   */
  tx<T>(fn: (db: Transaction<Database>, tc: TxCtx) => Promise<T>): Promise<T>;
};

/** A context bound to an open transaction (see `Ctx.tx`). */
export type TxCtx = Omit<Ctx, "db"> & { db: Transaction<Database> };

/** `ctx` bound to the transaction `db`: nested `tx` calls join it instead of opening another. */
function bindTx(ctx: Ctx, db: Transaction<Database>): TxCtx {
  const tc: TxCtx = { ...ctx, db, tx: (fn) => fn(db, tc) };
  return tc;
}

/** The long-lived parts a request context is built from. */
export type Services = {
  db: Kysely<Database>;
  clock: Clock;
  box: SensitiveBox;
  districtCode: string;
  log: FastifyBaseLogger;
  publicUrl: string;
};

export function buildCtx(services: Services, req?: FastifyRequest): Ctx {
  return {
    db: services.db,
    actor: req?.actor,
    log: req?.log ?? services.log,
    clock: services.clock,
    locale: req?.locale ?? "zh-CN",
    ip: req?.ip,
    districtCode: services.districtCode,
    box: services.box,
    publicUrl: services.publicUrl,
    // `this`, not a captured object: a context copied with another clock or actor
    // (`{ ...ctx, clock }`) binds that copy to the transaction.
    tx(fn) {
      return services.db.transaction().execute((db) => fn(db, bindTx(this, db)));
    },
  };
}
