import { buildResidentId, type Decision } from "@onewindow/shared";
import type { Clock } from "../clock.js";
import type { Ctx } from "../http/context.js";
import { staffActorByUsername } from "../modules/auth/index.js";
import {
  acceptCase,
  completeTask,
  withdrawCase,
  deliverResult,
  type DeliveryInput,
} from "../modules/cases/index.js";

type Plan = {
  item: string;
  clerk: string;
  applicant: { idNumber: string; name: string; phone: string };
  daysAgo: number;
  /** The 申请表, for items that have one. */
  form?: Record<string, unknown>;
  /** Who decides the open tasks, in order, and how. */
  decisions: [string, Decision, string?][];
  /** Withdrawn at the window afterwards, for this reason (撤回申请). */
  withdrawn?: string;
  /** The result handed over at the window afterwards (结果送达). */
  delivered?: DeliveryInput;
};

/** 余冰, the seed document's applicant, and a few plainly fictitious neighbours. */
const YU_BING = { idNumber: buildResidentId("430105", "1991-03-15", 24), name: "余冰", phone: "13900001234" };
const person = (name: string, birth: string, seq: number, phone: string) => ({
  idNumber: buildResidentId("430105", birth, seq),
  name,
  phone,
});

export const DEMO_CASES: Plan[] = [
  {
    item: "再生育审批",
    clerk: "xc.clerk",
    applicant: YU_BING,
    daysAgo: 20,
    decisions: [
      ["xc.approver", "approve"],
      ["frbl.wj", "approve"],
      ["qu.wj", "approve", "符合再生育条件，准予"],
    ],
  },
  {
    item: "住房保障低收入认定",
    clerk: "xc.clerk",
    applicant: person("王甲十", "1968-07-08", 131, "13900002001"),
    daysAgo: 12,
    decisions: [
      ["xc.approver", "approve"],
      ["frbl.approver", "approve"],
    ],
  },
  {
    item: "残疾人两项补贴",
    clerk: "xc.clerk",
    applicant: person("李乙三", "1975-02-11", 53, "13900002002"),
    daysAgo: 9,
    decisions: [
      ["xc.approver", "approve"],
      ["frbl.mz", "approve"],
    ],
  },
  {
    item: "高龄津贴",
    clerk: "xc.clerk",
    applicant: person("张丙一", "1941-05-20", 11, "13900002003"),
    daysAgo: 6,
    decisions: [
      ["xc.approver", "approve"],
      ["frbl.mz", "return", "请补交本人银行账户信息复印件"],
    ],
  },
  {
    item: "最低生活保障",
    clerk: "jw.clerk",
    applicant: person("刘丁七", "1959-09-09", 77, "13900002004"),
    form: { householdSize: 2, monthlyIncome: 900, incomeSource: "养老金" },
    daysAgo: 2,
    decisions: [],
  },
  {
    item: "失业登记",
    clerk: "jw.clerk",
    applicant: person("陈戊二", "1990-12-01", 22, "13900002005"),
    daysAgo: 1,
    decisions: [["jw.approver", "approve", "当场办结"]],
    delivered: { method: "window" },
  },
  {
    item: "临时救助",
    clerk: "hhc.clerk",
    applicant: person("杨己五", "1983-04-04", 45, "13900002006"),
    daysAgo: 15,
    decisions: [["hhc.clerk", "reject", "家庭收入超过临时救助标准"]],
  },
  {
    item: "生育登记",
    clerk: "sjz.clerk",
    applicant: person("黄庚四", "1994-08-18", 84, "13900002007"),
    daysAgo: 0,
    decisions: [],
  },
  {
    item: "独生子女父母光荣证",
    clerk: "qst.clerk",
    applicant: person("赵辛九", "1986-10-10", 109, "13900002008"),
    daysAgo: 3,
    decisions: [["qst.clerk", "approve"]],
  },
  {
    item: "残疾人两项补贴",
    clerk: "jw.clerk",
    applicant: person("周壬六", "1979-06-16", 66, "13900002009"),
    daysAgo: 4,
    decisions: [["jw.approver", "approve"]],
    withdrawn: "申请人书面申请撤回（已在原户籍地申领）",
  },
];

/**
 * Demo cases in every state a case reaches through the window and the workbench,
 * accepted some working days ago across the pilot communities. Runs once.
 */
export async function loadDemoCases(ctx: Ctx): Promise<number> {
  const any = await ctx.db.selectFrom("cases").select("id").limit(1).executeTakeFirst();
  if (any) return 0;
  const real = ctx.clock;
  for (const plan of DEMO_CASES) {
    const at = new Date(real.now().getTime() - plan.daysAgo * 86_400_000);
    const clock: Clock = { now: () => at };
    const c = { ...ctx, clock };
    const item = await ctx.db
      .selectFrom("service_items")
      .select(["code"])
      .where("name", "=", plan.item)
      .executeTakeFirstOrThrow();
    const materials = await ctx.db
      .selectFrom("service_materials")
      .select(["id"])
      .where("item_code", "=", item.code)
      .execute();
    const clerk = await staffActorByUsername(c, plan.clerk);
    const { caseNo } = await acceptCase(c, clerk, {
      itemCode: item.code,
      applicant: plan.applicant,
      materials: materials.map((m) => ({ id: m.id, provided: true })),
      ...(plan.form && { formData: plan.form }),
    });
    for (const [username, decision, comment] of plan.decisions) {
      const actor = await staffActorByUsername(c, username);
      const task = await ctx.db
        .selectFrom("tasks")
        .innerJoin("cases", "cases.id", "tasks.case_id")
        .select("tasks.id")
        .where("cases.case_no", "=", caseNo)
        .where("tasks.status", "=", "open")
        .orderBy("tasks.engine_task_id")
        .executeTakeFirstOrThrow();
      await completeTask(c, actor, task.id, { decision, comment });
    }
    if (plan.withdrawn) await withdrawCase(c, clerk, caseNo, { reason: plan.withdrawn });
    if (plan.delivered) await deliverResult(c, clerk, caseNo, plan.delivered);
  }
  return DEMO_CASES.length;
}
