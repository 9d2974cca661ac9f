import type { Locale } from "./messages.js";

/** Human labels of request fields, so an error names the field in words a clerk knows. */
const fieldLabels: Record<string, { "zh-CN": string; en: string }> = {
  username: { "zh-CN": "用户名", en: "user name" },
  password: { "zh-CN": "密码", en: "password" },
  currentPassword: { "zh-CN": "当前密码", en: "current password" },
  newPassword: { "zh-CN": "新密码", en: "new password" },
  name: { "zh-CN": "姓名/名称", en: "name" },
  orgCode: { "zh-CN": "机构代码", en: "organisation code" },
  siteCode: { "zh-CN": "服务大厅代码", en: "site code" },
  roles: { "zh-CN": "角色", en: "roles" },
  role: { "zh-CN": "角色", en: "role" },
  kind: { "zh-CN": "类型", en: "kind" },
  idNumber: { "zh-CN": "身份证号码", en: "ID number" },
  phone: { "zh-CN": "手机号码", en: "mobile number" },
  itemCode: { "zh-CN": "事项编码", en: "item code" },
  communityCode: { "zh-CN": "社区", en: "community" },
  materials: { "zh-CN": "材料", en: "materials" },
  comment: { "zh-CN": "办理意见", en: "comment" },
  decision: { "zh-CN": "办理结果", en: "decision" },
  caseNo: { "zh-CN": "办件编号", en: "case number" },
  parent: { "zh-CN": "上级机构代码", en: "parent code" },
  q: { "zh-CN": "搜索词", en: "search text" },
  status: { "zh-CN": "状态", en: "status" },
  acceptedFrom: { "zh-CN": "受理日期（起）", en: "accepted from" },
  acceptedTo: { "zh-CN": "受理日期（止）", en: "accepted to" },
  cursor: { "zh-CN": "翻页位置", en: "page position" },
  limit: { "zh-CN": "每页条数", en: "page size" },
  category: { "zh-CN": "事项分类", en: "category" },
  now: { "zh-CN": "时间", en: "time" },
  to: { "zh-CN": "手机号码", en: "mobile number" },
  priority: { "zh-CN": "优先类别", en: "priority" },
  serviceCode: { "zh-CN": "取号业务", en: "service" },
  counterId: { "zh-CN": "窗口", en: "counter" },
  ticketId: { "zh-CN": "排队号", en: "ticket" },
  reason: { "zh-CN": "原因", en: "reason" },
  days: { "zh-CN": "延长天数", en: "days" },
  agentName: { "zh-CN": "代领人姓名", en: "agent's name" },
  deliveryNote: {
    "zh-CN": "送达说明（邮寄须填运单号）",
    en: "delivery note (a post needs its tracking number)",
  },
  date: { "zh-CN": "日期", en: "date" },
  appointmentAt: { "zh-CN": "预约时间", en: "appointment time" },
  message: { "zh-CN": "督办要求", en: "message" },
  answer: { "zh-CN": "答复内容", en: "answer" },
  answerWithinWorkingDays: { "zh-CN": "答复期限（工作日）", en: "answer within (working days)" },
  quarter: { "zh-CN": "季度", en: "quarter" },
  level: { "zh-CN": "评价等级", en: "rating" },
  ticketToken: { "zh-CN": "取号凭条", en: "ticket slip" },
  note: { "zh-CN": "记录", en: "note" },
  result: { "zh-CN": "整改情况", en: "result" },
  upheld: { "zh-CN": "裁定结果", en: "decision" },
  missing: { "zh-CN": "缺少的材料", en: "missing materials" },
  biller: { "zh-CN": "缴费项目", en: "biller" },
  consent: { "zh-CN": "本人授权", en: "consent" },
  receiptId: { "zh-CN": "收件登记", en: "receipt" },
  dataBase64: { "zh-CN": "图片", en: "image" },
  title: { "zh-CN": "标题", en: "title" },
  plate: { "zh-CN": "车牌号码", en: "plate number" },
  engineTail: { "zh-CN": "发动机号后六位", en: "engine number (last six)" },
  slotId: { "zh-CN": "号源", en: "slot" },
  account: { "zh-CN": "缴费户号", en: "account" },
  amountFen: { "zh-CN": "缴费金额", en: "amount" },
  orderNo: { "zh-CN": "订单号", en: "order number" },
};

/**
 * The label of a (dotted) field path, e.g. `applicant.idNumber` → 身份证号码. `as` names
 * the field whose label fits better (a search box holding an ID number is labelled as one).
 */
export function fieldLabel(field: string, locale: Locale, as = field): string {
  const last =
    as
      .split(".")
      .pop()
      ?.replace(/\[\d+\]$/, "") ?? field;
  const label = fieldLabels[last]?.[locale];
  return label ? `${label} (${field})` : field;
}
