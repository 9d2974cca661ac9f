import { Type } from "typebox";
import {
  ALERT_LEVELS,
  CASE_STATUSES,
  DELIVERY_METHODS,
  TIMELINE_KINDS,
  type AlertLevel,
  type DeliveryMethodCode,
  type TimelineKind,
} from "@onewindow/shared";
import { DateOnly, IsoTime, Nullable } from "../../http/schemas.js";

/**
 * Response schemas of the cases routes. They are the allowlist of what leaves the server: a field
 * not declared here is dropped by the serialiser, nested objects included.
 */

export const CaseStatusSchema = Type.Unsafe<(typeof CASE_STATUSES)[number]>(
  Type.String({ enum: [...CASE_STATUSES] }),
);

/** End of a deadline day in China time (`deadlineOf`), e.g. 2026-11-25T23:59:59+08:00; null when none. */
const Deadline = Nullable(
  Type.String({
    format: "date-time",
    examples: ["2026-11-25T23:59:59+08:00"],
    description: "期限当日 23:59:59（北京时间）",
  }),
);

/** One entry of a case's timeline (`presentTimeline`). */
export const TimelineEntrySchema = Type.Object({
  at: IsoTime,
  kind: Type.Unsafe<TimelineKind>(Type.String({ enum: [...TIMELINE_KINDS], description: "发生了什么" })),
  stage: Type.String({ description: "环节名称（按 Accept-Language）", examples: ["受理"] }),
  text: Type.String({ description: "说明（按 Accept-Language）" }),
  orgName: Type.Optional(Type.String({ description: "经办机构；仅工作人员看到，公开查询不含" })),
});

const Timeline = Type.Array(TimelineEntrySchema, { description: "办件时间轴，时间顺序" });

/** GET /public/progress: what the applicant sees (name masked, no identifiers). */
export const PublicProgress = Type.Object({
  caseNo: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String({ description: "脱敏姓名" }),
  status: CaseStatusSchema,
  statusText: Type.String(),
  acceptedAt: IsoTime,
  deadline: Deadline,
  timeline: Timeline,
  collect: Nullable(
    Type.Object(
      {
        siteName: Type.String(),
        address: Type.String(),
        openingHours: Type.String(),
        phone: Nullable(Type.String({ description: "大厅电话" })),
        until: DateOnly,
      },
      { description: "已作出决定、待领取的结果：到哪里领、最迟哪天；其他情况为 null" },
    ),
  ),
  supplementDue: Nullable(DateOnly),
  paused: Type.Boolean({ description: "计时暂停（补正或特别程序）" }),
});

/** GET /kiosk/cases: a resident's cases at the kiosk. */
export const KioskCases = Type.Object({
  items: Type.Array(
    Type.Object({
      caseNo: Type.String(),
      itemName: Type.String(),
      status: CaseStatusSchema,
      statusText: Type.String(),
      acceptedAt: IsoTime,
    }),
    { description: "最近受理的在前" },
  ),
});

/** GET /cases/{caseNo}: a case as staff see it (ID number and phone masked). */
export const CaseDetail = Type.Object({
  caseNo: Type.String(),
  itemCode: Type.String(),
  itemName: Type.String(),
  itemCategory: Type.String({ description: "事项分类编码" }),
  itemKind: Type.String({ description: "事项类型（permit 行政许可 …）" }),
  decisionNotice: Nullable(
    Type.Union(
      [
        Type.Literal("permitGranted"),
        Type.Literal("permitRefused"),
        Type.Literal("decision"),
        Type.Literal("decisionRefused"),
      ],
      { description: "已作出决定的办件出具的文书；未决定时为 null" },
    ),
  ),
  status: CaseStatusSchema,
  statusText: Type.String(),
  applicant: Type.Object(
    {
      name: Type.String(),
      idNumber: Type.String({ description: "脱敏身份证号" }),
      phone: Nullable(Type.String({ description: "脱敏手机号" })),
    },
    { description: "申请人（证件号、手机号已脱敏）" },
  ),
  acceptedAt: IsoTime,
  deadline: Deadline,
  statutoryDeadline: Deadline,
  paused: Type.Boolean({ description: "计时暂停（补正或特别程序）" }),
  supplement: Nullable(
    Type.Object(
      { due: DateOnly, overdue: Type.Boolean() },
      { description: "补正：申请人须在哪天前补齐、是否已逾期；不在补正时为 null" },
    ),
  ),
  extension: Type.Object(
    {
      allowedDays: Type.Integer({ description: "事项可延长的工作日数（累计）" }),
      extendedDays: Type.Integer({ description: "本件已延长的工作日数" }),
    },
    { description: "延长办理期限" },
  ),
  delivery: Nullable(
    Type.Object(
      {
        due: DateOnly,
        deliveredAt: Nullable(IsoTime),
        method: Nullable(
          Type.Unsafe<DeliveryMethodCode>(Type.String({ enum: Object.keys(DELIVERY_METHODS) })),
        ),
        methodText: Nullable(Type.String()),
        agentName: Nullable(Type.String({ description: "代领人姓名" })),
        note: Nullable(Type.String()),
      },
      { description: "结果送达：已作出决定的办件最迟哪天送达、送达情况；未决定时为 null" },
    ),
  ),
  acceptMode: Type.Union([Type.Literal("normal"), Type.Literal("tolerate-missing"), Type.Literal("deemed")], {
    description: "normal 受理，tolerate-missing 容缺受理，deemed 收件后逾期未告知视为受理",
  }),
  communityCode: Type.String(),
  formData: Type.Record(Type.String(), Type.Unknown(), { description: "申请表填写的内容" }),
  materials: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      required: Type.Boolean(),
      provided: Type.Boolean(),
      dueDate: Nullable(DateOnly),
      reusedLevel: Nullable(
        Type.Union([Type.Literal("A"), Type.Literal("B")], {
          description: "用已有证照免交（A 签发、B 核验）",
        }),
      ),
    }),
  ),
  timeline: Timeline,
  tasks: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      orgCode: Type.String(),
      orgName: Type.String(),
      status: Type.Union([
        Type.Literal("open"),
        Type.Literal("approved"),
        Type.Literal("rejected"),
        Type.Literal("returned"),
        Type.Literal("cancelled"),
      ]),
      dueAt: Deadline,
      completedAt: Nullable(IsoTime),
      comment: Nullable(Type.String()),
    }),
    { description: "办理环节" },
  ),
});

/** GET /tasks: the workbench. */
export const OpenTasks = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      caseNo: Type.String(),
      name: Type.String({ description: "环节名称" }),
      orgCode: Type.String(),
      orgName: Type.String(),
      dueAt: Deadline,
      itemName: Type.String(),
      applicantName: Type.String(),
      arrivedAt: IsoTime,
      card: Nullable(
        Type.Unsafe<AlertLevel>(
          Type.String({ enum: [...ALERT_LEVELS], description: "电子监察亮牌：预警、黄牌、红牌" }),
        ),
      ),
    }),
    { description: "期限最近的在前" },
  ),
});

/** POST /cases/receipts: the 收件回执. */
export const ReceiptCreated = Type.Object({
  id: Type.String(),
  receiptNo: Type.String({ examples: ["SJ20261118000123"] }),
  itemName: Type.String(),
  siteName: Type.String(),
  receivedAt: IsoTime,
  examineBy: DateOnly,
  provided: Type.Array(Type.String(), { description: "已收材料的名称" }),
  notice: Type.String({ description: "回执上告知申请人的话" }),
});

/** GET /cases/receipts. */
export const OpenReceipts = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      receiptNo: Type.String(),
      itemCode: Type.String(),
      itemName: Type.String(),
      applicantName: Type.String(),
      receivedAt: IsoTime,
      examineBy: DateOnly,
      dueToday: Type.Boolean({ description: "今天是审查期限的最后一天" }),
      providedMaterials: Type.Array(Type.String(), { description: "已收材料的 id" }),
    }),
  ),
});

/** POST /cases/receipts/{id}/accept: like POST /cases, without `deadline`. */
export const ReceiptAccepted = Type.Object({
  caseNo: Type.String(),
  status: Type.Literal("accepted"),
  deadlineDate: DateOnly,
  progressUrl: Type.String({ description: "resident's progress page (the receipt's QR code)" }),
  receipt: Type.Object({
    acceptedAt: IsoTime,
    siteName: Type.String(),
    itemName: Type.String(),
    missing: Type.Array(Type.Object({ name: Type.String(), dueDate: DateOnly }), {
      description: "容缺受理时待补交的材料及期限",
    }),
  }),
});
