/**
 * Server-side message catalogue (errors and notices), shared so that web apps
 * can show the same words. zh-CN is the default; en is the second language.
 */

export type Locale = "zh-CN" | "en";

type Catalogue = Record<string, { "zh-CN": string; en: string }>;

const messages = {
  VALIDATION_FAILED: { "zh-CN": "请求内容不正确", en: "The request is not valid" },
  "VALIDATION_FAILED.required": { "zh-CN": "缺少必填项：{label}", en: "{label} is required" },
  "VALIDATION_FAILED.unknown": {
    "zh-CN": "不认识的字段：{field}",
    en: "Unknown field: {field}",
  },
  "VALIDATION_FAILED.type": {
    "zh-CN": "{label}的类型不正确，应为{expected}",
    en: "{label} must be of type {expected}",
  },
  "VALIDATION_FAILED.format": { "zh-CN": "{label}格式不正确", en: "{label} is not well formed" },
  "VALIDATION_FAILED.enum": {
    "zh-CN": "{label}只能是：{allowed}",
    en: "{label} must be one of: {allowed}",
  },
  "VALIDATION_FAILED.length": {
    "zh-CN": "{label}长度不符合要求",
    en: "{label} has the wrong length",
  },
  "VALIDATION_FAILED.range": { "zh-CN": "{label}超出允许范围", en: "{label} is out of range" },
  "VALIDATION_FAILED.body": { "zh-CN": "请求体必须是 JSON 对象", en: "The body must be a JSON object" },
  "VALIDATION_FAILED.idNumber.format": {
    "zh-CN": "{label}应为 18 位，最后一位可以是 X",
    en: "{label} must have 18 characters, the last may be X",
  },
  "VALIDATION_FAILED.idNumber.area": {
    "zh-CN": "{label}的地址码不存在",
    en: "{label} has an unknown address code",
  },
  "VALIDATION_FAILED.idNumber.birthDate": {
    "zh-CN": "{label}中的出生日期不是真实日期",
    en: "{label} does not contain a real birth date",
  },
  "VALIDATION_FAILED.idNumber.checksum": {
    "zh-CN": "{label}校验码不正确，请核对",
    en: "{label} has a wrong check digit",
  },
  "VALIDATION_FAILED.phone": {
    "zh-CN": "{label}应为 11 位手机号码",
    en: "{label} must be an 11-digit mobile number",
  },
  "VALIDATION_FAILED.password": {
    "zh-CN": "密码至少 10 位，且须包含大写字母、小写字母、数字和符号中的三类",
    en: "The password needs at least 10 characters from three of: upper case, lower case, digits, symbols",
  },
  "VALIDATION_FAILED.orgCode": {
    "zh-CN": "{label}不是本区已有的机构",
    en: "{label} is not an organisation of this district",
  },
  "VALIDATION_FAILED.siteCode": {
    "zh-CN": "{label}不是已有的服务大厅",
    en: "{label} is not an existing service hall",
  },
  "VALIDATION_FAILED.currentPassword": {
    "zh-CN": "当前密码不正确",
    en: "The current password is wrong",
  },
  "VALIDATION_FAILED.samePassword": {
    "zh-CN": "新密码不能与当前密码相同",
    en: "The new password must differ from the current one",
  },
  "VALIDATION_FAILED.calendarWorkday": {
    "zh-CN": "{label}不是周末，不能设为调休上班日",
    en: "{label} is not a weekend day, so it cannot be a make-up working day",
  },
  "VALIDATION_FAILED.extensionDays": {
    "zh-CN": "{label}超出该事项还可延长的 {left} 个工作日",
    en: "{label} exceeds the {left} working days this item may still be extended by",
  },
  "VALIDATION_FAILED.agentAtWindow": {
    "zh-CN": "只有窗口领取时才有代领人，请清空{label}",
    en: "Only a result collected at the window has an agent; clear the {label}",
  },
  "VALIDATION_FAILED.calendarDuplicate": {
    "zh-CN": "{label}重复出现",
    en: "{label} appears twice",
  },
  UNAUTHENTICATED: { "zh-CN": "请先登录", en: "Please sign in first" },
  SESSION_EXPIRED: {
    "zh-CN": "长时间未操作，已自动退出，请重新登录",
    en: "Your session timed out; please sign in again",
  },
  INVALID_CREDENTIALS: { "zh-CN": "用户名或密码不正确", en: "Wrong user name or password" },
  ACCOUNT_LOCKED: {
    "zh-CN": "连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试",
    en: "Too many failed sign-ins; try again in {minutes} minutes",
  },
  ACCOUNT_DISABLED: { "zh-CN": "账号已停用", en: "This account is disabled" },
  FORBIDDEN: { "zh-CN": "没有权限执行此操作", en: "You may not do this" },
  CSRF_REJECTED: {
    "zh-CN": "请求来源校验失败，请刷新页面后重试",
    en: "Request origin check failed; reload the page and try again",
  },
  NOT_FOUND: { "zh-CN": "找不到该记录", en: "Not found" },
  CASE_NOT_FOUND: { "zh-CN": "找不到该办件", en: "Case not found" },
  TASK_NOT_FOUND: { "zh-CN": "找不到该任务", en: "Task not found" },
  TASK_NOT_OPEN: {
    "zh-CN": "该任务已被办理或已取消，请刷新后查看",
    en: "This task was already handled or cancelled; refresh to see it",
  },
  CASE_NOT_WAITING: {
    "zh-CN": "该办件当前不在等待补正",
    en: "This case is not waiting for more documents",
  },
  CASE_ENDED: {
    "zh-CN": "该办件已办结或已撤回，不能再撤回",
    en: "This case has already ended or been withdrawn",
  },
  "CASE_ENDED.extend": {
    "zh-CN": "该办件已办结或已撤回，不能再延长期限",
    en: "This case has ended or been withdrawn; its deadline cannot be extended",
  },
  CASE_NOT_DECIDED: {
    "zh-CN": "该办件尚未作出决定（或已撤回、不予受理），没有可送达的办理结果",
    en: "This case has no decision to deliver yet (or it was withdrawn or not accepted)",
  },
  CASE_DELIVERED: {
    "zh-CN": "该办件的办理结果已经送达",
    en: "This case's result has already been delivered",
  },
  EXTENSION_NOT_ALLOWED: {
    "zh-CN": "该事项不可延长办理期限（见事项的实施清单）",
    en: "This item's deadlines cannot be extended (see the item's listing)",
  },
  EXTENSION_TOO_LATE: {
    "zh-CN": "法定办结期限 {due} 已过，不能再延长：延长须在期限届满前决定",
    en: "The statutory deadline {due} has passed; an extension must be decided before it",
  },
  CASE_PAUSED: {
    "zh-CN": "该办件正在特别程序或补正中（暂停计时），请先结束特别程序",
    en: "This case is paused (special procedure or 补正); end the special procedure first",
  },
  SITE_NOT_FOUND: { "zh-CN": "找不到该服务大厅", en: "Service hall not found" },
  COUNTER_NOT_FOUND: { "zh-CN": "找不到该窗口", en: "Counter not found" },
  TICKET_NOT_FOUND: { "zh-CN": "找不到该排队号", en: "Ticket not found" },
  TICKET_STATE: {
    "zh-CN": "排队号 {number} 当前状态为“{status}”，不能{action}",
    en: "Ticket {number} is {status}; it cannot be {action}",
  },
  COUNTER_NOT_READY: {
    "zh-CN": "窗口未开放：请先在该窗口签到，暂停中的窗口需先恢复",
    en: "The counter is not open: sign in at it first, or resume it if paused",
  },
  COUNTER_TAKEN: {
    "zh-CN": "{counter}已由{name}签到使用，请选择其他窗口",
    en: "{counter} is in use by {name}; choose another counter",
  },
  QUEUE_FULL: {
    "zh-CN": "“{service}”今日号源已取完（上限 {cap} 个），请明天再来或预约",
    en: "No more tickets today for {service} (limit {cap}); come back tomorrow or book",
  },
  RECALLS_NOT_DONE: {
    "zh-CN": "需先重呼 {needed} 次（已重呼 {done} 次）才能记为过号",
    en: "Recall {needed} times before marking a no-show ({done} so far)",
  },
  MATERIALS_MISSING: {
    "zh-CN": "缺少必需材料：{names}。可出具一次性告知书，或选择容缺受理",
    en: "Required materials are missing: {names}. Issue a notice listing them, or accept with a promise",
  },
  NOT_ISSUABLE_AT_COMMUNITY: { "zh-CN": "{reason}", en: "{reason}" },
  "VALIDATION_FAILED.bpmn": {
    "zh-CN": "BPMN 流程无法导入：{problems}",
    en: "The BPMN process cannot be imported: {problems}",
  },
  "VALIDATION_FAILED.itemCode": {
    "zh-CN": "{label}不是已发布的服务事项",
    en: "{label} is not a published service item",
  },
  "VALIDATION_FAILED.materialId": {
    "zh-CN": "{label}不是该事项的材料",
    en: "{label} is not a material of this item",
  },
  "VALIDATION_FAILED.communityCode": {
    "zh-CN": "{label}需要指定申请人所属的辖区内社区",
    en: "{label} must name the applicant's community within your jurisdiction",
  },
  "VALIDATION_FAILED.ticketNotWaiting": {
    "zh-CN": "{label}不在本窗口可叫的等候队列中",
    en: "{label} is not waiting in this counter's line",
  },
  "VALIDATION_FAILED.ticketOfSite": {
    "zh-CN": "{label}不是本大厅的排队号",
    en: "{label} is not a ticket of this hall",
  },
  "VALIDATION_FAILED.appointmentByStaff": {
    "zh-CN": "{label}只能由工作人员登记",
    en: "{label} can only be set by staff",
  },
  "VALIDATION_FAILED.appointmentToday": {
    "zh-CN": "{label}必须是今天的时间",
    en: "{label} must be a time today",
  },
  "VALIDATION_FAILED.clerkSite": {
    "zh-CN": "您的账号没有可受理办件的服务大厅",
    en: "Your account has no service hall to accept cases at",
  },
  "VALIDATION_FAILED.orderOrg": {
    "zh-CN": "{label}必须是办理该办件的单位（受理社区或有办理环节的单位），且在您的监察范围内",
    en: "{label} must be an office handling this case (its community or one with a task on it) within your jurisdiction",
  },
  "VALIDATION_FAILED.quarter": {
    "zh-CN": "{label}应写作 2026Q3 这样的年份加季度",
    en: "{label} must look like 2026Q3",
  },
  "VALIDATION_FAILED.level": {
    "zh-CN": "{label}应为 1–5：5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意",
    en: "{label} must be 1–5 (5 very satisfied … 1 very dissatisfied)",
  },
  "VALIDATION_FAILED.evaluationCase": {
    "zh-CN": "{label}：只有办结后的办件可以评价",
    en: "{label}: only a finished case can be rated",
  },
  "VALIDATION_FAILED.documentKind": {
    "zh-CN": "该办件当前状态没有这种文书",
    en: "This case has no such document in its current state",
  },
  ORDER_NOT_FOUND: { "zh-CN": "找不到该督办单", en: "Supervision order not found" },
  ORDER_ANSWERED: { "zh-CN": "该督办单已答复", en: "This supervision order was already answered" },
  EVALUATION_NOT_FOUND: { "zh-CN": "找不到该评价", en: "Rating not found" },
  EVALUATION_EXISTS: {
    "zh-CN": "该办件已经评价过（一事一评）",
    en: "This case was already rated (one rating per case)",
  },
  APPEAL_STATE: {
    "zh-CN": "该评价当前不能{action}（申诉状态：{status}）",
    en: "This rating cannot be {action} now (appeal: {status})",
  },
  RECTIFICATION_NOT_FOUND: { "zh-CN": "找不到该整改任务", en: "Rectification not found" },
  RECTIFICATION_STATE: {
    "zh-CN": "整改任务当前不能{action}：{why}",
    en: "The rectification cannot be {action}: {why}",
  },
  ORG_NOT_FOUND: { "zh-CN": "找不到该机构", en: "Organisation not found" },
  ITEM_NOT_FOUND: { "zh-CN": "找不到该服务事项", en: "Service item not found" },
  USERNAME_TAKEN: { "zh-CN": "用户名已被使用", en: "This user name is taken" },
  IDEMPOTENCY_CONFLICT: {
    "zh-CN": "同一幂等键已用于不同的请求",
    en: "This Idempotency-Key was already used for a different request",
  },
  IDEMPOTENCY_IN_PROGRESS: {
    "zh-CN": "同一请求正在处理中，请稍后重试",
    en: "The same request is still being processed; retry shortly",
  },
  DEPARTMENT_UNAVAILABLE: {
    "zh-CN": "对方部门系统暂时无法访问，请稍后重试",
    en: "The department's system is unavailable; try again shortly",
  },
  RECEIPT_NOT_FOUND: { "zh-CN": "找不到该收件登记", en: "Receipt not found" },
  RECEIPT_STATE: {
    "zh-CN": "该收件已有审查结论（已受理、已告知补正或不予受理），不能再次处理",
    en: "This receipt was already concluded",
  },
  PAGE_CHANGED: {
    "zh-CN": "该栏目已被他人修改，请刷新后再编辑",
    en: "Someone else saved this page meanwhile; reload and edit again",
  },
  "VALIDATION_FAILED.imageSize": { "zh-CN": "{label}不能超过 2 MB", en: "{label} may not exceed 2 MB" },
  "VALIDATION_FAILED.imageType": {
    "zh-CN": "{label}只接受 JPEG、PNG 或 WebP 图片",
    en: "{label} must be a JPEG, PNG or WebP image",
  },
  SLOT_FULL: { "zh-CN": "该时段号源已约满，请选择其他时段", en: "This slot is fully booked" },
  SLOT_NOT_FOUND: { "zh-CN": "找不到该号源", en: "No such appointment slot" },
  BOOKING_NOT_FOUND: { "zh-CN": "找不到该预约（请核对预约号与身份证）", en: "Booking not found" },
  VEHICLE_NOT_FOUND: {
    "zh-CN": "车牌号码与发动机号后六位不匹配，请核对",
    en: "The plate and the engine number do not match",
  },
  "VALIDATION_FAILED.consent": {
    "zh-CN": "查询个人信息须先确认授权（{label}）",
    en: "Personal data can be looked up only with consent ({label})",
  },
  BILLER_NOT_FOUND: { "zh-CN": "不支持该缴费项目", en: "Unknown biller" },
  ACCOUNT_NOT_FOUND: {
    "zh-CN": "没有查到该{label}，请核对后重新输入",
    en: "No such {label}; please check it and try again",
  },
  PAYMENT_NOT_FOUND: { "zh-CN": "找不到该缴费订单", en: "Payment order not found" },
  "VALIDATION_FAILED.amount.below_min": {
    "zh-CN": "{label}不能少于 {min} 元",
    en: "{label} must be at least {min} yuan",
  },
  "VALIDATION_FAILED.amount.above_max": {
    "zh-CN": "{label}不能超过 {max} 元",
    en: "{label} may not exceed {max} yuan",
  },
  "VALIDATION_FAILED.amount.not_integer": {
    "zh-CN": "{label}须为整数金额（话费按整元充值）",
    en: "{label} must be a whole amount (phone credit in whole yuan)",
  },
  BILLER_UNAVAILABLE: {
    "zh-CN": "缴费单位系统暂时无法访问，请稍后再试",
    en: "The biller's system is unavailable; try again shortly",
  },
  TOO_MANY_REQUESTS: { "zh-CN": "请求过于频繁，请稍后再试", en: "Too many requests; slow down" },
  INTERNAL: { "zh-CN": "系统繁忙，请稍后再试", en: "Something went wrong; please try again later" },
} satisfies Catalogue;

export type MessageKey = keyof typeof messages;

/** Picks zh-CN or en from an Accept-Language header; zh-CN unless English is preferred. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return "zh-CN";
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1, index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return "zh-CN";
}

/** Renders a message with `{name}` parameters filled in. */
export function translate(
  key: MessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = messages[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}
