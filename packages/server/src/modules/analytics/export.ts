import ExcelJS from "exceljs";

export type SheetColumn = { header: string; key: string; width?: number; percent?: boolean };
export type Sheet = { name: string; columns: SheetColumn[]; rows: Record<string, unknown>[] };

const FIGURE_COLUMNS: SheetColumn[] = [
  { header: "收件", key: "received" },
  { header: "受理", key: "accepted" },
  { header: "办结", key: "completed" },
  { header: "按时办结", key: "onTime" },
  { header: "按时办结率", key: "onTimeRate", percent: true },
  { header: "平均办理天数", key: "meanDays" },
  { header: "准予", key: "approved" },
];

type CaseDashboard = {
  org: { name: string };
  period: { from: string; to: string };
  children: Record<string, unknown>[];
  byItem: Record<string, unknown>[];
  byCategory: Record<string, unknown>[];
  trendBy: "day" | "month";
  trend: Record<string, unknown>[];
};

/** The case dashboard's tables as sheets (same columns as on screen). */
export function caseSheets(d: CaseDashboard): Sheet[] {
  return [
    {
      name: "下级单位",
      columns: [
        { header: "单位", key: "orgName", width: 28 },
        ...FIGURE_COLUMNS,
        { header: "在办", key: "open" },
        { header: "超期在办", key: "overdue" },
      ],
      rows: d.children,
    },
    {
      name: "按事项",
      columns: [{ header: "事项", key: "itemName", width: 40 }, ...FIGURE_COLUMNS],
      rows: d.byItem,
    },
    {
      name: "按分类",
      columns: [{ header: "分类", key: "categoryName", width: 20 }, ...FIGURE_COLUMNS],
      rows: d.byCategory,
    },
    {
      name: d.trendBy === "day" ? "每日趋势" : "每月趋势",
      columns: [
        { header: d.trendBy === "day" ? "日期" : "月份", key: "period", width: 12 },
        ...FIGURE_COLUMNS,
      ],
      rows: d.trend,
    },
  ];
}

/** One workbook, a sheet per table, headers bold and frozen; rates as percentages. */
export async function toXlsx(title: string, sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = title;
  book.creator = "一窗通";
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = s.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? 12,
      ...(c.percent ? { style: { numFmt: "0.0%" } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of s.rows) {
      const values: Record<string, unknown> = {};
      for (const c of s.columns) values[c.key] = row[c.key] ?? "";
      sheet.addRow(values);
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
