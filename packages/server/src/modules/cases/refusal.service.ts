import { randomBytes } from "node:crypto";
import { chinaDate, initialState } from "@onewindow/shared";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/audit.service.js";
import { upsertApplicant } from "../residents/residents.service.js";
import { currentDefinitionForItem } from "../workflow/definitions.service.js";
import { addEvent, insertCase } from "./cases.repo.js";
import {
  checkApplicant,
  intakePlace,
  issueCaseNumber,
  itemForIntake,
  type ApplicantInput,
} from "./intake.common.js";
import { caseNumberPattern } from "./intake.service.js";

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
  const pattern = await caseNumberPattern(ctx.db);
  const reason = input.reason.trim();
  return ctx.tx(async (db) => {
    const resident = await upsertApplicant(ctx, db, now, { ...input.applicant, communityCode });
    const caseNo = await issueCaseNumber(db, pattern, chinaDate(now), site.code);
    const { id } = await insertCase(db, {
      district_code: ctx.districtCode,
      case_no: caseNo,
      item_code: item.code,
      item_version: item.version,
      process_key: definition.key,
      process_version: definition.version,
      process_state: JSON.stringify(initialState()),
      status: "not_accepted",
      site_code: site.code,
      community_code: communityCode,
      resident_id: resident.id,
      applicant_name: input.applicant.name.trim(),
      form_data: "{}",
      accept_mode: "normal",
      ticket_id: null,
      accepted_by: clerk.id,
      accepted_at: now,
      promised_due: null,
      statutory_due: null,
      ended_at: now,
      public_token: randomBytes(18).toString("base64url"),
    });
    await addEvent(db, {
      case_id: id,
      at: now,
      stage: "不予受理",
      text: `${site.name}不予受理：${reason}`,
      org_code: site.code,
      actor_id: clerk.id,
    });
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
