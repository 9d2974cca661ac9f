import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { canonicalJson } from "@onewindow/shared";
import type { Database } from "../db/schema.js";
import { isUniqueViolation } from "../db/errors.js";
import { AppError, invalidField } from "../errors.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route honours `Idempotency-Key` (API.md): a retry replays the first answer. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency: { scope: string; key: string } | undefined;
  }
}

function scopeOf(req: FastifyRequest): string {
  const who = req.actor ? `${req.actor.type}:${req.actor.id}` : `ip:${req.ip}`;
  // The concrete path, so one key cannot stand for two records (two tasks, two tickets).
  return `${who}:${req.method} ${req.url.split("?")[0]}`;
}

/**
 * Reserve-then-complete: the key is inserted before the handler runs (the
 * primary key makes concurrent duplicates lose), and the answer is stored after.
 * 5xx answers release the key so a retry can do the work.
 */
export function registerIdempotency(app: FastifyInstance, db: Kysely<Database>) {
  app.decorateRequest("idempotency", undefined);

  app.addHook("preHandler", async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.routeOptions.config.idempotent) return;
    const raw = req.headers["idempotency-key"];
    if (raw === undefined) return;
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!key || key.length > 200 || !/^[\x21-\x7e]+$/.test(key)) {
      throw invalidField("Idempotency-Key", "VALIDATION_FAILED.format");
    }
    const scope = scopeOf(req);
    const requestHash = createHash("sha256")
      .update(canonicalJson(req.body ?? null))
      .digest("hex");
    try {
      await db
        .insertInto("idempotency_keys")
        .values({ scope, key, request_hash: requestHash, created_at: req.ctx.clock.now() })
        .execute();
      req.idempotency = { scope, key };
      return;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    const first = await db
      .selectFrom("idempotency_keys")
      .selectAll()
      .where("scope", "=", scope)
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
    if (first.request_hash !== requestHash)
      throw new AppError("IDEMPOTENCY_CONFLICT", { field: "Idempotency-Key" });
    if (first.status_code === null)
      throw new AppError("IDEMPOTENCY_IN_PROGRESS", { field: "Idempotency-Key" });
    return reply
      .status(first.status_code)
      .header("content-type", "application/json; charset=utf-8")
      .header("idempotent-replayed", "true")
      .send(first.response_body ?? "");
  });

  app.addHook("onSend", async (req, reply, payload) => {
    const held = req.idempotency;
    if (!held) return payload;
    req.idempotency = undefined;
    if (reply.statusCode >= 500) {
      await db
        .deleteFrom("idempotency_keys")
        .where("scope", "=", held.scope)
        .where("key", "=", held.key)
        .execute();
    } else {
      const body = typeof payload === "string" ? payload : JSON.stringify(payload);
      await db
        .updateTable("idempotency_keys")
        .set({ status_code: reply.statusCode, response_body: body })
        .where("scope", "=", held.scope)
        .where("key", "=", held.key)
        .execute();
    }
    return payload;
  });
}

/** How long a key replays its first answer; after that the same key is a new request. */
export const KEEP_MS = 24 * 60 * 60 * 1000;
/** A reservation with no answer this long belongs to a request that died with its server. */
export const ABANDONED_MS = 10 * 60 * 1000;

/**
 * Forgets answers older than a day (they hold response bodies: no longer than retries need)
 * and releases reservations whose request never finished, so its retry can do the work.
 */
export async function purgeIdempotencyKeys(db: Kysely<Database>, now: Date) {
  const expired = await db
    .deleteFrom("idempotency_keys")
    .where((eb) =>
      eb.or([
        eb("created_at", "<", new Date(now.getTime() - KEEP_MS)),
        eb.and([
          eb("status_code", "is", null),
          eb("created_at", "<", new Date(now.getTime() - ABANDONED_MS)),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(expired.numDeletedRows);
}
