import type { Transaction } from "kysely";
import type { Effect, ProcessState, WorkCalendar } from "@onewindow/shared";
import {
  chinaDate,
  DEFAULT_SUPPLEMENT_WORKING_DAYS,
  issuedDocumentName,
  supplementDue,
} from "@onewindow/shared";
import type { CaseStatus, Database } from "../../db/schema.js";
import type { Ctx } from "../../http/context.js";
import { readSetting } from "../../db/settings.js";
import { candidateOrg } from "../workflow/index.js";
import { addEvent } from "./cases.repo.js";
import { recordDocuments } from "../residents/index.js";
import { notifyApplicant, type NotifyContext } from "./notify-applicant.js";

type Tx = Transaction<Database>;

export type StepContext = {
  db: Tx;
  now: Date;
  calendar: WorkCalendar;
  districtCode: string;
  caseRow: { id: string; community_code: string; status: CaseStatus };
  /** Who caused the step, for the completed task and the timeline. */
  actorId: string | null;
  comment: string | null;
  notify: Omit<NotifyContext, "now">;
};

/** A step context inside a request's transaction: the district and the SMS settings come from ctx. */
export function stepIn(
  ctx: Pick<Ctx, "districtCode" | "box" | "publicUrl">,
  db: Tx,
  s: Pick<StepContext, "now" | "calendar" | "caseRow" | "actorId" | "comment">,
): StepContext {
  const { districtCode, box, publicUrl } = ctx;
  return { db, ...s, districtCode, notify: { box, districtCode, publicUrl } };
}

/** An approved item that issues a certificate puts it on the resident's file as an A-level document. */
async function recordIssuedCertificate(sc: StepContext, now: Date) {
  const row = await sc.db
    .selectFrom("cases as c")
    .innerJoin("service_items as i", "i.code", "c.item_code")
    .innerJoin("orgs as d", "d.code", "i.department_code")
    .select(["c.resident_id", "i.name as item_name", "d.name as department_name"])
    .where("c.id", "=", sc.caseRow.id)
    .executeTakeFirstOrThrow();
  const name = issuedDocumentName(row.item_name);
  if (!name) return;
  await recordDocuments(sc.db, {
    districtCode: sc.districtCode,
    residentId: row.resident_id,
    names: [name],
    level: "A",
    source: `${row.department_name}核发`,
    staffId: sc.actorId,
    caseId: sc.caseRow.id,
    now,
  });
}

const SUPPLEMENT_DAYS_KEY = "cases.supplementWorkingDays";

/** The district's 补正 limit in working days (app setting), or the default. */
async function supplementWorkingDays(db: Tx): Promise<number> {
  const value = await readSetting(db, SUPPLEMENT_DAYS_KEY);
  return typeof value === "number" ? value : DEFAULT_SUPPLEMENT_WORKING_DAYS;
}

const CLOSED_STATUS = {
  approve: "approved",
  reject: "rejected",
  return: "returned",
  cancelled: "cancelled",
} as const;

/** Which SMS tells the applicant of each ending. */
const ENDINGS = {
  approved: { template: "case.approved" },
  rejected: { template: "case.rejected" },
  withdrawn: { template: "case.withdrawn" },
} as const;

/**
 * Persists the effects of one engine step: tasks opened at the right office with
 * their working-day due dates, tasks closed, 补正 pauses, the end of the case,
 * and a timeline a resident can follow. Returns the case's new status.
 */
export async function applyEffects(
  sc: StepContext,
  state: ProcessState,
  effects: Effect[],
): Promise<CaseStatus> {
  const { db, now, caseRow } = sc;
  const today = chinaDate(now);
  // Only the offices this step can touch: the community, its street and sections, district bureaus.
  const street = `${caseRow.community_code.slice(0, 9)}000`;
  const orgs = await db
    .selectFrom("orgs")
    .select(["code", "name"])
    .where((eb) =>
      eb.or([
        eb("code", "=", caseRow.community_code),
        eb("code", "=", street),
        eb("parent_code", "=", street),
        eb("parent_code", "=", sc.districtCode),
      ]),
    )
    .execute();
  const known = new Map(orgs.map((o) => [o.code, o.name]));
  let status: CaseStatus = caseRow.status;
  for (const effect of effects) {
    switch (effect.type) {
      case "openTask": {
        const orgCode = candidateOrg(effect.candidate, caseRow.community_code, sc.districtCode, (c) =>
          known.has(c),
        );
        await db
          .insertInto("tasks")
          .values({
            district_code: sc.districtCode,
            case_id: caseRow.id,
            engine_task_id: effect.taskId,
            node: effect.node,
            name: effect.name,
            org_code: orgCode,
            status: "open",
            opened_at: now,
            due_date: sc.calendar.addWorkingDays(today, Math.max(effect.days, 1)),
          })
          .execute();
        await addEvent(
          db,
          { case_id: caseRow.id, at: now, org_code: orgCode, actor_id: null },
          { kind: "forwarded", params: { org: known.get(orgCode) ?? orgCode, step: effect.name } },
        );
        break;
      }
      case "closeTask": {
        const mine = effect.outcome !== "cancelled";
        const task = await db
          .updateTable("tasks")
          .set({
            status: CLOSED_STATUS[effect.outcome],
            completed_at: now,
            ...(mine ? { completed_by: sc.actorId, comment: sc.comment } : {}),
          })
          .where("case_id", "=", caseRow.id)
          .where("engine_task_id", "=", effect.taskId)
          .returning(["name", "org_code"])
          .executeTakeFirstOrThrow();
        if (effect.outcome === "approve") {
          await addEvent(
            db,
            { case_id: caseRow.id, at: now, org_code: task.org_code, actor_id: sc.actorId },
            { kind: "reviewed", params: { org: known.get(task.org_code) ?? "", step: task.name } },
          );
          if (status === "accepted") status = "in_review";
        }
        break;
      }
      case "supplementRequired": {
        const task = await db
          .selectFrom("tasks")
          .select(["org_code"])
          .where("case_id", "=", caseRow.id)
          .where("engine_task_id", "=", effect.taskId)
          .executeTakeFirstOrThrow();
        const due = supplementDue(today, sc.calendar, await supplementWorkingDays(db));
        await db
          .updateTable("cases")
          .set({ paused_since: now, supplement_due: due })
          .where("id", "=", caseRow.id)
          .execute();
        await addEvent(
          db,
          { case_id: caseRow.id, at: now, org_code: task.org_code, actor_id: sc.actorId },
          {
            kind: "supplement_requested",
            params: { org: known.get(task.org_code) ?? "", bringBy: due, comment: sc.comment || null },
          },
        );
        status = "supplement_required";
        await notifyApplicant(db, { ...sc.notify, now }, caseRow.id, "case.supplement", {
          ...(sc.comment ? { reason: sc.comment } : {}),
          eventKey: effect.taskId,
        });
        break;
      }
      case "ended": {
        // An ended case's clock stops for good, including one withdrawn while paused.
        await db
          .updateTable("cases")
          .set({ ended_at: now, paused_since: null, supplement_due: null })
          .where("id", "=", caseRow.id)
          .execute();
        const ending = ENDINGS[effect.outcome];
        await addEvent(
          db,
          { case_id: caseRow.id, at: now, org_code: null, actor_id: sc.actorId },
          effect.outcome === "withdrawn"
            ? { kind: "withdrawn", params: { comment: sc.comment || null } }
            : {
                kind: "decided",
                params: {
                  outcome: effect.outcome,
                  comment: effect.outcome === "rejected" ? sc.comment || null : null,
                },
              },
        );
        status = effect.outcome;
        if (effect.outcome === "approved") await recordIssuedCertificate(sc, now);
        await notifyApplicant(
          db,
          { ...sc.notify, now },
          caseRow.id,
          ending.template,
          sc.comment ? { reason: sc.comment } : {},
        );
        break;
      }
    }
  }
  await db
    .updateTable("cases")
    .set({ process_state: JSON.stringify(state), status })
    .where("id", "=", caseRow.id)
    .execute();
  return status;
}
