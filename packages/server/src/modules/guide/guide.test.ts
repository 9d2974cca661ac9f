import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t.close());

const search = async (q: string) => {
  const res = await t.app.inject({ url: `/api/v1/public/guide?q=${encodeURIComponent(q)}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { name: string; matchedBy: string; timeLimitText: string }[] }>().items;
};

describe("办事指南 智能查询", () => {
  it("finds 再生育 by the everyday word 二胎, by pinyin initials and by full pinyin", async () => {
    expect((await search("二胎"))[0]).toMatchObject({ name: "再生育审批", matchedBy: "synonym" });
    expect((await search("zsy"))[0]).toMatchObject({ name: "再生育审批", matchedBy: "pinyin" });
    expect((await search("zaishengyu"))[0]).toMatchObject({ name: "再生育审批", matchedBy: "pinyin" });
  });

  it("puts names containing the words first, and maps 低保 and 社保卡 to the official names", async () => {
    expect((await search("证明")).every((i) => i.name.includes("证明"))).toBe(true);
    expect((await search("低保")).map((i) => i.name)).toContain("最低生活保障");
    expect((await search("社保卡")).map((i) => i.name)).toEqual(
      expect.arrayContaining(["社会保障卡挂失", "社会保障卡启用", "社会保障卡密码重置"]),
    );
    expect(await search("zzzqqq")).toEqual([]);
  });

  it("lists the whole catalog with time limits when nothing is typed, in a category when asked", async () => {
    const all = await search("");
    expect(all.length).toBeGreaterThanOrEqual(66);
    expect(all[0]!.timeLimitText).toBeTruthy();
    const res = await t.app.inject({ url: "/api/v1/public/guide?category=housing" });
    expect(res.json<{ items: { name: string }[] }>().items.map((i) => i.name)).toContain("公共租赁住房申请");
  });
});

describe("便民服务热线", () => {
  it("gives the national numbers and the district's offices with their phones", async () => {
    const res = await t.app.inject({ url: "/api/v1/public/hotlines" });
    const body = res.json<{ national: { number: string }[]; offices: { name: string; phone: string }[] }>();
    expect(body.national.map((h) => h.number)).toEqual(expect.arrayContaining(["12345", "12333", "95598"]));
    expect(body.offices.find((o) => o.name.includes("芙蓉北路街道"))?.phone).toMatch(/^0731-8\d{7}$/);
  });
});
