import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../test/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ testClock: true });
});
afterAll(() => t?.close());

describe("operations endpoints", () => {
  it("/healthz and /readyz report the process and database", async () => {
    expect((await t.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await t.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe("ready");
  });

  it("/metrics speaks Prometheus text with request timings", async () => {
    await t.app.inject({ url: "/api/v1/catalog/items" });
    const res = await t.app.inject({ url: "/metrics" });
    expect(res.headers["content-type"]).toMatch(/text\/plain/);
    expect(res.body).toMatch(
      /onewindow_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/catalog\/items",status="200"\} \d+/,
    );
  });

  it("/docs/json is an OpenAPI 3 document with the contract's paths", async () => {
    const doc = (await t.app.inject({ url: "/docs/json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/v1/auth/login",
      "/api/v1/admin/staff",
      "/api/v1/admin/devices",
      "/api/v1/orgs",
      "/api/v1/catalog/items",
      "/api/v1/catalog/items/{code}",
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect((await t.app.inject({ url: "/docs" })).statusCode).toBeLessThan(400);
  });
});

describe("error shape", () => {
  it("unknown API paths are a JSON 404", async () => {
    const res = await t.app.inject({ url: "/api/v1/nothing-here" });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe("NOT_FOUND");
  });

  it("malformed JSON is a 400, not a 500", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe("VALIDATION_FAILED");
  });

  it("a body that is not an object is refused", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: [1, 2] });
    expect(res.statusCode).toBe(400);
  });
});

describe("test clock", () => {
  it("is settable by an admin only when started with --test-clock", async () => {
    const admin = await t.login("kf.admin");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/clock",
      headers: bearer(admin),
      payload: { now: "2026-10-08T09:00:00+08:00" },
    });
    expect(res.statusCode).toBe(200);
    expect(new Date(res.json().now).getTime()).toBeGreaterThanOrEqual(Date.parse("2026-10-08T01:00:00Z"));
    expect(Math.abs(t.clock.now().getTime() - Date.parse("2026-10-08T01:00:00Z"))).toBeLessThan(60_000);
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/clock",
      headers: bearer(admin),
      payload: { now: "tomorrow" },
    });
    expect(errorOf(bad).field).toBe("now");
    const clerk = await t.login("xc.clerk");
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/v1/admin/clock",
          headers: bearer(clerk),
          payload: { now: "2026-10-08T09:00:00+08:00" },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("does not exist without --test-clock", async () => {
    const plain = await createTestApp({ demo: false });
    try {
      const res = await plain.app.inject({
        method: "POST",
        url: "/api/v1/admin/clock",
        payload: { now: "2026-10-08T09:00:00+08:00" },
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
