import { Type, type TSchema } from "typebox";
import { QUEUE_PRIORITIES, TICKET_STATUSES } from "@onewindow/shared";
import { DateOnly, IsoTime, Nullable } from "../../http/schemas.js";

/** Response schemas of the queue routes (排队叫号). The schema is the allowlist of what leaves the server. */

const StringEnum = <T extends string>(values: readonly T[], options: object = {}) =>
  Type.Unsafe<T>(Type.String({ enum: [...values], ...options }));

export const Priority = StringEnum(QUEUE_PRIORITIES, {
  description: "normal 普通 / elderly 老年人 / disabled 残疾人 / pregnant 孕妇",
});
export const TicketStatus = StringEnum(TICKET_STATUSES, {
  description: "waiting 等候中 / called 已叫号 / finished 已办结 / no_show 已过号",
});
const CounterStatus = StringEnum(["open", "paused", "closed"] as const, {
  description: "open 叫号中 / paused 暂停 / closed 未签到",
});
const PICK_REASONS = [
  "appointment",
  "transferred",
  "priorityTurn",
  "priorityOnly",
  "normalTurn",
  "firstCome",
] as const;

/** Waiting tickets per service group, as the kiosk shows them before a ticket is taken. */
export const SiteServices = Type.Object({
  siteCode: Type.String(),
  siteName: Type.String(),
  items: Type.Array(
    Type.Object({
      code: Type.String({ description: "业务组代码（号码前缀）" }),
      name: Type.String(),
      waiting: Type.Integer({ description: "当前等候人数" }),
    }),
  ),
});

export const SiteCounters = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      number: Type.Integer({ description: "窗口号" }),
      kind: StringEnum(["comprehensive", "dedicated", "collection"] as const, {
        description: "comprehensive 综合窗口 / dedicated 专窗 / collection 取件窗口",
      }),
      status: CounterStatus,
      serviceCodes: Nullable(Type.Array(Type.String(), { description: "办理的业务组；null 表示全部" })),
      staffId: Nullable(Type.String()),
      staffName: Nullable(Type.String({ description: "签到的工作人员" })),
      pauseReason: Nullable(Type.String()),
      statusSince: Nullable(IsoTime),
      current: Nullable(
        Type.Object(
          { id: Type.String(), number: Nullable(Type.String()) },
          { description: "正在办理的号；没有时为 null" },
        ),
      ),
    }),
  ),
});

/** A hall's calling rule (GET/PUT …/rules, and the line's rule). */
export const SiteRules = Type.Object({
  priorityEvery: Type.Integer({ description: "两个优先号之间叫几个普通号；0 表示优先号总是先叫" }),
  appointmentLeadMinutes: Type.Integer({ description: "预约号提前多少分钟到号" }),
  maxRecalls: Type.Integer({ description: "记为过号前须重呼的次数" }),
  nearPosition: Type.Integer({ description: "前面还有几位时短信提醒" }),
  targetWaitMinutes: Type.Integer({ description: "目标等候分钟数" }),
  notice: Type.String({ description: "大厅显示屏滚动公告" }),
});

export const SiteLine = Type.Object({
  rules: SiteRules,
  state: Type.Object(
    { normalsSincePriority: Type.Integer() },
    { description: "今天自上一个优先号以来已叫的普通号数" },
  ),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      position: Type.Integer({ description: "叫号顺序中的位次，1 为下一位" }),
      priority: Priority,
      priorityText: Type.String(),
      serviceCode: Type.String(),
      serviceName: Type.String(),
      issuedAt: IsoTime,
      waitedMinutes: Type.Integer(),
      transferred: Type.Boolean({ description: "由其他窗口转来" }),
      reason: StringEnum(PICK_REASONS, { description: "排在这里的规则" }),
      reasonText: Type.String({ description: "排在这里的原因（中文）" }),
    }),
  ),
});

/** The queue figures of a day (shared queueKpis). */
export const KpiFields = {
  tickets: Type.Integer({ description: "取号数" }),
  served: Type.Integer({ description: "办结数" }),
  noShows: Type.Integer({ description: "过号数" }),
  waiting: Type.Integer({ description: "仍在等候" }),
  avgWaitMinutes: Nullable(Type.Number({ description: "平均等候（取号到首次叫号，分钟）" })),
  p90WaitMinutes: Nullable(Type.Number({ description: "90% 等候不超过（分钟）" })),
  avgServiceMinutes: Nullable(Type.Number({ description: "平均办理时长（分钟）" })),
  noShowRate: Nullable(Type.Number({ description: "过号率（0–1）" })),
  withinTargetShare: Nullable(Type.Number({ description: "目标等候内叫号的比例（0–1）" })),
  targetWaitMinutes: Type.Integer(),
} satisfies Record<string, TSchema>;

export const SiteKpis = Type.Object({
  siteCode: Type.String(),
  siteName: Type.String(),
  date: DateOnly,
  ...KpiFields,
  byService: Type.Array(Type.Object({ serviceCode: Type.String(), name: Type.String(), ...KpiFields })),
});

/** A counter after sign-in, pause, resume or sign-out (the column names as stored). */
export const CounterChanged = Type.Object({
  counter: Type.Object({
    id: Type.String(),
    name: Type.String(),
    number: Type.Integer(),
    status: CounterStatus,
    pause_reason: Nullable(Type.String({ description: "暂停原因" })),
  }),
});

/** A ticket as the clerk serving it sees it. */
export const ClerkTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: TicketStatus,
  siteCode: Type.String(),
  priority: Priority,
  priorityDerived: Type.Boolean({ description: "按身份证号年龄自动给的优先" }),
  serviceCode: Type.String(),
  itemCode: Nullable(Type.String()),
  counterId: Nullable(Type.String()),
  recalls: Type.Integer(),
  issuedAt: IsoTime,
  idNumber: Nullable(
    Type.String({ description: "读卡所得身份证号，仅在正在办理（called）时给出，访问留痕；否则 null" }),
  ),
  idNumberMasked: Nullable(Type.String({ description: "脱敏身份证号；取号时未读卡为 null" })),
});

/** "My place in the queue" (the slip's QR code): no personal data. */
export const PublicPosition = Type.Object({
  number: Type.String(),
  siteName: Type.String(),
  serviceName: Type.String(),
  status: StringEnum([...TICKET_STATUSES, "expired"] as const, {
    description: "expired：非当天的号仍未叫",
  }),
  ahead: Nullable(Type.Integer({ description: "前面还有几位；不在等候时为 null" })),
  counterName: Nullable(Type.String({ description: "叫号时去哪个窗口" })),
  issuedAt: IsoTime,
});

export const ServiceGroup = Type.Object({
  code: Type.String(),
  name: Type.String(),
  categories: Type.Array(Type.String()),
  startNo: Type.Integer(),
  endNo: Type.Integer(),
  dailyCap: Nullable(Type.Integer()),
});

export const CounterServices = Type.Object({
  id: Type.String(),
  name: Type.String(),
  serviceCodes: Nullable(Type.Array(Type.String(), { description: "null 表示全部（综合窗口）" })),
});
