/** SMS templates (zh-CN). Short, plain, signed; one link to follow the case. */
export const TEMPLATES = {
  "case.accepted":
    "【开福区一窗通】{name}您好，您申请的{item}已受理，办件编号{caseNo}，承诺{deadline}前办结。查询进度：{url}",
  "case.supplement":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）需要补正材料：{reason}。请于{due}前携带材料到受理窗口，补正期间暂停计时。{url}",
  "case.approved":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）已办结，结果：准予。请按通知领取结果。{url}",
  "case.rejected":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）已办结，结果：不予批准{reason}。如有疑问请致电 12345。{url}",
  "case.withdrawn":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）已按您的申请撤回，办理终止{reason}。如需再办，请重新申请。{url}",
  "case.special":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）进入特别程序：{reason}。特别程序所需时间不计入办理时限，结束后将继续办理。{url}",
  "case.extended":
    "【开福区一窗通】{name}您好，您的办件{caseNo}（{item}）因{reason}，经批准延长办理期限，预计{deadline}前办结。{url}",
  "case.rescheduled":
    "【开福区一窗通】{name}您好，因{reason}，您的办件{caseNo}（{item}）承诺办结日期调整为{deadline}。{url}",
  "queue.near":
    "【开福区一窗通】您在{site}取的{number}号前面还有{ahead}人，请回到大厅留意叫号。查看排队：{url}",
  "supervision.card":
    "【开福区电子监察】{name}：{org}承办的办件{caseNo}“{task}”环节{level}，期限{due}。请尽快办理并在工作台查看。",
  "supervision.order": "【开福区电子监察】{name}：{org}收到督办单（办件{caseNo}），请签收并于{due}前答复。",
  "evaluation.bad":
    "【开福区电子监察】{name}：{org}收到一条差评（{level}），已生成整改任务，请于{due}前回访并整改。",
} as const;

export type TemplateName = keyof typeof TEMPLATES;

export function render(template: TemplateName, params: Record<string, string>): string {
  return TEMPLATES[template].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
}
