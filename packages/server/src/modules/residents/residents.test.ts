import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.js";
import { demoResidents } from "../../seed/demo.js";
import { parseResidentId } from "@onewindow/shared";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("resident master data at rest", () => {
  it("holds 余冰 and a few hundred demo residents with valid IDs and plainly fictitious names", () => {
    const [yuBing, ...residents] = demoResidents();
    expect(yuBing).toMatchObject({ name: "余冰", address: expect.stringContaining("欣城") });
    expect(residents.length).toBeGreaterThanOrEqual(200);
    for (const r of residents) {
      expect(parseResidentId(r.idNumber).ok).toBe(true);
      expect(r.name).toMatch(/^.[甲乙丙丁戊己庚辛壬癸][一二三四五六七八九十]$/);
    }
  });

  it("stores ID numbers and phones encrypted, found by blind index only", async () => {
    const sample = demoResidents()[7]!;
    const rows = await t.handle.db.selectFrom("residents").selectAll().where("demo", "=", true).execute();
    expect(rows.length).toBe(demoResidents().length);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(sample.idNumber);
    if (sample.phone) expect(dump).not.toContain(sample.phone);
    const hit = await t.handle.db
      .selectFrom("residents")
      .selectAll()
      .where("id_number_index", "=", t.ctx.box.blindIndex("idNumber", sample.idNumber.toLowerCase()))
      .executeTakeFirstOrThrow();
    expect(hit.name).toBe(sample.name);
    expect(t.ctx.box.decrypt(hit.id_number_cipher)).toBe(sample.idNumber);
  });

  it("detects tampering with a ciphertext", () => {
    const sealed = t.ctx.box.encrypt("43010519900101123X");
    const parts = sealed.split(".");
    const body = Buffer.from(parts[2]!, "base64");
    body[0] = body[0]! ^ 1;
    parts[2] = body.toString("base64");
    expect(() => t.ctx.box.decrypt(parts.join("."))).toThrow();
  });
});
