import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { buildResidentId } from "@onewindow/shared";
import { bearer, createTestApp, type TestApp } from "../../test/test-app.js";
import { sealPending, verifyChain } from "./chain.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

/** What an intruder with database rights would do: switch the guard off, change a row, switch it on. */
async function tamper(statement: ReturnType<typeof sql>) {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.ctx.db);
  await statement.execute(t.ctx.db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(t.ctx.db);
}

describe("the audit hash chain", () => {
  it("seals every entry in order, and verifies", async () => {
    await t.login("xc.clerk");
    await t.login("xc.supervisor");
    expect(await sealPending(t.ctx.db, t.clock.now())).toBeGreaterThan(0);
    const report = await verifyChain(t.ctx.db);
    expect(report).toMatchObject({ ok: true, unsealed: 0 });
    expect(report.checked).toBeGreaterThan(1);
  });

  it("refuses edits and deletions through the database", async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE id = 1`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE id = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });

  it("names the first edited entry", async () => {
    const victim = await t.ctx.db
      .selectFrom("audit_log")
      .select(["id", "chain_seq"])
      .where("action", "=", "auth.login")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await tamper(sql`UPDATE audit_log SET ip = '10.0.0.66' WHERE id = ${victim.id}`);
    const report = await verifyChain(t.ctx.db);
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ id: victim.id, seq: victim.chain_seq, reason: "hash" });
  });

  it("notices a removed entry", async () => {
    const fresh = await createTestApp({ demo: false });
    try {
      await fresh.login("nobody", "Wrong#Pass2026").catch(() => undefined);
      await fresh.login("nobody", "Wrong#Pass2026").catch(() => undefined);
      await fresh.login("nobody", "Wrong#Pass2026").catch(() => undefined);
      await sealPending(fresh.ctx.db, fresh.clock.now());
      const rows = await fresh.ctx.db
        .selectFrom("audit_log")
        .select(["id", "chain_seq"])
        .orderBy("chain_seq")
        .execute();
      expect(rows.length).toBeGreaterThanOrEqual(3);
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(fresh.ctx.db);
      await sql`DELETE FROM audit_log WHERE id = ${rows[1]!.id}`.execute(fresh.ctx.db);
      const middle = await verifyChain(fresh.ctx.db);
      expect(middle.broken).toMatchObject({ seq: rows[1]!.chain_seq, reason: "gap" });
      await sql`DELETE FROM audit_log WHERE chain_seq >= ${rows[1]!.chain_seq}`.execute(fresh.ctx.db);
      const tail = await verifyChain(fresh.ctx.db);
      expect(tail.broken).toMatchObject({ reason: "head" });
    } finally {
      await fresh.close();
    }
  });
});

describe("searching the audit log", () => {
  it("lets a supervisor find what a person did, and keeps it from others", async () => {
    const clerkToken = await t.login("xc.clerk");
    const yuBing = buildResidentId("430105", "1991-03-15", 24);
    await t.app.inject({ url: `/api/v1/residents/lookup?idNumber=${yuBing}`, headers: bearer(clerkToken) });
    const sup = await t.login("kf.supervisor");
    const res = await t.app.inject({
      url: "/api/v1/audit?username=xc.clerk&action=resident.",
      headers: bearer(sup),
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: { username: string; action: string; staffName: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.username === "xc.clerk" && i.action.startsWith("resident."))).toBe(true);
    expect(items[0]!.staffName).toBe("欣城综窗甲");
    // A community supervisor sees their own staff, not the district's.
    const local = await t.login("xc.supervisor");
    const theirs = await t.app.inject({
      url: "/api/v1/audit?username=kf.supervisor",
      headers: bearer(local),
    });
    expect(theirs.json<{ items: unknown[] }>().items).toEqual([]);
    const clerk = await t.login("xc.clerk");
    expect((await t.app.inject({ url: "/api/v1/audit", headers: bearer(clerk) })).statusCode).toBe(403);
  });
});
