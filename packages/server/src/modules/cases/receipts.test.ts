import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { messagesTo } from "../notify/notify.service.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";
import { deemAccepted } from "./receipts.service.js";

const f = useCaseApp();
const clerk = () => bearer(f.tokens["xc.clerk"]!);
const signIn = async (at: string) => {
  f.t.clock.set(new Date(at));
  f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
};

async function receive(itemName: string, provided: "all" | "none" = "all", formData?: object) {
  const itemCode = await f.itemCode(itemName);
  const materials = (await f.allMaterials(itemCode)).map((m) => ({ ...m, provided: provided === "all" }));
  const res = await f.t.app.inject({
    method: "POST",
    url: "/api/v1/cases/receipts",
    headers: clerk(),
    payload: { itemCode, applicant: YU_BING, materials, ...(formData ? { formData } : {}) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { itemCode, ...res.json<{ id: string; receiptNo: string; examineBy: string; notice: string }>() };
}

const open = async () =>
  (await f.t.app.inject({ url: "/api/v1/cases/receipts", headers: clerk() })).json<{
    items: { id: string; examineBy: string }[];
  }>().items;

describe("收件 and the five-day rule (行政许可法第三十二条)", () => {
  it("counts an unexamined application as accepted from the day of receipt, over 国庆", async () => {
    await signIn("2026-09-30T10:00:00+08:00");
    const r = await receive("独生子女父母光荣证", "none");
    // Five working days after Wed 9/30: 10/1–10/7 are off, Sat 10/10 is worked → Tue 10/13.
    expect(r.examineBy).toBe("2026-10-13");
    expect(r.notice).toContain("2026-10-13");
    expect((await open()).map((x) => x.id)).toContain(r.id);

    f.t.clock.set(new Date("2026-10-13T18:00:00+08:00"));
    expect(await deemAccepted(f.t.ctx)).toEqual({ accepted: 0 });
    f.t.clock.set(new Date("2026-10-14T08:00:00+08:00"));
    // Two server copies at once still make one case.
    const runs = await Promise.all([deemAccepted(f.t.ctx), deemAccepted(f.t.ctx)]);
    expect(runs.reduce((n, x) => n + x.accepted, 0)).toBe(1);

    const row = await f.t.ctx.db
      .selectFrom("case_receipts as r")
      .innerJoin("cases as c", "c.id", "r.case_id")
      .select(["r.status", "c.case_no", "c.accepted_at", "c.accept_mode", "c.promised_due"])
      .where("r.id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "deemed_accepted", accept_mode: "deemed" });
    // Accepted as of the receipt (the test clock ticks on by milliseconds).
    expect(row.accepted_at.getTime() - Date.parse("2026-09-30T10:00:00+08:00")).toBeLessThan(1000);
    // 独生子女父母光荣证 is promised in 5 working days, counted from the receipt: Tue 10/13.
    expect(row.promised_due).toBe("2026-10-13");
    await signIn("2026-10-14T09:00:00+08:00");
    const shown = await f.getCase(row.case_no);
    expect(
      shown
        .json<{ timeline: { text: string }[] }>()
        .timeline.map((e) => e.text)
        .join("\n"),
    ).toContain("依法自收件之日起视为受理");
    const sms = await messagesTo(f.t.ctx, YU_BING.phone);
    expect(sms.some((m) => m.text.includes(row.case_no))).toBe(true);
    expect((await open()).map((x) => x.id)).not.toContain(r.id);
  });

  it("does not deem accepted what was answered with a 一次性告知 in time", async () => {
    await signIn("2026-11-02T10:00:00+08:00");
    const r = await receive("独生子女父母光荣证", "none");
    const item = (await f.t.app.inject({ url: `/api/v1/catalog/items/${r.itemCode}` })).json<{
      materials: { id: string; required: boolean }[];
    }>();
    const missing = item.materials.filter((m) => m.required).map((m) => m.id);
    const bad = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/receipts/${r.id}/notify`,
      headers: clerk(),
      payload: { missing: ["zz"] },
    });
    expect(errorOf(bad).field).toBe("missing[0]");
    const ok = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/receipts/${r.id}/notify`,
      headers: clerk(),
      payload: { missing },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    f.t.clock.set(new Date("2026-11-20T10:00:00+08:00"));
    expect(await deemAccepted(f.t.ctx)).toEqual({ accepted: 0 });
  });

  it("accepts a receipt once, from what it holds; a second acceptance is 409", async () => {
    await signIn("2026-11-16T10:00:00+08:00");
    const r = await receive("再生育审批");
    const materials = await f.allMaterials(r.itemCode);
    const accept = (body: object) =>
      f.t.app.inject({
        method: "POST",
        url: `/api/v1/cases/receipts/${r.id}/accept`,
        headers: clerk(),
        payload: body,
      });
    const short = await accept({ materials: materials.map((m) => ({ ...m, provided: false })) });
    expect(short.statusCode).toBe(422);
    expect(errorOf(short).code).toBe("MATERIALS_MISSING");
    const first = await accept({ materials });
    expect(first.statusCode, first.body).toBe(201);
    expect((await f.getCase(first.json<{ caseNo: string }>().caseNo)).json()).toMatchObject({
      itemName: "再生育审批",
    });
    const caseCount = async () =>
      Number(
        (
          await f.t.ctx.db
            .selectFrom("cases")
            .select((e) => e.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await caseCount();
    const again = await accept({ materials });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe("RECEIPT_STATE");
    // The refused second attempt left no case behind.
    expect(await caseCount()).toBe(before);
  });

  it("keeps the application form: an item with a required form is notified and deemed accepted too", async () => {
    await signIn("2026-12-07T10:00:00+08:00");
    const form = { householdSize: 3, monthlyIncome: 1200 };
    const notified = await receive("最低生活保障", "none", form);
    const res = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/receipts/${notified.id}/notify`,
      headers: clerk(),
      payload: { missing: ["m1"] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const left = await receive("最低生活保障", "none", form);
    f.t.clock.set(new Date("2026-12-20T10:00:00+08:00"));
    expect(await deemAccepted(f.t.ctx)).toEqual({ accepted: 1 });
    const row = await f.t.ctx.db
      .selectFrom("case_receipts as r")
      .innerJoin("cases as c", "c.id", "r.case_id")
      .select(["r.status", "c.form_data"])
      .where("r.id", "=", left.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "deemed_accepted", form_data: form });
  });
});
