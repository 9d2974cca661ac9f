import type { Selectable } from "kysely";
import type { TimelineEntry } from "@onewindow/shared";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx, TxCtx } from "../../http/context.js";
import type { CasesTable } from "../../db/schema.js";
import { audit } from "../audit/index.js";
import type { TemplateName } from "../notify/index.js";
import { addEvent, lockCase } from "./cases.repo.js";
import { notifyApplicant } from "./notify-applicant.js";

/** One action on a case, inside its transaction with the case row locked. */
export type CaseTx = {
  tc: TxCtx;
  actor: StaffActor;
  /** The moment of the action: every row it writes carries it. */
  now: Date;
  row: Selectable<CasesTable>;
  /** Writes a timeline entry now, for an action whose entry must come before its engine's. */
  note: (entry: TimelineEntry, orgCode: string | null) => Promise<void>;
};

/** What an action did, for the path to record after it. */
export type CaseOutcome<T> = {
  answer: T;
  /** The entry the applicant reads on the timeline. */
  timeline?: { entry: TimelineEntry; orgCode: string | null };
  /** The SMS that tells the applicant. */
  sms?: { template: TemplateName; reason?: string; eventKey?: string };
  audit: { action: string; detail?: Record<string, unknown> };
};

/**
 * The one path every action on an existing case takes: lock the case row → the action checks and
 * changes the case (through the workflow engine where it moves a step) → its timeline entry → the
 * applicant's SMS → the audit record, all in one transaction. Of two people acting on one case at
 * once, the second sees what the first did.
 */
export async function runCaseCommand<T>(
  ctx: Ctx,
  actor: StaffActor,
  caseId: string,
  act: (c: CaseTx) => Promise<CaseOutcome<T>>,
): Promise<T> {
  const now = ctx.clock.now();
  return ctx.tx(async (db, tc) => {
    const row = await lockCase(db, caseId);
    const place = (orgCode: string | null) => ({
      case_id: row.id,
      at: now,
      org_code: orgCode,
      actor_id: actor.id,
    });
    const outcome = await act({
      tc,
      actor,
      now,
      row,
      note: async (entry, orgCode) => void (await addEvent(db, place(orgCode), entry)),
    });
    if (outcome.timeline) await addEvent(db, place(outcome.timeline.orgCode), outcome.timeline.entry);
    if (outcome.sms) {
      const { template, ...extra } = outcome.sms;
      await notifyApplicant(
        db,
        { box: ctx.box, districtCode: ctx.districtCode, publicUrl: ctx.publicUrl, now },
        row.id,
        template,
        extra,
      );
    }
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: outcome.audit.action,
        targetType: "case",
        targetId: row.case_no,
        detail: outcome.audit.detail,
      },
    );
    return outcome.answer;
  });
}
