/** SMS templates (zh-CN). Short, plain, signed; one link to follow the case. */
export const TEMPLATES = {
  "case.accepted":
    "【开福区一窗通】{name}您好，您申请的{item}已受理，办件编号{caseNo}，承诺{deadline}前办结。查询进度：{url}",
  "case.supplement":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）需要补正材料：{reason}。补正期间暂停计时，请携带材料到受理窗口。{url}",
  "case.approved":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）已办结，结果：准予。请按通知领取结果。{url}",
  "case.rejected":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）已办结，结果：不予批准{reason}。如有疑问请致电 12345。{url}",
  "queue.near":
    "【开福区一窗通】您在{site}取的{number}号前面还有{ahead}人，请回到大厅留意叫号。查看排队：{url}",
} as const;

export type TemplateName = keyof typeof TEMPLATES;

export function render(template: TemplateName, params: Record<string, string>): string {
  return TEMPLATES[template].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
}
