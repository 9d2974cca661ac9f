import type { FastifyInstance } from "fastify";
import type { ServerResponse } from "node:http";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireSignedIn } from "../../http/auth-hook.js";
import { errors } from "../../http/schemas.js";
import { boardSnapshot } from "./board.service.js";
import { eventsAfter, type QueueEvent, type QueueEventHub } from "./events.js";
import { siteFor } from "./queue.access.js";

const HEARTBEAT_MS = 15_000;
/** A display that was away longer than this does not replay (and speak) old calls. */
const REPLAY_WINDOW_MS = 5 * 60_000;

/** The wire form of an event, built once however many displays receive it. */
const frames = new WeakMap<QueueEvent, string>();
function frame(e: QueueEvent): string {
  let text = frames.get(e);
  if (text === undefined) {
    text = `id: ${e.id}\nevent: ${e.kind}\ndata: ${JSON.stringify(e.data)}\n\n`;
    frames.set(e, text);
  }
  return text;
}

/**
 * GET /queue/sites/{siteCode}/events — the hall display stream. On connect it
 * sends `board` (latest calls, waiting counts, notice); then `call` and `line`
 * events with ids. A display that reconnects with Last-Event-ID first gets the
 * recent events it missed.
 */
export function queueEventRoutes(app: FastifyInstance, hub: QueueEventHub) {
  const open = new Set<ServerResponse>();
  // Event streams never end by themselves; end them so the server can stop.
  app.addHook("preClose", (done) => {
    for (const res of open) res.end();
    done();
  });

  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/queue/sites/:siteCode/events",
    {
      onRequest: requireSignedIn(),
      schema: {
        tags: ["queue"],
        summary:
          "叫号屏事件流（SSE）：event: call 的 data 为 {ticketNumber, counterName, text}，text 即播报语，如“请A023号到2号窗口办理”",
        params: Type.Object({ siteCode: Type.String({ maxLength: 12 }) }),
        querystring: Type.Object({
          access_token: Type.Optional(Type.String()),
          lastEventId: Type.Optional(Type.String({ pattern: "^\\d{1,15}$" })),
        }),
        response: {
          200: {
            description: "text/event-stream：board（连接时的全貌）、call、line 事件及每 15 秒一次的 ping",
            content: { "text/event-stream": { schema: Type.String() } },
          },
          ...errors(401, 404),
        },
      },
    },
    async (req, reply) => {
      const ctx = req.ctx;
      const site = await siteFor(ctx.db, req.actor, req.params.siteCode, {
        roles: [],
        deviceKinds: ["display", "kiosk"],
      });
      const header = req.headers["last-event-id"];
      const resumeFrom =
        Number((typeof header === "string" ? header : undefined) ?? req.query.lastEventId ?? 0) || 0;

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write("retry: 3000\n\n");
      open.add(res);

      let sent = resumeFrom;
      let pending: QueueEvent[] | undefined = [];
      const write = (e: QueueEvent) => {
        if (e.id <= sent) return;
        sent = e.id;
        res.write(frame(e));
      };
      // Subscribe before reading the snapshot, so nothing falls between the two.
      const unsubscribe = hub.subscribe(site.code, (e) => (pending ? pending.push(e) : write(e)));
      // A named event (not a comment) so a display can notice a silent, half-open connection.
      const heartbeat = setInterval(() => res.write("event: ping\ndata: {}\n\n"), HEARTBEAT_MS);
      heartbeat.unref();
      res.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
      });

      try {
        const now = ctx.clock.now();
        if (resumeFrom > 0) {
          const missed = await eventsAfter(ctx.db, site.code, resumeFrom);
          const since = now.getTime() - REPLAY_WINDOW_MS;
          for (const e of missed) {
            const at = typeof e.data.at === "string" ? Date.parse(e.data.at) : now.getTime();
            if (e.kind === "call" && at < since) sent = e.id;
            else write(e);
          }
        }
        const { board, lastEventId } = await boardSnapshot(ctx.db, site, now);
        res.write(`event: board\ndata: ${JSON.stringify(board)}\n\n`);
        if (lastEventId > sent) sent = lastEventId;
        for (const e of pending) write(e);
        pending = undefined;
      } catch (err) {
        req.log.error({ err }, "queue event stream failed to start");
        res.end();
      }
    },
  );
}
