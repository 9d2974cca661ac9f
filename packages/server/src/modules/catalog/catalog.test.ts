import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidUscc } from "@onewindow/shared";
import { createTestApp, errorOf, type TestApp } from "../../test/test-app.js";
import { loadReferenceData, readCatalogFile } from "../../seed/reference.js";
import { CatalogInvalidError, exportCatalog, importCatalog } from "./catalog.service.js";
import { catalogFromXlsx, catalogToXlsx } from "./catalog.xlsx.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t?.close());

type Item = { code: string; name: string; category: string; materials: { id: string; required: boolean }[] };
const list = async (query = "") =>
  (await t.app.inject({ url: `/api/v1/catalog/items${query}` })).json().items as Item[];
const item = async (name: string) => {
  const code = (await list(`?q=${encodeURIComponent(name)}`)).find((i) => i.name === name)!.code;
  return (await t.app.inject({ url: `/api/v1/catalog/items/${code}` })).json();
};

describe("the service catalog", () => {
  it("holds at least 66 items across the 8 community categories, readable without login", async () => {
    const items = await list();
    expect(items.length).toBeGreaterThanOrEqual(66);
    const categories = (await t.app.inject({ url: "/api/v1/catalog/categories" }))
      .json()
      .items.map((c: { name: string }) => c.name);
    expect(categories).toEqual([
      "党员服务",
      "劳动就业社会保障服务",
      "社会救助服务",
      "计生服务",
      "住房保障服务",
      "综合治理和安全管理服务",
      "综合服务(统计)",
      "证明开具",
    ]);
    expect(new Set(items.map((i) => i.category)).size).toBe(8);
  });

  it("uses well-formed item codes with a valid agency USCC", async () => {
    for (const i of await list()) {
      const [, area, zero, uscc] = i.code.split("-");
      expect(area).toBe("430105000000");
      expect(zero).toBe("000");
      expect(isValidUscc(uscc!)).toBe(true);
    }
  });

  it("searches by name and filters by category", async () => {
    const found = await list(`?q=${encodeURIComponent("补贴")}`);
    expect(found.map((i) => i.name)).toContain("残疾人两项补贴");
    expect(found.every((i) => i.name.includes("补贴") || i.code.includes("补贴"))).toBe(true);
    const family = await list("?category=family");
    expect(family.length).toBeGreaterThan(3);
    expect(family.every((i) => i.category === "family")).toBe(true);
    expect(await list("?category=nope")).toEqual([]);
  });

  it("再生育审批 runs 社区 → 街道计生办 → 区卫健局", async () => {
    const it = await item("再生育审批");
    expect(
      it.steps.map((s: { orgKind: string; deptKey?: string }) => `${s.orgKind}:${s.deptKey ?? ""}`),
    ).toEqual(["community:", "street:WJ", "department:WJ"]);
    expect(it.handling).toBe("promised");
    expect(it.promisedDays).toBeLessThanOrEqual(it.statutoryDays);
    expect(it.materials.length).toBeGreaterThan(0);
    expect(it.legalBasis).toContain("人口与计划生育");
  });

  it("住房保障低收入认定 checks 房产 and 国土 in parallel", async () => {
    const it = await item("住房保障低收入认定");
    const parallel = it.steps
      .filter((s: { parallel: boolean }) => s.parallel)
      .map((s: { deptKey: string }) => s.deptKey);
    expect(parallel.sort()).toEqual(["FC", "ZR"]);
    expect(it.steps.at(-1)).toMatchObject({ orgKind: "department", deptKey: "ZJ", parallel: false });
  });

  it("includes the named items with their handling kinds", async () => {
    const names = (await list()).map((i) => i.name);
    for (const n of ["最低生活保障", "临时救助", "高龄津贴", "残疾人两项补贴", "失业登记", "生育登记"])
      expect(names).toContain(n);
    expect((await item("失业登记")).handling).toBe("instant");
    expect((await item("生育登记")).timeLimitText).toBe("当场办结");
    expect((await item("最低生活保障")).timeLimitText).toBe("25 个工作日");
  });

  it("marks certificates communities may not issue (民发〔2020〕20号) with the reason", async () => {
    const it = await item("无犯罪记录证明");
    expect(it.communityIssuable).toBe(false);
    expect(it.notIssuableReason).toContain("民发〔2020〕20号");
    expect(it.notIssuableReason).toContain("公安机关");
  });

  it("answers 404 for an unknown item", async () => {
    const res = await t.app.inject({ url: "/api/v1/catalog/items/nope" });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe("ITEM_NOT_FOUND");
  });
});

describe("catalog import and export", () => {
  it("round-trips through Excel to the same document as the repository's data file", async () => {
    const exported = await exportCatalog(t.handle.db, "430105000000", readCatalogFile().kindCodes);
    const parsed = await catalogFromXlsx(await catalogToXlsx(exported));
    expect(parsed).toEqual(exported);
    expect(exported.items).toHaveLength(readCatalogFile().items.length);
    const counts = await importCatalog(t.ctx, parsed);
    expect(counts).toEqual({ created: 0, updated: 0, unchanged: exported.items.length });
  });

  it("bumps the version of a changed item", async () => {
    const file = await exportCatalog(t.handle.db, "430105000000", {});
    const target = file.items.find((i) => i.name === "临时救助")!;
    target.promisedDays = 8;
    expect(await importCatalog(t.ctx, file)).toMatchObject({ updated: 1 });
    const after = (await t.app.inject({ url: `/api/v1/catalog/items/${target.code}` })).json();
    expect(after).toMatchObject({ promisedDays: 8, version: 2 });
  });

  it("refuses a bad document whole, listing every problem", async () => {
    const file = await exportCatalog(t.handle.db, "430105000000", {});
    const before = JSON.stringify(file);
    file.items[0]!.name = "已修改名称";
    file.items.find((i) => i.handling === "promised")!.handling = "instant"; // but keeps promised days
    file.items[2]!.departmentKey = "XX";
    file.items[3]!.agencyUscc = "91430105MA4L123450";
    const err = await importCatalog(t.ctx, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CatalogInvalidError);
    expect((err as CatalogInvalidError).problems.length).toBeGreaterThanOrEqual(3);
    const now = await exportCatalog(t.handle.db, "430105000000", {});
    expect(JSON.stringify(now)).toBe(before);
  });

  it("reports unreadable cells by sheet and address", async () => {
    const file = await exportCatalog(t.handle.db, "430105000000", {});
    const book = await catalogToXlsx(file);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book as unknown as ArrayBuffer);
    wb.getWorksheet("事项")!.getCell("G2").value = "十天";
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(catalogFromXlsx(edited)).rejects.toThrow(
      /事项!G2 \(法定时限\(工作日\)\) must be a whole number/,
    );
  });

  it("reads a workbook saved before the 可延长时限 column existed, as no extension", async () => {
    const file = await exportCatalog(t.handle.db, "430105000000", {});
    expect(file.items.find((i) => i.name === "再生育审批")!.extensionDays).toBe(10);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await catalogToXlsx(file)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("事项")!;
    let column = 0;
    sheet.getRow(1).eachCell((cell, col) => {
      if (cell.value === "可延长时限(工作日)") column = col;
    });
    expect(column).toBeGreaterThan(0);
    sheet.spliceColumns(column, 1);
    const parsed = await catalogFromXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(parsed.items.every((i) => i.extensionDays === 0)).toBe(true);
    expect(parsed.items.map((i) => i.name)).toEqual(file.items.map((i) => i.name));
  });
});

describe("the bundled catalog", () => {
  it("is loaded once; a restart does not undo an administrator's import", async () => {
    const file = await exportCatalog(t.handle.db, "430105000000", {});
    const target = file.items.find((i) => i.name === "高龄津贴")!;
    target.feeText = "不收费（本区自定）";
    await importCatalog(t.ctx, file);
    await loadReferenceData(t.handle.db, t.clock); // what every start does
    const after = (await t.app.inject({ url: `/api/v1/catalog/items/${target.code}` })).json();
    expect(after.feeText).toBe("不收费（本区自定）");
  });
});
