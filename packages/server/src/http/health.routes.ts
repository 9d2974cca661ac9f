import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
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

  app.get(
    "/healthz",
    {
      schema: {
        tags: ["health"],
        summary: "进程存活",
        response: { 200: Type.Object({ status: Type.Literal("ok") }) },
      },
    },
    async () => ({ status: "ok" }),
  );

  app.get(
    "/readyz",
    {
      schema: {
        tags: ["health"],
        summary: "数据库可达且迁移已是最新",
        response: {
          200: Type.Object({
            status: Type.Literal("ready"),
            database: Type.Union([Type.Literal("pglite"), Type.Literal("postgres")], {
              description: "嵌入式 PGlite 或 PostgreSQL 服务器",
            }),
          }),
          503: Type.Object({
            status: Type.String({ description: "migrations pending 或 database unreachable" }),
            pending: Type.Optional(Type.Array(Type.String(), { description: "尚未执行的迁移文件" })),
          }),
        },
      },
    },
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

  app.get(
    "/metrics",
    {
      schema: {
        hide: true,
        response: { 200: Type.String({ description: "Prometheus 文本格式（text/plain; version=0.0.4）" }) },
      },
    },
    async (_req, reply) => reply.header("content-type", registry.contentType).send(await registry.metrics()),
  );
}
