import { Type } from "typebox";
import { DateOnly, IsoTime, Nullable } from "../../http/schemas.js";

/** Response schemas of the 好差评 routes. */

/** What rating a case or a visit answers (201). */
export const RatingCreated = Type.Object({
  id: Type.String(),
  level: Type.Integer({ minimum: 1, maximum: 5 }),
  levelText: Type.String({ examples: ["非常满意"] }),
  rectification: Type.Optional(
    Type.Object(
      { id: Type.String(), dueDate: DateOnly },
      { description: "差评（≤2）生成的整改任务；好评时没有此字段" },
    ),
  ),
});

/**
 * A rating as listed (`presentEvaluation`): the office's view — what was rated and how, never who
 * rated — and, for the supervision centre only, the case, the ticket, the masked evaluator and the
 * callback (the fields marked "电子监察").
 */
export const EvaluationSchema = Type.Object({
  id: Type.String(),
  channel: Type.Union([Type.Literal("online"), Type.Literal("onsite"), Type.Literal("kiosk")], {
    description: "online 一事一评（凭办件编号），onsite 一次一评（取号凭条），kiosk 自助终端缴费后",
  }),
  level: Type.Integer({ minimum: 1, maximum: 5 }),
  levelText: Type.String(),
  comment: Nullable(Type.String()),
  subject: Type.String({ description: "所评的事项或排队业务名称；都没有时为空串" }),
  date: DateOnly,
  orgCode: Type.String(),
  orgName: Type.String(),
  appeal: Type.Object(
    {
      status: Type.Union([
        Type.Literal("none"),
        Type.Literal("pending"),
        Type.Literal("upheld"),
        Type.Literal("dismissed"),
      ]),
      reason: Nullable(Type.String()),
      note: Nullable(Type.String({ description: "裁定意见" })),
    },
    { description: "被评价单位的申诉" },
  ),
  rectification: Nullable(
    Type.Object(
      {
        id: Type.String(),
        dueDate: Nullable(DateOnly),
        status: Nullable(Type.Union([Type.Literal("open"), Type.Literal("done"), Type.Literal("withdrawn")])),
        result: Nullable(Type.String({ description: "整改情况" })),
        callbackDone: Type.Boolean(),
      },
      { description: "差评的整改；没有整改任务时为 null" },
    ),
  ),
  caseNo: Type.Optional(Nullable(Type.String({ description: "电子监察：办件编号（一事一评）" }))),
  ticketNumber: Type.Optional(Nullable(Type.String({ description: "电子监察：取号号码（一次一评）" }))),
  evaluator: Type.Optional(
    Type.Object(
      {
        name: Nullable(Type.String({ description: "脱敏姓名" })),
        phone: Nullable(Type.String({ description: "脱敏手机号" })),
      },
      { description: "电子监察：评价人（脱敏）" },
    ),
  ),
  callback: Type.Optional(
    Nullable(
      Type.Object(
        { at: IsoTime, reached: Nullable(Type.Boolean()), note: Nullable(Type.String()) },
        { description: "电子监察：回访记录；未回访时为 null" },
      ),
    ),
  ),
});
