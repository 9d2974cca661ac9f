import { randomBytes } from "node:crypto";
import { advance, caseNumber, chinaDate, initialState, DEFAULT_CASE_NUMBER_PATTERN } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/audit.service.js";
import { loadWorkCalendar } from "../calendar/calendar.service.js";
import { upsertApplicant } from "../residents/residents.service.js";
import { currentDefinitionForItem } from "../workflow/definitions.service.js";
import { addEvent, insertCase } from "./cases.repo.js";
import {
  caseRowBase,
  checkApplicant,
  checkForm,
  intakePlace,
  issueCaseNumber,
  itemForIntake,
} from "./intake.common.js";
import { applyEffects } from "./process.js";
import { isTicketOfSite } from "../queue/tickets.service.js";
import { notifyApplicant } from "./notify-applicant.js";

export type IntakeInput = {
  itemCode: string;
  /** `phone` may be left out for a resident whose phone we hold (一次采集). */
  applicant: { idNumber: string; name: string; phone?: string | undefined };
  formData?: Record<string, unknown> | undefined;
  materials: { id: string; provided: boolean }[];
  ticketId?: string | undefined;
  acceptMode?: "normal" | "tolerate-missing" | undefined;
  siteCode?: string | undefined;
  communityCode?: string | undefined;
};

const PATTERN_KEY = "cases.numberPattern";

/** The district's case-number pattern (see caseNumber in shared), or the default. */
export async function caseNumberPattern(db: Ctx["db"]): Promise<string> {
  const row = await db
    .selectFrom("app_settings")
    .select("value")
    .where("key", "=", PATTERN_KEY)
    .executeTakeFirst();
  return typeof row?.value === "string" ? row.value : DEFAULT_CASE_NUMBER_PATTERN;
}

/** Sets the case-number pattern; refuses one without a sequence. */
export async function setCaseNumberPattern(db: Ctx["db"], pattern: string, now: Date) {
  caseNumber(pattern, { date: "2026-01-01", site: "000000000000", seq: 1 }); // throws without {seq}
  await db
    .insertInto("app_settings")
    .values({ key: PATTERN_KEY, value: JSON.stringify(pattern), updated_at: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(pattern), updated_at: now }))
    .execute();
}

/** Working days a resident has to bring what was accepted as missing (容缺), local practice. */
const TOLERATE_DAYS = 5;

/**
 * 综合窗口受理: validates everything first (so a refusal writes nothing), then in
 * one transaction records the applicant, the case, its materials checklist, the
 * first tasks of its process and the timeline.
 */
export async function acceptCase(ctx: Ctx, clerk: StaffActor, input: IntakeInput) {
  const now = ctx.clock.now();
  await checkApplicant(ctx, input, now);
  const { item, materials } = await itemForIntake(ctx, input.itemCode);
  if (!item.community_issuable) {
    throw new AppError("NOT_ISSUABLE_AT_COMMUNITY", {
      field: "itemCode",
      params: { reason: item.not_issuable_reason ?? "" },
    });
  }
  checkForm(item.form_schema, input.formData);
  const known = new Map(materials.map((m) => [m.id, m]));
  input.materials.forEach((m, i) => {
    if (!known.has(m.id)) throw invalidField(`materials[${i}].id`, "VALIDATION_FAILED.materialId");
  });
  const provided = new Set(input.materials.filter((m) => m.provided).map((m) => m.id));
  const missing = materials.filter((m) => m.required && !provided.has(m.id));
  const mode = input.acceptMode ?? "normal";
  if (missing.length > 0 && mode === "normal") {
    throw new AppError("MATERIALS_MISSING", {
      field: "materials",
      params: { names: missing.map((m) => m.name).join("、") },
      details: { missing: missing.map((m) => m.id) },
    });
  }
  const { site, communityCode } = await intakePlace(ctx, clerk, input);
  if (input.ticketId && !(await isTicketOfSite(ctx.db, input.ticketId, site.code)))
    throw invalidField("ticketId", "VALIDATION_FAILED.ticketOfSite");

  const calendar = await loadWorkCalendar(ctx.db);
  const today = chinaDate(now);
  const definition = await currentDefinitionForItem(ctx.db, item, now);
  const first = advance(definition, initialState(), { type: "start", form: input.formData ?? {} });
  const pattern = await caseNumberPattern(ctx.db);

  const publicToken = randomBytes(18).toString("base64url");
  return ctx.tx(async (db) => {
    const resident = await upsertApplicant(ctx, db, now, { ...input.applicant, communityCode });
    const caseNo = await issueCaseNumber(db, pattern, today, site.code);
    const promisedDue =
      item.handling === "instant" ? today : calendar.addWorkingDays(today, item.promised_days);
    const statutoryDue =
      item.statutory_days > 0 ? calendar.addWorkingDays(today, item.statutory_days) : promisedDue;
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
        publicToken,
      }),
      status: "accepted",
      form_data: JSON.stringify(input.formData ?? {}),
      accept_mode: mode,
      ticket_id: input.ticketId ?? null,
      promised_due: promisedDue,
      statutory_due: statutoryDue,
    });
    const tolerateDue = calendar.addWorkingDays(today, TOLERATE_DAYS);
    await db
      .insertInto("case_materials")
      .values(
        materials.map((m) => ({
          case_id: id,
          material_id: m.id,
          name: m.name,
          required: m.required,
          provided: provided.has(m.id),
          due_date: m.required && !provided.has(m.id) ? tolerateDue : null,
        })),
      )
      .execute();
    const accepted =
      mode === "normal"
        ? `${site.name}受理了您的申请`
        : `${site.name}容缺受理了您的申请，请于 ${tolerateDue} 前补交：${missing.map((m) => m.name).join("、")}`;
    await addEvent(db, {
      case_id: id,
      at: now,
      stage: "受理",
      text: accepted,
      org_code: site.code,
      actor_id: clerk.id,
    });
    await applyEffects(
      {
        db,
        now,
        calendar,
        districtCode: ctx.districtCode,
        notify: { box: ctx.box, districtCode: ctx.districtCode, publicUrl: ctx.publicUrl },
        caseRow: { id, community_code: communityCode, status: "accepted" },
        actorId: clerk.id,
        comment: null,
      },
      first.state,
      first.effects,
    );
    await notifyApplicant(
      db,
      { box: ctx.box, districtCode: ctx.districtCode, publicUrl: ctx.publicUrl, now },
      id,
      "case.accepted",
    );
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "case.accept",
        targetType: "case",
        targetId: caseNo,
        detail: { itemCode: item.code, mode },
      },
    );
    return {
      caseNo,
      status: "accepted" as const,
      deadline: promisedDue,
      progressUrl: `${ctx.publicUrl}/p/${publicToken}`,
      acceptedAt: now,
      siteName: site.name,
      itemName: item.name,
      missing: mode === "normal" ? [] : missing.map((m) => ({ name: m.name, dueDate: tolerateDue })),
    };
  });
}
