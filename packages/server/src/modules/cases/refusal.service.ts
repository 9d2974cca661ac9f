import { chinaDate } from "@onewindow/shared";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import { upsertApplicant } from "../residents/index.js";
import { currentDefinitionForItem } from "../workflow/index.js";
import { addEvent, insertCase } from "./cases.repo.js";
import {
  caseRowBase,
  checkApplicant,
  intakePlace,
  itemForIntake,
  type ApplicantInput,
} from "./intake.common.js";
import { issueCaseNumber } from "./case-number.js";

export type RefusalInput = ApplicantInput & { itemCode: string; reason: string };

/**
 * 不予受理: the window declines an application, with its reason, and the resident
 * gets a dated written notice. It is recorded as an ended case so supervision can
 * review refusals (refusing a qualifying application is a flagged fault).
 */
export async function refuseApplication(ctx: Ctx, clerk: StaffActor, input: RefusalInput) {
  const now = ctx.clock.now();
  await checkApplicant(ctx, input, now);
  const { item } = await itemForIntake(ctx, input.itemCode);
  const { site, communityCode } = await intakePlace(ctx, clerk, input);
  const definition = await currentDefinitionForItem(ctx.db, item, now);
  const reason = input.reason.trim();
  return ctx.tx(async (db) => {
    const resident = await upsertApplicant(ctx, db, now, { ...input.applicant, communityCode });
    const caseNo = await issueCaseNumber(db, chinaDate(now), site.code);
    const { id } = await insertCase(db, {
      ...caseRowBase(ctx, {
        caseNo,
        item,
        definition,
        siteCode: site.code,
        communityCode,
        residentId: resident.id,
        applicantName: input.applicant.name,
        clerkId: clerk.id,
        now,
      }),
      status: "not_accepted",
      form_data: "{}",
      accept_mode: "normal",
      ended_at: now,
    });
    await addEvent(
      db,
      { case_id: id, at: now, org_code: site.code, actor_id: clerk.id },
      { kind: "not_accepted", params: { site: site.name, reason } },
    );
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "case.refuse",
        targetType: "case",
        targetId: caseNo,
        detail: { itemCode: item.code },
      },
    );
    return {
      caseNo,
      status: "not_accepted" as const,
      itemName: item.name,
      siteName: site.name,
      refusedAt: now,
      reason,
    };
  });
}
