import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp, YU_BING } from "./cases.fixtures.js";
import { purgeIdempotencyKeys } from "../../http/idempotency.js";

const f = useCaseApp();

const caseCount = async () =>
  Number(
    (
      await f.t.handle.db
        .selectFrom("cases")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("intake refuses bad input and writes nothing", () => {
  it("a wrong ID checksum is 400 naming applicant.idNumber", async () => {
    const before = await caseCount();
    const bad = {
      ...YU_BING,
      idNumber: YU_BING.idNumber.slice(0, 17) + (YU_BING.idNumber.endsWith("1") ? "2" : "1"),
    };
    const res = await f.accept("生育登记", bad);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: "VALIDATION_FAILED", field: "applicant.idNumber" });
    expect(errorOf(res).message).toContain("校验码");
    expect((await f.accept("生育登记", { ...YU_BING, phone: "12345" })).json().error.field).toBe(
      "applicant.phone",
    );
    expect(await caseCount()).toBe(before);
  });

  it("missing required materials are 422 MATERIALS_MISSING listing them, unless accepted with a promise", async () => {
    const code = await f.itemCode("最低生活保障");
    const materials = (await f.allMaterials(code)).map((m: { id: string }) => ({
      ...m,
      provided: m.id !== "m3" && m.id !== "m4",
    }));
    const post = (extra: object) =>
      f.t.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: bearer(f.tokens["xc.clerk"]!),
        payload: {
          itemCode: code,
          applicant: YU_BING,
          materials,
          formData: { householdSize: 3, monthlyIncome: 1500 },
          ...extra,
        },
      });
    const before = await caseCount();
    const refused = await post({});
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused)).toMatchObject({ code: "MATERIALS_MISSING", missing: ["m3", "m4"] });
    expect(errorOf(refused).message).toContain("申请表");
    expect(await caseCount()).toBe(before);
    const tolerated = await post({ acceptMode: "tolerate-missing" });
    expect(tolerated.statusCode).toBe(201);
    const view = (await f.getCase(tolerated.json().caseNo)).json();
    expect(
      view.materials.filter((m: { provided: boolean; dueDate: string | null }) => !m.provided && m.dueDate),
    ).toHaveLength(2);
    expect(view.timeline[0].text).toContain("容缺受理");
  });

  it("refuses certificates communities may not issue (民发〔2020〕20号)", async () => {
    const res = await f.accept("无犯罪记录证明");
    expect(res.statusCode).toBe(422);
    expect(errorOf(res)).toMatchObject({ code: "NOT_ISSUABLE_AT_COMMUNITY", field: "itemCode" });
    expect(errorOf(res).message).toContain("公安机关");
  });

  it("unknown items, materials and fields are 400 naming the field", async () => {
    const res = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(f.tokens["xc.clerk"]!),
      payload: { itemCode: "nope", applicant: YU_BING, materials: [] },
    });
    expect(errorOf(res).field).toBe("itemCode");
    expect(
      errorOf(await f.accept("生育登记", YU_BING, { materials: [{ id: "zz", provided: true }] })).field,
    ).toBe("materials[0].id");
    expect(errorOf(await f.accept("生育登记", YU_BING, { urgent: true })).field).toBe("urgent");
  });

  it("replays an Idempotency-Key retry as the same case and refuses a changed body", async () => {
    const first = await f.accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-1" });
    const again = await f.accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-1" });
    expect(again.statusCode).toBe(201);
    expect(again.json().caseNo).toBe(first.json().caseNo);
    const changed = await f.accept(
      "生育登记",
      { ...YU_BING, name: "余冰冰" },
      {},
      { "idempotency-key": "intake-1" },
    );
    expect(changed.statusCode).toBe(409);
  });

  it("keeps a key for a day, then forgets it; a reservation whose request died is released", async () => {
    const now = f.t.clock.now();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const first = await f.accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-day" });
    // A request that reserved its key 11 minutes ago and never answered (its server stopped).
    await f.t.handle.db
      .insertInto("idempotency_keys")
      .values({ scope: "staff:x:POST /api/v1/cases", key: "died", request_hash: "h", created_at: ago(11) })
      .execute();
    const left = () =>
      f.t.handle.db
        .selectFrom("idempotency_keys")
        .select("key")
        .where("key", "in", ["died", "intake-day"])
        .execute();
    await purgeIdempotencyKeys(f.t.handle.db, now);
    expect((await left()).map((k) => k.key)).toEqual(["intake-day"]);
    expect((await f.accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-day" })).json().caseNo).toBe(
      first.json().caseNo,
    );
    // A day later the answer is gone and the same key is a new request.
    await f.t.handle.db
      .updateTable("idempotency_keys")
      .set({ created_at: ago(24 * 60 + 1) })
      .where("key", "=", "intake-day")
      .execute();
    await purgeIdempotencyKeys(f.t.handle.db, now);
    expect(await left()).toEqual([]);
    const later = await f.accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-day" });
    expect(later.statusCode).toBe(201);
    expect(later.json().caseNo).not.toBe(first.json().caseNo);
  });
});

describe("the item's application form (申请表)", () => {
  it("is checked field by field, named by its Chinese title, and kept with the case", async () => {
    const code = await f.itemCode("最低生活保障");
    const post = (formData?: object) =>
      f.t.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: bearer(f.tokens["xc.clerk"]!),
        payload: {
          itemCode: code,
          applicant: YU_BING,
          materials: [],
          acceptMode: "tolerate-missing",
          ...(formData && { formData }),
        },
      });
    const before = await caseCount();
    const none = await post();
    expect(none.statusCode).toBe(400);
    expect(errorOf(none)).toMatchObject({ field: "formData.householdSize" });
    expect(errorOf(none).message).toBe("缺少必填项：共同生活家庭成员人数 (formData.householdSize)");
    const wrong = await post({ householdSize: 3, monthlyIncome: "很少" });
    expect(errorOf(wrong).field).toBe("formData.monthlyIncome");
    expect(errorOf(wrong).message).toContain("家庭月总收入");
    expect(errorOf(wrong).message).toContain("数字");
    const unknown = await post({ householdSize: 3, monthlyIncome: 800, pet: "猫" });
    expect(errorOf(unknown).field).toBe("formData.pet");
    expect(await caseCount()).toBe(before);

    const ok = await post({ householdSize: 3, monthlyIncome: 800, incomeSource: "灵活就业" });
    expect(ok.statusCode, ok.body).toBe(201);
    const view = (await f.getCase(ok.json<{ caseNo: string }>().caseNo)).json<{ formData: object }>();
    expect(view.formData).toEqual({ householdSize: 3, monthlyIncome: 800, incomeSource: "灵活就业" });
    const item = (await f.t.app.inject({ url: `/api/v1/catalog/items/${code}` })).json<{
      form: { properties: Record<string, { title: string }> };
    }>();
    expect(item.form.properties.householdSize!.title).toBe("共同生活家庭成员人数");
  });

  it("refuses form data for an item that has no form", async () => {
    const code = await f.itemCode("独生子女父母光荣证");
    const res = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(f.tokens["xc.clerk"]!),
      payload: {
        itemCode: code,
        applicant: YU_BING,
        materials: await f.allMaterials(code),
        formData: { x: 1 },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).field).toBe("formData.x");
  });
});

describe("jurisdiction", () => {
  it("another community's clerk gets 404 for the case and its tasks", async () => {
    const { caseNo } = (await f.accept("高龄津贴")).json();
    f.tokens["jw.clerk"] = await f.t.login("jw.clerk"); // clerk at 江湾社区, next door
    const res = await f.getCase(caseNo, "jw.clerk");
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe("CASE_NOT_FOUND");
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;
    const act = await f.complete("jw.clerk", task.id, "approve");
    expect(act.statusCode).toBe(404);
    // A bureau approver sees the case once it has a task there.
    expect((await f.getCase(caseNo, "qu.cl")).statusCode).toBe(404);
  });
});

describe("一次采集: what we hold is not asked again", () => {
  it("prefills a known resident (phone masked, lookup audited) and accepts without retyping the phone", async () => {
    await f.accept("生育登记");
    const lookup = await f.t.app.inject({
      url: `/api/v1/residents/lookup?idNumber=${YU_BING.idNumber}`,
      headers: bearer(f.tokens["xc.clerk"]!),
    });
    expect(lookup.json()).toMatchObject({ known: true, name: "余冰", phoneMasked: "139****1234" });
    expect(JSON.stringify(lookup.json())).not.toContain("13900001234");
    const audited = await f.t.handle.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "resident.lookup")
      .execute();
    expect(audited.length).toBeGreaterThan(0);

    const { phone: _omitted, ...withoutPhone } = YU_BING;
    expect((await f.accept("生育登记", withoutPhone as typeof YU_BING)).statusCode).toBe(201);
    const stranger = { idNumber: buildResidentId("430105", "1999-09-09", 99), name: "吴癸八" };
    const refused = await f.accept("生育登记", stranger as typeof YU_BING);
    expect(errorOf(refused).field).toBe("applicant.phone");
    const unknown = await f.t.app.inject({
      url: `/api/v1/residents/lookup?idNumber=${stranger.idNumber}`,
      headers: bearer(f.tokens["xc.clerk"]!),
    });
    expect(unknown.json()).toEqual({ known: false, sex: "male", birthDate: "1999-09-09" });
  });
});

describe("case numbers", () => {
  it("follow the configured pattern and never repeat", async () => {
    const { setCaseNumberPattern } = await import("./case-number.js");
    await setCaseNumberPattern(f.t.handle.db, "开福{yyyy}-{site}-{seq:5}", f.t.clock.now());
    const results = await Promise.all([f.accept("生育登记"), f.accept("生育登记"), f.accept("生育登记")]);
    const numbers = results.map((r) => r.json().caseNo as string);
    for (const n of numbers) expect(n).toMatch(/^开福\d{4}-430105001001-\d{5}$/);
    expect(new Set(numbers).size).toBe(3);
    await expect(setCaseNumberPattern(f.t.handle.db, "KF{yyyy}", f.t.clock.now())).rejects.toThrow();
    await setCaseNumberPattern(f.t.handle.db, "KF{yyyy}{MM}{dd}{seq:4}", f.t.clock.now());
  });
});

describe("不予受理", () => {
  it("records the refusal with its reason as an ended case the resident can look up", async () => {
    const code = await f.itemCode("高龄津贴");
    const young = {
      idNumber: buildResidentId("430105", "1990-01-01", 31),
      name: "孙甲九",
      phone: "13900004444",
    };
    const res = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/cases/refusals",
      headers: bearer(f.tokens["xc.clerk"]!),
      payload: { itemCode: code, applicant: young, reason: "申请人未满 80 周岁，不符合高龄津贴申领条件" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: "not_accepted",
      notice: { itemName: "高龄津贴", siteName: "欣城社区服务中心" },
    });
    const progress = (
      await f.t.app.inject({
        url: `/api/v1/public/progress?caseNo=${res.json().caseNo}&idNumber=${young.idNumber}`,
      })
    ).json();
    expect(progress).toMatchObject({ status: "not_accepted", statusText: "不予受理" });
    expect(progress.timeline[0].text).toContain("未满 80 周岁");
    expect(await f.openTaskOf(res.json().caseNo, "xc.approver")).toBeUndefined();
  });

  it("needs a reason", async () => {
    const res = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/cases/refusals",
      headers: bearer(f.tokens["xc.clerk"]!),
      payload: { itemCode: await f.itemCode("高龄津贴"), applicant: YU_BING },
    });
    expect(errorOf(res).field).toBe("reason");
  });
});
