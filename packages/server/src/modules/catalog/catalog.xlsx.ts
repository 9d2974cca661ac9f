import ExcelJS from "exceljs";
import type { CatalogFile, CatalogFileItem, CatalogFileMaterial } from "./catalog.file.js";
import type { CatalogStep } from "../../db/schema.js";

/**
 * The catalog as an Excel workbook that bureau staff can edit: one sheet each
 * for categories, items, materials and steps, with Chinese headers.
 */

type Column<T> = {
  header: string;
  key: keyof T & string;
  kind: "text" | "int" | "bool" | "textOrNull" | "jsonOrNone";
  width: number;
  /** A column added after workbooks were in use: a workbook without it reads as 0. */
  optional?: true;
};

const CATEGORY_COLUMNS: Column<{ code: string; name: string }>[] = [
  { header: "分类代码", key: "code", kind: "text", width: 16 },
  { header: "分类名称", key: "name", kind: "text", width: 28 },
];

type ItemRow = Omit<CatalogFileItem, "steps" | "materials">;
const ITEM_COLUMNS: Column<ItemRow>[] = [
  { header: "事项编码", key: "code", kind: "text", width: 60 },
  { header: "基本编码", key: "basicCode", kind: "text", width: 16 },
  { header: "事项名称", key: "name", kind: "text", width: 30 },
  { header: "分类代码", key: "category", kind: "text", width: 14 },
  { header: "事项类型", key: "kind", kind: "text", width: 16 },
  { header: "办件类型", key: "handling", kind: "text", width: 10 },
  { header: "法定时限(工作日)", key: "statutoryDays", kind: "int", width: 10 },
  { header: "承诺时限(工作日)", key: "promisedDays", kind: "int", width: 10 },
  { header: "可延长时限(工作日)", key: "extensionDays", kind: "int", width: 10, optional: true },
  { header: "主管部门简码", key: "departmentKey", kind: "text", width: 10 },
  { header: "实施机关统一社会信用代码", key: "agencyUscc", kind: "text", width: 22 },
  { header: "办理层级", key: "levelText", kind: "text", width: 40 },
  { header: "收费(分)", key: "feeFen", kind: "int", width: 10 },
  { header: "收费说明", key: "feeText", kind: "text", width: 16 },
  { header: "网上可办", key: "online", kind: "bool", width: 8 },
  { header: "最多跑动次数", key: "maxVisits", kind: "int", width: 8 },
  { header: "设定和实施依据", key: "legalBasis", kind: "text", width: 50 },
  { header: "社区可出具", key: "communityIssuable", kind: "bool", width: 8 },
  { header: "不可出具理由", key: "notIssuableReason", kind: "textOrNull", width: 40 },
  { header: "咨询电话", key: "consultPhone", kind: "textOrNull", width: 14 },
  { header: "监督电话", key: "supervisePhone", kind: "textOrNull", width: 14 },
  { header: "申请表(JSON)", key: "form", kind: "jsonOrNone", width: 40 },
];

type MaterialRow = CatalogFileMaterial & { itemCode: string };
const MATERIAL_COLUMNS: Column<MaterialRow>[] = [
  { header: "事项编码", key: "itemCode", kind: "text", width: 60 },
  { header: "材料编号", key: "id", kind: "text", width: 8 },
  { header: "材料名称", key: "name", kind: "text", width: 36 },
  { header: "必需", key: "required", kind: "bool", width: 6 },
  { header: "形式", key: "form", kind: "text", width: 18 },
  { header: "份数", key: "copies", kind: "int", width: 6 },
  { header: "来源", key: "source", kind: "text", width: 20 },
  { header: "说明", key: "note", kind: "textOrNull", width: 30 },
];

type StepRow = {
  itemCode: string;
  name: string;
  orgKind: string;
  deptKey: string | null;
  parallel: boolean;
  days: number;
};
const STEP_COLUMNS: Column<StepRow>[] = [
  { header: "事项编码", key: "itemCode", kind: "text", width: 60 },
  { header: "环节名称", key: "name", kind: "text", width: 30 },
  { header: "办理层级", key: "orgKind", kind: "text", width: 12 },
  { header: "部门简码", key: "deptKey", kind: "textOrNull", width: 10 },
  { header: "并联", key: "parallel", kind: "bool", width: 6 },
  { header: "时限(工作日)", key: "days", kind: "int", width: 10 },
];

const SHEETS = { meta: "说明", categories: "分类", items: "事项", materials: "材料", steps: "环节" } as const;

function writeSheet<T>(book: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: T[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, unknown> = {};
    for (const c of columns) {
      const v = row[c.key];
      values[c.key] =
        c.kind === "bool"
          ? v
            ? "是"
            : "否"
          : c.kind === "jsonOrNone"
            ? v
              ? JSON.stringify(v)
              : ""
            : (v ?? "");
    }
    sheet.addRow(values);
  }
}

export async function catalogToXlsx(file: CatalogFile): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "OneWindow 一窗通";
  const meta = book.addWorksheet(SHEETS.meta);
  meta.addRows([
    ["格式", file.format],
    ["区划代码", file.districtCode],
    ["事项类型码", JSON.stringify(file.kindCodes)],
    [
      "说明",
      "布尔列填 是/否；事项类型、办件类型、材料形式、办理层级填英文代码；编辑后用 onewindow catalog import 导入",
    ],
  ]);
  meta.getColumn(1).width = 14;
  meta.getColumn(2).width = 80;
  writeSheet(book, SHEETS.categories, CATEGORY_COLUMNS, file.categories);
  writeSheet<ItemRow>(book, SHEETS.items, ITEM_COLUMNS, file.items);
  writeSheet(
    book,
    SHEETS.materials,
    MATERIAL_COLUMNS,
    file.items.flatMap((i) => i.materials.map((m) => ({ ...m, itemCode: i.code }))),
  );
  writeSheet(
    book,
    SHEETS.steps,
    STEP_COLUMNS,
    file.items.flatMap((i) => i.steps.map((s) => ({ itemCode: i.code, ...s, deptKey: s.deptKey ?? null }))),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return cellText(value.result);
  return ""; // errors and other cell kinds carry no text we can use
}

/** Reads a sheet back into objects; a cell that cannot be read is reported with its address. */
function readSheet<T>(book: ExcelJS.Workbook, name: string, columns: Column<T>[], problems: string[]): T[] {
  const sheet = book.getWorksheet(name);
  if (!sheet) {
    problems.push(`sheet "${name}" is missing`);
    return [];
  }
  const headerIndex = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headerIndex.set(cellText(cell.value).trim(), col));
  const missing = columns.filter((c) => !c.optional && !headerIndex.has(c.header));
  if (missing.length > 0) {
    problems.push(`sheet "${name}" lacks column(s) ${missing.map((c) => c.header).join(", ")}`);
    return [];
  }
  const rows: T[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const out: Record<string, unknown> = {};
    let empty = true;
    for (const c of columns) {
      const col = headerIndex.get(c.header);
      if (col === undefined) {
        out[c.key] = 0; // only optional int columns may be absent
        continue;
      }
      const text = cellText(row.getCell(col).value).trim();
      if (text) empty = false;
      const at = `${name}!${row.getCell(col).address}`;
      if (c.kind === "int") {
        if (!/^\d+$/.test(text)) problems.push(`${at} (${c.header}) must be a whole number, got "${text}"`);
        out[c.key] = Number(text);
      } else if (c.kind === "bool") {
        if (!["是", "否"].includes(text))
          problems.push(`${at} (${c.header}) must be 是 or 否, got "${text}"`);
        out[c.key] = text === "是";
      } else if (c.kind === "jsonOrNone") {
        if (text) {
          try {
            out[c.key] = JSON.parse(text);
          } catch {
            problems.push(`${at} (${c.header}) is not valid JSON`);
          }
        }
      } else {
        out[c.key] = c.kind === "textOrNull" && text === "" ? null : text;
      }
    }
    if (!empty) rows.push(out as T);
  });
  return rows;
}

/** Parses a workbook written by catalogToXlsx (possibly edited). Throws with every problem found. */
export async function catalogFromXlsx(data: Buffer | ArrayBuffer): Promise<CatalogFile> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as ArrayBuffer);
  const problems: string[] = [];
  const meta = new Map<string, string>();
  book
    .getWorksheet(SHEETS.meta)
    ?.eachRow((row) => meta.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  const categories = readSheet(book, SHEETS.categories, CATEGORY_COLUMNS, problems);
  const items = readSheet<ItemRow>(book, SHEETS.items, ITEM_COLUMNS, problems);
  const materials = readSheet(book, SHEETS.materials, MATERIAL_COLUMNS, problems);
  const steps = readSheet(book, SHEETS.steps, STEP_COLUMNS, problems);
  const known = new Set(items.map((i) => i.code));
  for (const m of materials)
    if (!known.has(m.itemCode)) problems.push(`材料 sheet refers to unknown item ${m.itemCode}`);
  for (const s of steps)
    if (!known.has(s.itemCode)) problems.push(`环节 sheet refers to unknown item ${s.itemCode}`);
  if (problems.length > 0) throw new Error(`the workbook cannot be read:\n  ${problems.join("\n  ")}`);
  let kindCodes: Record<string, string>;
  try {
    kindCodes = JSON.parse(meta.get("事项类型码") || "{}") as Record<string, string>;
  } catch {
    throw new Error(`the workbook cannot be read:\n  说明!B3 (事项类型码) is not valid JSON`);
  }
  return {
    format: "onewindow-catalog/1",
    districtCode: meta.get("区划代码") ?? "",
    kindCodes,
    categories,
    items: items.map((item) => ({
      ...item,
      materials: materials.filter((m) => m.itemCode === item.code).map(({ itemCode: _, ...m }) => m),
      steps: steps
        .filter((s) => s.itemCode === item.code)
        .map(({ itemCode: _, deptKey, ...s }) => ({ ...s, ...(deptKey ? { deptKey } : {}) }) as CatalogStep),
    })),
  };
}
