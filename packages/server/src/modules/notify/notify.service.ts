import { maskPhone } from "@onewindow/shared";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Ctx } from "../../http/context.js";
import type { SensitiveBox } from "../../security/sensitive.js";
import type { SmsGateway } from "./sms-gateway.js";
import { render, type TemplateName } from "./templates.js";

const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 30_000;

/**
 * Queues an SMS in the caller's transaction (the outbox): it exists exactly when
 * the change it reports does. The same `key` queues nothing twice.
 */
export async function enqueueSms(
  db: Kysely<Database>,
  ctx: { box: SensitiveBox; districtCode: string; now: Date },
  message: { key: string; to: string; template: TemplateName; params: Record<string, string> },
) {
  await db
    .insertInto("outbox_messages")
    .values({
      district_code: ctx.districtCode,
      dedupe_key: message.key,
      channel: "sms",
      to_cipher: ctx.box.encrypt(message.to),
      to_index: ctx.box.blindIndex("phone", message.to),
      to_masked: maskPhone(message.to),
      template: message.template,
      text: render(message.template, message.params),
      status: "pending",
      next_attempt_at: ctx.now,
      created_at: ctx.now,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}

/** A message being sent is leased for this long; if the sender dies, it is retried after. */
const LEASE_MS = 120_000;

/**
 * Sends due messages. Each is claimed in a short transaction (FOR UPDATE SKIP
 * LOCKED plus a lease), sent outside it, then marked; several server copies never
 * send the same message at once, and a crash mid-send only delays it — the
 * gateway's idempotency key (the message id) keeps the retry from sending twice.
 */
export async function dispatchDue(
  ctx: Pick<Ctx, "db" | "box" | "clock" | "log">,
  gateway: SmsGateway,
  limit = 20,
) {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const msg = await ctx.db.transaction().execute(async (db) => {
      const now = ctx.clock.now();
      const due = await db
        .selectFrom("outbox_messages")
        .selectAll()
        .where("status", "=", "pending")
        .where("next_attempt_at", "<=", now)
        .orderBy("next_attempt_at")
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (due) {
        await db
          .updateTable("outbox_messages")
          .set({ attempts: due.attempts + 1, next_attempt_at: new Date(now.getTime() + LEASE_MS) })
          .where("id", "=", due.id)
          .execute();
      }
      return due;
    });
    if (!msg) break;
    const attempts = msg.attempts + 1;
    try {
      const { providerId } = await gateway.send({
        to: ctx.box.decrypt(msg.to_cipher),
        text: msg.text,
        idempotencyKey: msg.id,
      });
      await ctx.db
        .updateTable("outbox_messages")
        .set({ status: "sent", provider_id: providerId, sent_at: ctx.clock.now(), last_error: null })
        .where("id", "=", msg.id)
        .execute();
      sent++;
    } catch (err) {
      const giveUp = attempts >= MAX_ATTEMPTS;
      await ctx.db
        .updateTable("outbox_messages")
        .set({
          status: giveUp ? "failed" : "pending",
          last_error: err instanceof Error ? err.message.slice(0, 300) : "unknown error",
          next_attempt_at: new Date(ctx.clock.now().getTime() + BASE_BACKOFF_MS * 2 ** (attempts - 1)),
        })
        .where("id", "=", msg.id)
        .execute();
      ctx.log.warn({ outboxId: msg.id, attempts, giveUp }, "SMS delivery failed");
      failed++;
    }
  }
  return { sent, failed };
}

/** Messages to one phone number (found by blind index), newest first. */
export function messagesTo(ctx: Pick<Ctx, "db" | "box">, phone: string) {
  return ctx.db
    .selectFrom("outbox_messages")
    .select(["channel", "to_masked", "text", "status", "created_at", "sent_at", "attempts"])
    .where("to_index", "=", ctx.box.blindIndex("phone", phone))
    .orderBy("created_at", "desc")
    .limit(200)
    .execute();
}
