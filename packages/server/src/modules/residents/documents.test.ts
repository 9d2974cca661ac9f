import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer } from "../../test/test-app.js";
import { useCaseApp } from "../cases/cases.fixtures.js";

const f = useCaseApp();
const ZHAO = { idNumber: buildResidentId("430105", "1980-06-18", 421), name: "赵晓梅", phone: "13900005555" };

type Doc = { name: string; trustLevel: string; reusable: boolean; source: string };
const documents = async () => {
  const res = await f.t.app.inject({
    url: `/api/v1/residents/lookup?idNumber=${ZHAO.idNumber}`,
    headers: bearer(f.tokens["xc.clerk"]!),
  });
  return res.json<{ documents?: Doc[] }>().documents ?? [];
};

describe("documents on file (一次收集、多方共享)", () => {
  it("keeps what the window verified (B) and what an approval issued (A), and reuses them next time", async () => {
    f.t.clock.set(new Date("2026-12-01T09:00:00+08:00"));
    for (const u of ["xc.clerk", "xc.approver"]) f.tokens[u] = await f.t.login(u);
    expect(await documents()).toEqual([]);

    const first = await f.accept("就业创业证申领", ZHAO);
    expect(first.statusCode, first.body).toBe(201);
    const verified = await documents();
    expect(verified.map((d) => [d.name, d.trustLevel])).toEqual([
      ["居民身份证", "B"],
      ["近期一寸免冠照片", "B"],
    ]);
    expect(verified[0]!.source).toBe("欣城社区服务中心窗口核验");

    const caseNo = first.json<{ caseNo: string }>().caseNo;
    const task = (await f.openTaskOf(caseNo, "xc.approver"))!;
    expect((await f.complete("xc.approver", task.id, "approve", "材料齐全")).statusCode).toBe(200);
    const issued = (await documents()).find((d) => d.name === "就业创业证");
    expect(issued).toMatchObject({ trustLevel: "A", reusable: true });
    expect(issued!.source).toContain("核发");

    // The next application reuses the verified documents.
    const second = await f.accept("老年人优待证办理", ZHAO);
    expect(second.statusCode, second.body).toBe(201);
    const shown = await f.getCase(second.json<{ caseNo: string }>().caseNo);
    const materials = shown.json<{ materials: { name: string; reusedLevel: string | null }[] }>().materials;
    expect(materials.find((m) => m.name === "居民身份证")?.reusedLevel).toBe("B");
  });
});
