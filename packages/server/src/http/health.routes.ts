import type { FastifyInstance } from "fastify";
import { Registry, collectDefaultMetrics, Histogram } from "prom-client";
import type { DatabaseHandle } from "../db/client.js";
import { readiness } from "../db/migrate.js";

/** /healthz (process up), /readyz (database reachable, migrations current), /metrics (Prometheus). */
export function healthRoutes(
  app: FastifyInstance,
  handle: DatabaseHandle,
  opts: { defaultMetrics: boolean },
) {
  const registry = new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "onewindow_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook("onResponse", async (req, reply) => {
    const route = req.routeOptions.url ?? "unmatched";
    duration.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get("/healthz", { schema: { tags: ["health"], summary: "进程存活" } }, async () => ({ status: "ok" }));

  app.get(
    "/readyz",
    { schema: { tags: ["health"], summary: "数据库可达且迁移已是最新" } },
    async (req, reply) => {
      try {
        const pending = await readiness(handle);
        if (pending.length > 0) return reply.status(503).send({ status: "migrations pending", pending });
        return { status: "ready", database: handle.kind };
      } catch (err) {
        req.log.warn({ err }, "readiness check failed");
        return reply.status(503).send({ status: "database unreachable" });
      }
    },
  );

  app.get("/metrics", { schema: { hide: true } }, async (_req, reply) =>
    reply.header("content-type", registry.contentType).send(await registry.metrics()),
  );
}
