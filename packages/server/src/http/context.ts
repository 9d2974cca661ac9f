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
  /** Runs `fn` in one transaction: all of its writes land, or none. */
  tx<T>(fn: (db: Transaction<Database>) => Promise<T>): Promise<T>;
};

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
    tx: (fn) => services.db.transaction().execute(fn),
  };
}
