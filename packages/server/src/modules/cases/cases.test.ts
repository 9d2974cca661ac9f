import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";

let t: TestApp;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of [
    "xc.clerk",
    "xc.approver",
    "frbl.wj",
    "frbl.approver",
    "qu.wj",
    "qu.fc",
    "qu.zr",
    "qu.zj",
    "qu.cl",
  ])
    tokens[u] = await t.login(u);
});
afterAll(() => t?.close());

const YU_BING = { idNumber: buildResidentId("430105", "1991-03-15", 24), name: "余冰", phone: "13900001234" };

async function itemCode(name: string): Promise<string> {
  const res = await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent(name)}` });
  return res.json().items.find((i: { name: string }) => i.name === name).code;
}

async function allMaterials(code: string) {
  const item = (await t.app.inject({ url: `/api/v1/catalog/items/${code}` })).json();
  return item.materials.map((m: { id: string }) => ({ id: m.id, provided: true }));
}

async function accept(
  itemName: string,
  applicant = YU_BING,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const code = await itemCode(itemName);
  return t.app.inject({
    method: "POST",
    url: "/api/v1/cases",
    headers: { ...bearer(tokens["xc.clerk"]!), ...headers },
    payload: { itemCode: code, applicant, materials: await allMaterials(code), ...extra },
  });
}

const getCase = (caseNo: string, user = "xc.clerk") =>
  t.app.inject({ url: `/api/v1/cases/${caseNo}`, headers: bearer(tokens[user]!) });

async function openTaskOf(caseNo: string, user: string, name?: string) {
  const res = await t.app.inject({ url: "/api/v1/tasks?status=open", headers: bearer(tokens[user]!) });
  return (res.json().items as { id: string; caseNo: string; name: string }[]).find(
    (x) => x.caseNo === caseNo && (!name || x.name === name),
  );
}

const complete = (user: string, taskId: string, decision: string, comment?: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/tasks/${taskId}/complete`,
    headers: bearer(tokens[user]!),
    payload: { decision, ...(comment ? { comment } : {}) },
  });

describe("the seed's story: 余冰's 再生育审批", () => {
  it("is accepted at 欣城社区, approved by the street and the district, and visible to her", async () => {
    t.clock.set(new Date("2026-11-02T09:30:00+08:00"));
    const res = await accept("再生育审批");
    expect(res.statusCode).toBe(201);
    const { caseNo, status, deadline } = res.json();
    expect(status).toBe("accepted");
    expect(caseNo).toMatch(/^KF20261102\d{4}$/);
    expect(deadline).toMatch(/^2026-\d\d-\d\dT23:59:59\+08:00$/);

    const first = await openTaskOf(caseNo, "xc.approver");
    expect(first?.name).toBe("社区受理");
    expect((await complete("xc.approver", first!.id, "approve")).json().case.status).toBe("in_review");
    const street = await openTaskOf(caseNo, "frbl.wj");
    expect(street?.name).toBe("街道计生办审核");
    expect(await openTaskOf(caseNo, "qu.wj")).toBeUndefined();
    await complete("frbl.wj", street!.id, "approve");
    const district = await openTaskOf(caseNo, "qu.wj");
    expect(district?.name).toBe("区卫健局审批");
    const done = await complete("qu.wj", district!.id, "approve", "符合再生育条件");
    expect(done.json().case).toEqual({ caseNo, status: "approved" });

    const staffView = (await getCase(caseNo)).json();
    expect(staffView.applicant).toEqual({
      name: "余冰",
      idNumber: expect.stringMatching(/^4301\*{10}\d{3}[\dX]$/),
      phone: "139****1234",
    });
    expect(staffView.tasks.map((x: { status: string }) => x.status)).toEqual([
      "approved",
      "approved",
      "approved",
    ]);

    const progress = await t.app.inject({
      url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${YU_BING.idNumber}`,
    });
    expect(progress.statusCode).toBe(200);
    const body = progress.json();
    expect(body).toMatchObject({
      caseNo,
      itemName: "再生育审批",
      applicantName: "余*",
      status: "approved",
      statusText: "已办结（准予）",
    });
    expect(body.timeline.map((e: { stage: string }) => e.stage)).toEqual([
      "受理",
      "承办",
      "审核",
      "承办",
      "审核",
      "承办",
      "审核",
      "办结",
    ]);
    expect(JSON.stringify(body)).not.toContain(YU_BING.idNumber);

    const row = await t.handle.db
      .selectFrom("cases")
      .select("public_token")
      .where("case_no", "=", caseNo)
      .executeTakeFirstOrThrow();
    const byToken = await t.app.inject({ url: `/api/v1/public/progress?token=${row.public_token}` });
    expect(byToken.json().caseNo).toBe(caseNo);
  });

  it("answers a wrong ID number exactly like an unknown case", async () => {
    const res = await accept("生育登记");
    const { caseNo } = res.json();
    const other = buildResidentId("430105", "1980-01-01", 11);
    const wrong = await t.app.inject({ url: `/api/v1/public/progress?caseNo=${caseNo}&idNumber=${other}` });
    const unknown = await t.app.inject({ url: `/api/v1/public/progress?caseNo=KF000&idNumber=${other}` });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it("lists her cases at a kiosk from the card reader's ID number", async () => {
    const admin = await t.login("xc.admin");
    const device = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/admin/devices",
        headers: bearer(admin),
        payload: { name: "欣城一号机", siteCode: "430105001001", kind: "kiosk" },
      })
    ).json();
    const res = await t.app.inject({
      url: `/api/v1/kiosk/cases?idNumber=${YU_BING.idNumber}`,
      headers: bearer(device.token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { itemName: string }) => c.itemName)).toEqual(
      expect.arrayContaining(["再生育审批", "生育登记"]),
    );
    expect(res.json().items[0]).toHaveProperty("statusText");
  });
});

describe("parallel approval", () => {
  it("住房保障低收入认定 opens 房产 and 国土 checks together and joins them", async () => {
    const { caseNo } = (await accept("住房保障低收入认定")).json();
    await complete("xc.approver", (await openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    await complete("frbl.approver", (await openTaskOf(caseNo, "frbl.approver"))!.id, "approve");
    const fc = await openTaskOf(caseNo, "qu.fc");
    const zr = await openTaskOf(caseNo, "qu.zr");
    expect([fc?.name, zr?.name]).toEqual(["房产核查", "国土核查"]);
    await complete("qu.zr", zr!.id, "approve");
    expect(await openTaskOf(caseNo, "qu.zj")).toBeUndefined();
    await complete("qu.fc", fc!.id, "approve");
    const zj = await openTaskOf(caseNo, "qu.zj");
    expect(zj?.name).toBe("区住房保障认定");
  });

  it("one of two people deciding the same task wins; the other gets 409", async () => {
    const { caseNo } = (await accept("高龄津贴")).json();
    const task = (await openTaskOf(caseNo, "xc.approver"))!;
    const [a, b] = await Promise.all([
      complete("xc.approver", task.id, "approve"),
      complete("xc.clerk", task.id, "approve"),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(errorOf(a.statusCode === 409 ? a : b).code).toBe("TASK_NOT_OPEN");
  });
});

describe("deadlines on the working-day calendar", () => {
  it("a 5-working-day item accepted on Wed 2026-09-30 is due Tue 2026-10-13", async () => {
    t.clock.set(new Date("2026-09-30T10:00:00+08:00"));
    const res = await accept("独生子女父母光荣证");
    expect(res.json().deadlineDate).toBe("2026-10-13");
    expect(res.json().deadline).toBe("2026-10-13T23:59:59+08:00");
  });

  it("returning for 补正 pauses the clock; resubmission resumes at the same office", async () => {
    t.clock.set(new Date("2026-11-02T09:00:00+08:00")); // Monday
    const { caseNo, deadlineDate } = (await accept("再生育审批")).json();
    await complete("xc.approver", (await openTaskOf(caseNo, "xc.approver"))!.id, "approve");
    const street = (await openTaskOf(caseNo, "frbl.wj"))!;
    const returned = await complete("frbl.wj", street.id, "return", "请补充现有子女出生医学证明");
    expect(returned.json().case.status).toBe("supplement_required");
    const waiting = (await getCase(caseNo)).json();
    expect(waiting.paused).toBe(true);
    expect(waiting.timeline.at(-1).text).toContain("请补充现有子女出生医学证明");

    t.clock.set(new Date("2026-11-05T09:00:00+08:00")); // Thursday: 3 working days later
    const resubmit = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/resubmit`,
      headers: bearer(tokens["xc.clerk"]!),
      payload: { materials: ["m4"] },
    });
    expect(resubmit.json().case.status).toBe("in_review");
    const after = (await getCase(caseNo)).json();
    expect(after.paused).toBe(false);
    expect(after.deadline.slice(0, 10)).toBe(addWorkdaysPlain(deadlineDate, 3));
    expect((await openTaskOf(caseNo, "frbl.wj"))?.name).toBe("街道计生办审核");
    const again = await t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/resubmit`,
      headers: bearer(tokens["xc.clerk"]!),
      payload: { materials: [] },
    });
    expect(errorOf(again).code).toBe("CASE_NOT_WAITING");
  });
});

/** Adds working days over Nov–Dec 2026, which have no holidays: plain Monday–Friday. */
function addWorkdaysPlain(date: string, n: number) {
  const d = new Date(`${date}T00:00:00Z`);
  while (n > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n--;
  }
  return d.toISOString().slice(0, 10);
}

describe("intake refuses bad input and writes nothing", () => {
  const caseCount = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom("cases")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("a wrong ID checksum is 400 naming applicant.idNumber", async () => {
    const before = await caseCount();
    const bad = {
      ...YU_BING,
      idNumber: YU_BING.idNumber.slice(0, 17) + (YU_BING.idNumber.endsWith("1") ? "2" : "1"),
    };
    const res = await accept("生育登记", bad);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: "VALIDATION_FAILED", field: "applicant.idNumber" });
    expect(errorOf(res).message).toContain("校验码");
    expect((await accept("生育登记", { ...YU_BING, phone: "12345" })).json().error.field).toBe(
      "applicant.phone",
    );
    expect(await caseCount()).toBe(before);
  });

  it("missing required materials are 422 MATERIALS_MISSING listing them, unless accepted with a promise", async () => {
    const code = await itemCode("最低生活保障");
    const materials = (await allMaterials(code)).map((m: { id: string }) => ({
      ...m,
      provided: m.id !== "m3" && m.id !== "m4",
    }));
    const post = (extra: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: bearer(tokens["xc.clerk"]!),
        payload: { itemCode: code, applicant: YU_BING, materials, ...extra },
      });
    const before = await caseCount();
    const refused = await post({});
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused)).toMatchObject({ code: "MATERIALS_MISSING", missing: ["m3", "m4"] });
    expect(errorOf(refused).message).toContain("申请表");
    expect(await caseCount()).toBe(before);
    const tolerated = await post({ acceptMode: "tolerate-missing" });
    expect(tolerated.statusCode).toBe(201);
    const view = (await getCase(tolerated.json().caseNo)).json();
    expect(
      view.materials.filter((m: { provided: boolean; dueDate: string | null }) => !m.provided && m.dueDate),
    ).toHaveLength(2);
    expect(view.timeline[0].text).toContain("容缺受理");
  });

  it("refuses certificates communities may not issue (民发〔2020〕20号)", async () => {
    const res = await accept("无犯罪记录证明");
    expect(res.statusCode).toBe(422);
    expect(errorOf(res)).toMatchObject({ code: "NOT_ISSUABLE_AT_COMMUNITY", field: "itemCode" });
    expect(errorOf(res).message).toContain("公安机关");
  });

  it("unknown items, materials and fields are 400 naming the field", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(tokens["xc.clerk"]!),
      payload: { itemCode: "nope", applicant: YU_BING, materials: [] },
    });
    expect(errorOf(res).field).toBe("itemCode");
    expect(
      errorOf(await accept("生育登记", YU_BING, { materials: [{ id: "zz", provided: true }] })).field,
    ).toBe("materials[0].id");
    expect(errorOf(await accept("生育登记", YU_BING, { urgent: true })).field).toBe("urgent");
  });

  it("replays an Idempotency-Key retry as the same case and refuses a changed body", async () => {
    const first = await accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-1" });
    const again = await accept("生育登记", YU_BING, {}, { "idempotency-key": "intake-1" });
    expect(again.statusCode).toBe(201);
    expect(again.json().caseNo).toBe(first.json().caseNo);
    const changed = await accept(
      "生育登记",
      { ...YU_BING, name: "余冰冰" },
      {},
      { "idempotency-key": "intake-1" },
    );
    expect(changed.statusCode).toBe(409);
  });
});

describe("jurisdiction", () => {
  it("another community's clerk gets 404 for the case and its tasks", async () => {
    const { caseNo } = (await accept("高龄津贴")).json();
    tokens["jw.clerk"] = await t.login("jw.clerk"); // clerk at 江湾社区, next door
    const res = await getCase(caseNo, "jw.clerk");
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe("CASE_NOT_FOUND");
    const task = (await openTaskOf(caseNo, "xc.approver"))!;
    const act = await complete("jw.clerk", task.id, "approve");
    expect(act.statusCode).toBe(404);
    // A bureau approver sees the case once it has a task there.
    expect((await getCase(caseNo, "qu.cl")).statusCode).toBe(404);
  });
});

describe("一次采集: what we hold is not asked again", () => {
  it("prefills a known resident (phone masked, lookup audited) and accepts without retyping the phone", async () => {
    await accept("生育登记");
    const lookup = await t.app.inject({
      url: `/api/v1/residents/lookup?idNumber=${YU_BING.idNumber}`,
      headers: bearer(tokens["xc.clerk"]!),
    });
    expect(lookup.json()).toMatchObject({ known: true, name: "余冰", phoneMasked: "139****1234" });
    expect(JSON.stringify(lookup.json())).not.toContain("13900001234");
    const audited = await t.handle.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "resident.lookup")
      .execute();
    expect(audited.length).toBeGreaterThan(0);

    const { phone: _omitted, ...withoutPhone } = YU_BING;
    expect((await accept("生育登记", withoutPhone as typeof YU_BING)).statusCode).toBe(201);
    const stranger = { idNumber: buildResidentId("430105", "1999-09-09", 99), name: "吴癸八" };
    const refused = await accept("生育登记", stranger as typeof YU_BING);
    expect(errorOf(refused).field).toBe("applicant.phone");
    const unknown = await t.app.inject({
      url: `/api/v1/residents/lookup?idNumber=${stranger.idNumber}`,
      headers: bearer(tokens["xc.clerk"]!),
    });
    expect(unknown.json()).toEqual({ known: false, sex: "male", birthDate: "1999-09-09" });
  });
});

describe("case numbers", () => {
  it("follow the configured pattern and never repeat", async () => {
    const { setCaseNumberPattern } = await import("./intake.service.js");
    await setCaseNumberPattern(t.handle.db, "开福{yyyy}-{site}-{seq:5}", t.clock.now());
    const results = await Promise.all([accept("生育登记"), accept("生育登记"), accept("生育登记")]);
    const numbers = results.map((r) => r.json().caseNo as string);
    for (const n of numbers) expect(n).toMatch(/^开福\d{4}-430105001001-\d{5}$/);
    expect(new Set(numbers).size).toBe(3);
    await expect(setCaseNumberPattern(t.handle.db, "KF{yyyy}", t.clock.now())).rejects.toThrow();
    await setCaseNumberPattern(t.handle.db, "KF{yyyy}{MM}{dd}{seq:4}", t.clock.now());
  });
});

describe("不予受理", () => {
  it("records the refusal with its reason as an ended case the resident can look up", async () => {
    const code = await itemCode("高龄津贴");
    const young = {
      idNumber: buildResidentId("430105", "1990-01-01", 31),
      name: "孙甲九",
      phone: "13900004444",
    };
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases/refusals",
      headers: bearer(tokens["xc.clerk"]!),
      payload: { itemCode: code, applicant: young, reason: "申请人未满 80 周岁，不符合高龄津贴申领条件" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: "not_accepted",
      notice: { itemName: "高龄津贴", siteName: "欣城社区服务中心" },
    });
    const progress = (
      await t.app.inject({
        url: `/api/v1/public/progress?caseNo=${res.json().caseNo}&idNumber=${young.idNumber}`,
      })
    ).json();
    expect(progress).toMatchObject({ status: "not_accepted", statusText: "不予受理" });
    expect(progress.timeline[0].text).toContain("未满 80 周岁");
    expect(await openTaskOf(res.json().caseNo, "xc.approver")).toBeUndefined();
  });

  it("needs a reason", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases/refusals",
      headers: bearer(tokens["xc.clerk"]!),
      payload: { itemCode: await itemCode("高龄津贴"), applicant: YU_BING },
    });
    expect(errorOf(res).field).toBe("reason");
  });
});
