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

type Rows = Record<string, unknown>[];

export function workloadSheets(d: { offices: Rows; people: Rows }): Sheet[] {
  return [
    {
      name: "各单位待办",
      columns: [
        { header: "单位", key: "orgName", width: 28 },
        { header: "待办环节", key: "openTasks" },
        { header: "其中超期", key: "overdueTasks" },
      ],
      rows: d.offices,
    },
    {
      name: "今日办理",
      columns: [
        { header: "姓名", key: "name", width: 16 },
        { header: "单位", key: "orgName", width: 28 },
        { header: "办理环节", key: "tasksDone" },
        { header: "受理办件", key: "casesAccepted" },
      ],
      rows: d.people,
    },
  ];
}

export function queueSheets(d: { sites: Rows }): Sheet[] {
  return [
    {
      name: "各大厅",
      columns: [
        { header: "服务大厅", key: "siteName", width: 28 },
        { header: "取号", key: "tickets" },
        { header: "办结", key: "served" },
        { header: "过号", key: "noShows" },
        { header: "平均等候(分)", key: "avgWaitMinutes" },
        { header: "P90 等候(分)", key: "p90WaitMinutes" },
        { header: "平均办理(分)", key: "avgServiceMinutes" },
        { header: "目标内叫号", key: "withinTargetShare", percent: true },
      ],
      rows: d.sites,
    },
  ];
}

export function staffingSheets(d: { hours: Rows }): Sheet[] {
  return [
    {
      name: "每小时建议",
      columns: [
        { header: "时段", key: "hour" },
        { header: "每小时到达", key: "arrivalsPerHour" },
        { header: "话务量(Erlang)", key: "load" },
        { header: "建议窗口数", key: "counters" },
        { header: "预计目标内叫号", key: "serviceLevel", percent: true },
        { header: "预计平均等候(分)", key: "meanWaitMinutes" },
      ],
      rows: d.hours,
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
