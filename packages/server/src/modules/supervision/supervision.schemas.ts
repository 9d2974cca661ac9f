import { Type } from "typebox";
import {
  ALERT_LEVELS,
  FLAG_KINDS,
  REVIEW_GRADES,
  type AlertLevel,
  type FlagKind,
  type OrgKind,
  type ReviewGrade,
} from "@onewindow/shared";
import { DateOnly, IsoTime, Nullable } from "../../http/schemas.js";

/** Response schemas of 电子监察 (alerts, flags, 督办 orders, the quarterly review). */

export const Alerts = Type.Object({
  items: Type.Array(
    Type.Object({
      caseNo: Type.String(),
      taskId: Type.String(),
      taskName: Type.String({ description: "环节名称" }),
      level: Type.Unsafe<AlertLevel>(
        Type.String({ enum: [...ALERT_LEVELS], description: "warning 预警 / yellow 黄牌 / red 红牌" }),
      ),
      levelText: Type.String(),
      dueAt: Nullable(IsoTime),
      orgCode: Type.String(),
      orgName: Type.String(),
      responsible: Type.Array(Type.String(), { description: "承办单位的责任人姓名" }),
      raisedAt: IsoTime,
    }),
  ),
});

export const Flags = Type.Object({
  items: Type.Array(
    Type.Object({
      kind: Type.Unsafe<FlagKind>(
        Type.String({
          enum: [...FLAG_KINDS],
          description:
            "stage_overtime 环节超时 / late_forwarding 转报不及时 / refusal_without_reason 不予批准未说明理由",
        }),
      ),
      kindText: Type.String(),
      caseNo: Type.String(),
      taskName: Type.String({ description: "环节名称" }),
      orgCode: Type.String(),
      orgName: Type.String(),
      staffName: Nullable(Type.String({ description: "办理该环节的工作人员" })),
      detail: Type.String({ description: "纠错说明" }),
      raisedAt: IsoTime,
    }),
  ),
});

/** A 督办 order as the supervisor and the office see it. */
export const SupervisionOrder = Type.Object({
  id: Type.String(),
  caseNo: Type.String(),
  itemName: Type.String({ description: "事项名称" }),
  orgCode: Type.String({ description: "承办单位" }),
  orgName: Type.String(),
  message: Type.String({ description: "督办内容" }),
  answerDue: DateOnly,
  sentBy: Type.String({ description: "发出督办的监察人员" }),
  sentAt: IsoTime,
  acknowledgedAt: Nullable(IsoTime),
  acknowledgedBy: Nullable(Type.String()),
  answeredAt: Nullable(IsoTime),
  answeredBy: Nullable(Type.String()),
  answer: Nullable(Type.String({ description: "办理情况答复" })),
  overdue: Type.Boolean({ description: "逾期未答复，或答复晚于期限" }),
});

export const SupervisionOrders = Type.Object({ items: Type.Array(SupervisionOrder) });

const GradeBar = Type.Object({
  onTimeRate: Type.Number({ description: "按时办结率不低于" }),
  maxRedCards: Type.Integer({ description: "红牌至多" }),
  minMeanRating: Type.Number({ description: "平均评价不低于" }),
});

export const QuarterlyReview = Type.Object({
  quarter: Type.String({ examples: ["2026Q3"] }),
  from: DateOnly,
  to: DateOnly,
  rule: Type.Object(
    { excellent: GradeBar, good: GradeBar, pass: GradeBar },
    { description: "评定规则：各等次的门槛" },
  ),
  offices: Type.Array(
    Type.Object({
      orgCode: Type.String(),
      orgName: Type.String(),
      kind: Type.Unsafe<OrgKind>(Type.String({ enum: ["district", "street", "community", "department"] })),
      completed: Type.Integer({ description: "本季度办结环节数" }),
      onTime: Type.Integer({ description: "其中按时办结" }),
      yellowCards: Type.Integer(),
      redCards: Type.Integer(),
      ratings: Type.Integer({ description: "评价数（申诉成立的不计）" }),
      meanRating: Nullable(Type.Number({ description: "平均评价（1–5）；无评价为 null" })),
      onTimeRate: Nullable(Type.Number({ description: "按时办结率（0–1）；无办结为 null" })),
      meanHandlingDays: Nullable(Type.Number({ description: "平均办理天数；无办结为 null" })),
      grade: Type.Unsafe<ReviewGrade>(
        Type.String({
          enum: [...REVIEW_GRADES],
          description: "excellent 优秀 / good 良好 / pass 合格 / fail 不合格",
        }),
      ),
      gradeText: Type.String(),
      reasons: Type.Array(Type.String(), { description: "评定理由：达到的门槛，以及未达上一等次的原因" }),
    }),
  ),
});
