import { Type, type TSchema } from "typebox";
import type { OrgKind } from "@onewindow/shared";
import { DateOnly, FileBody, Nullable } from "../../http/schemas.js";
import { KpiFields } from "../queue/index.js";

/** Response schemas of the dashboards (统计分析). */

const Kind = Type.Unsafe<OrgKind>(
  Type.String({
    enum: ["district", "street", "community", "department"],
    description: "district 区 / street 街道 / community 社区 / department 部门",
  }),
);

/** Case figures of a period (rolled up). */
const Figures = {
  received: Type.Integer({ description: "收件" }),
  accepted: Type.Integer({ description: "受理" }),
  completed: Type.Integer({ description: "办结" }),
  onTime: Type.Integer({ description: "按时办结" }),
  approved: Type.Integer({ description: "准予" }),
  onTimeRate: Nullable(Type.Number({ description: "按时办结率（0–1）；无办结时为 null" })),
  meanDays: Nullable(Type.Number({ description: "受理到办结的平均天数；无办结时为 null" })),
} satisfies Record<string, TSchema>;

/** Live counts of open cases. */
const OpenNow = {
  open: Type.Integer({ description: "在办（实时）" }),
  overdue: Type.Integer({ description: "超期在办（实时）" }),
} satisfies Record<string, TSchema>;

const OrgRef = Type.Object({ code: Type.String(), name: Type.String() });

export const CaseDashboard = Type.Object({
  org: Type.Object({
    code: Type.String(),
    name: Type.String(),
    kind: Kind,
    parentCode: Nullable(Type.String({ description: "上级单位；区为 null" })),
  }),
  period: Type.Object({ from: DateOnly, to: DateOnly }),
  totals: Type.Object({ ...Figures, ...OpenNow }),
  children: Type.Array(
    Type.Object({ orgCode: Type.String(), orgName: Type.String(), kind: Kind, ...Figures, ...OpenNow }),
    { description: "下级单位（区→街道→社区），可逐级下钻；社区没有下级" },
  ),
  byItem: Type.Array(Type.Object({ itemCode: Type.String(), itemName: Type.String(), ...Figures })),
  byCategory: Type.Array(
    Type.Object({ categoryCode: Type.String(), categoryName: Type.String(), ...Figures }),
  ),
  trendBy: Type.Union([Type.Literal("day"), Type.Literal("month")], {
    description: "三个月以内按日，否则按月",
  }),
  trend: Type.Array(
    Type.Object({ period: Type.String({ description: "YYYY-MM-DD 或 YYYY-MM" }), ...Figures }),
  ),
});

export const Workload = Type.Object({
  org: OrgRef,
  date: DateOnly,
  offices: Type.Array(
    Type.Object({
      orgCode: Type.String(),
      orgName: Type.String(),
      kind: Kind,
      openTasks: Type.Integer({ description: "待办环节" }),
      overdueTasks: Type.Integer({ description: "超期环节" }),
    }),
  ),
  people: Type.Array(
    Type.Object({
      staffId: Type.String(),
      name: Type.String(),
      orgName: Type.String(),
      tasksDone: Type.Integer({ description: "今日办理环节数" }),
      casesAccepted: Type.Integer({ description: "今日受理办件数" }),
    }),
  ),
});

export const QueueBySite = Type.Object({
  org: OrgRef,
  date: DateOnly,
  sites: Type.Array(Type.Object({ siteCode: Type.String(), siteName: Type.String(), ...KpiFields }), {
    description: "当日有取号的大厅",
  }),
});

export const Staffing = Type.Object({
  siteCode: Type.String(),
  siteName: Type.String(),
  inputs: Type.Object(
    {
      from: DateOnly,
      to: DateOnly,
      workingDays: Type.Integer({ description: "观察期内的工作日数" }),
      tickets: Type.Integer(),
      served: Type.Integer(),
      meanServiceMinutes: Type.Number({ description: "平均办理时长（分钟）" }),
      target: Type.Object({
        share: Type.Number({ description: "目标比例，如 0.8" }),
        waitMinutes: Type.Number({ description: "目标等候（分钟）" }),
      }),
      countersInHall: Type.Integer({ description: "大厅现有窗口数" }),
    },
    { description: "计算所用的数据" },
  ),
  hours: Type.Array(
    Type.Object({
      hour: Type.Integer({ description: "时段（0–23 点，北京时间）" }),
      arrivalsPerHour: Type.Number(),
      load: Type.Number({ description: "话务量（Erlang）" }),
      counters: Type.Integer({ description: "所需窗口数" }),
      serviceLevel: Type.Number({ description: "该窗口数下目标等候内叫号的比例" }),
      meanWaitMinutes: Type.Number({ description: "该窗口数下平均等候（分钟）" }),
    }),
  ),
});

export const Workbook = FileBody(
  "统计表格工作簿（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet）",
);
