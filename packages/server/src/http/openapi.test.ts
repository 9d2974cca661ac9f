import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.js";

type Operation = { responses?: Record<string, unknown> };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

describe("the OpenAPI document", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false, testClock: true });
  }, 60_000);
  afterAll(() => t?.close());

  it("declares a success answer for every operation, so every answer is serialised through its schema", async () => {
    const doc = (await t.app.inject({ url: "/docs/json" })).json<OpenApi>();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(100);
    const undeclared = operations
      .filter(({ op }) => !Object.keys(op.responses ?? {}).some((status) => /^2\d\d$/.test(status)))
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(undeclared).toEqual([]);
  });
});
