import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bearer, errorOf } from "../../test/test-app.js";
import { useCaseApp } from "../cases/cases.fixtures.js";

const f = useCaseApp();

/**
 * The text a PDF shows, recovered the way a reader does it: pdfkit writes CJK as
 * glyph ids, and each embedded font's ToUnicode map says which character each is.
 */
function unicodeOf(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  const raw = pdf.toString("latin1");
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      continue;
    }
    if (!body.includes("beginbfrange") && !body.includes("beginbfchar")) continue;
    for (const hex of body.matchAll(/<([0-9a-fA-F]{4})>\s*\]?/g))
      chars.add(String.fromCharCode(parseInt(hex[1]!, 16)));
  }
  return chars;
}

const pdfOf = async (caseNo: string, kind: string, user = "xc.clerk") => {
  const res = await f.t.app.inject({
    url: `/api/v1/cases/${caseNo}/documents/${kind}`,
    headers: bearer(f.tokens[user] ?? (await f.t.login(user))),
  });
  return res;
};

describe("case documents as PDF", () => {
  it("prints the 受理通知书 in Chinese with the font embedded, dated, and audited", async () => {
    f.t.clock.set(new Date("2026-09-30T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const res = await pdfOf(caseNo, "acceptance");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // The CJK font travels inside the file (a subset of Noto Sans SC), not from the printer's system.
    expect(pdf.toString("latin1")).toMatch(/\/FontFile2/);
    expect(pdf.toString("latin1")).toMatch(/NotoSansSC/);
    const text = unicodeOf(pdf);
    for (const ch of "受理通知书余冰再生育审批欣城2026年9月30日10月") expect(text.has(ch), ch).toBe(true);
    // Same case, same document: a re-download matches what was archived.
    expect((await pdfOf(caseNo, "acceptance")).rawPayload.equals(pdf)).toBe(true);
    const audited = await f.t.ctx.db
      .selectFrom("audit_log")
      .select("action")
      .where("target_id", "=", caseNo)
      .where("action", "=", "case.document")
      .execute();
    expect(audited).toHaveLength(2);
  });

  it("gives only the notice the case's state calls for, and only to staff who may see the case", async () => {
    f.t.clock.set(new Date("2026-10-12T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    const early = await pdfOf(caseNo, "decision");
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).field).toBe("kind");
    expect((await pdfOf(caseNo, "acceptance", "jw.clerk")).statusCode).toBe(404);
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const task = await f.openTaskOf(caseNo, "xc.approver");
    await f.complete("xc.approver", task!.id, "return", "请补充户口簿首页复印件");
    const notice = await pdfOf(caseNo, "supplement");
    expect(notice.statusCode).toBe(200);
    const text = unicodeOf(notice.rawPayload);
    for (const ch of "补齐补正通知书户口簿首页") expect(text.has(ch), ch).toBe(true);
  });

  it("prints a 延长办理期限告知书 once the deadline was extended, with the reason and the new date", async () => {
    f.t.clock.set(new Date("2026-10-12T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    expect((await pdfOf(caseNo, "extension")).statusCode).toBe(400);
    const extended = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/extend`,
      headers: bearer(f.tokens["xc.approver"]),
      payload: { days: 3, reason: "需向户籍地核实" },
    });
    expect(extended.statusCode, extended.body).toBe(200);
    const notice = await pdfOf(caseNo, "extension");
    expect(notice.statusCode).toBe(200);
    const text = unicodeOf(notice.rawPayload);
    for (const ch of "延长办理期限告知书需向户籍地核实3个工作日") expect(text.has(ch), ch).toBe(true);
  });

  it("prints a 送达回执 for the recipient to sign once the result was delivered", async () => {
    f.t.clock.set(new Date("2026-10-13T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    for (const user of ["xc.approver", "frbl.wj", "qu.wj"]) {
      f.tokens[user] = await f.t.login(user);
      const task = (await f.openTaskOf(caseNo, user))!;
      expect((await f.complete(user, task.id, "approve")).statusCode).toBe(200);
    }
    expect((await pdfOf(caseNo, "delivery")).statusCode).toBe(400);
    const delivered = await f.t.app.inject({
      method: "POST",
      url: `/api/v1/cases/${caseNo}/deliver`,
      headers: bearer(f.tokens["xc.clerk"]),
      payload: { method: "window" },
    });
    expect(delivered.statusCode, delivered.body).toBe(200);
    const receipt = await pdfOf(caseNo, "delivery");
    expect(receipt.statusCode).toBe(200);
    const text = unicodeOf(receipt.rawPayload);
    for (const ch of "送达回执窗口领取余冰本人受送达人签名") expect(text.has(ch), ch).toBe(true);
  });

  it("ends a refused 行政许可 with a 不予行政许可决定书 giving the reasons and the applicant's rights", async () => {
    f.t.clock.set(new Date("2026-10-14T10:00:00+08:00"));
    f.tokens["xc.clerk"] = await f.t.login("xc.clerk");
    const caseNo = (await f.accept("再生育审批")).json<{ caseNo: string }>().caseNo;
    f.tokens["xc.approver"] = await f.t.login("xc.approver");
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;
    const reason = "申请人现有子女数不符合再生育条件";
    expect((await f.complete("xc.approver", task.id, "reject", reason)).statusCode).toBe(200);
    expect((await f.getCase(caseNo)).json()).toMatchObject({
      status: "rejected",
      decisionNotice: "permitRefused",
    });
    const res = await pdfOf(caseNo, "decision");
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers["content-disposition"]))).toContain(
      `不予行政许可决定书-${caseNo}.pdf`,
    );
    const text = unicodeOf(res.rawPayload);
    for (const ch of `不予行政许可决定书第三十八条理由${reason}复议诉讼`) expect(text.has(ch), ch).toBe(true);
  });

  it("prints a 一次性告知书 listing every missing material", async () => {
    const code = await f.itemCode("再生育审批");
    const item = (await f.t.app.inject({ url: `/api/v1/catalog/items/${code}` })).json<{
      materials: { id: string; name: string }[];
    }>();
    const res = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/notices/missing-materials",
      headers: bearer(await f.t.login("xc.clerk")),
      payload: {
        itemCode: code,
        applicantName: "余冰",
        missing: item.materials.slice(0, 2).map((m) => m.id),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = unicodeOf(res.rawPayload);
    for (const ch of new Set([...item.materials[0]!.name, ...item.materials[1]!.name, ..."一次性告知书"]))
      expect(text.has(ch), ch).toBe(true);
    const bad = await f.t.app.inject({
      method: "POST",
      url: "/api/v1/notices/missing-materials",
      headers: bearer(await f.t.login("xc.clerk")),
      payload: { itemCode: code, missing: ["no-such"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).field).toBe("missing[0]");
  });
});
