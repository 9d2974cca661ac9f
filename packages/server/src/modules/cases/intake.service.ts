import { randomBytes } from "node:crypto";
import { advance, chinaDate, initialState, type WorkCalendar } from "@onewindow/shared";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { upsertApplicant, recordDocuments, reusableLevels } from "../residents/index.js";
import { currentDefinitionForItem } from "../workflow/index.js";
import { addEvent, insertCase } from "./cases.repo.js";
import { issueCaseNumber } from "./case-number.js";
import { caseRowBase, checkApplicant, checkForm, intakePlace, itemForIntake } from "./intake.common.js";
import { applyEffects, stepIn } from "./process.js";
import { isTicketOfSite } from "../queue/index.js";
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

/** Working days a resident has to bring what was accepted as missing (容缺), local practice. */
const TOLERATE_DAYS = 5;

/** An item and the applicant's materials checked against it: what is provided, what required one is missing. */
export async function checkIntake(ctx: Ctx, input: Pick<IntakeInput, "itemCode" | "formData" | "materials">) {
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
  return { item, materials, provided, missing };
}

type Checked = Awaited<ReturnType<typeof checkIntake>>;

/** 容缺受理 needs missing materials; normal 受理 none. */
export function requireMaterials(checked: Checked, mode: "normal" | "tolerate-missing") {
  if (checked.missing.length > 0 && mode === "normal") {
    throw new AppError("MATERIALS_MISSING", {
      field: "materials",
      params: { names: checked.missing.map((m) => m.name).join("、") },
      details: { missing: checked.missing.map((m) => m.id) },
    });
  }
}

/** What a case is created from: the checked item and materials, where, who, and when it counts as accepted. */
export type Acceptance = Checked & {
  mode: "normal" | "tolerate-missing" | "deemed";
  site: { code: string; name: string };
  communityCode: string;
  residentId: string;
  applicantName: string;
  formData: Record<string, unknown>;
  ticketId: string | null;
  /** The clerk who accepted (or, for 视为受理, who received the materials). */
  clerkId: string;
  /** When the case counts as accepted: now, or for 视为受理 the day the materials were received. */
  acceptedAt: Date;
  /** The working-day calendar, loaded before the transaction (it is cached per database, not per transaction). */
  calendar: WorkCalendar;
};

/**
 * 综合窗口受理: validates everything first (so a refusal writes nothing), then in
 * one transaction records the applicant, the case, its materials checklist, the
 * first tasks of its process and the timeline.
 */
export async function acceptCase(ctx: Ctx, clerk: StaffActor, input: IntakeInput) {
  const now = ctx.clock.now();
  await checkApplicant(ctx, input, now);
  const checked = await checkIntake(ctx, input);
  const mode = input.acceptMode ?? "normal";
  requireMaterials(checked, mode);
  const { site, communityCode } = await intakePlace(ctx, clerk, input);
  if (input.ticketId && !(await isTicketOfSite(ctx.db, input.ticketId, site.code)))
    throw invalidField("ticketId", "VALIDATION_FAILED.ticketOfSite");
  const calendar = await loadWorkCalendar(ctx.db);
  return ctx.tx(async (db) => {
    const resident = await upsertApplicant(ctx, db, now, { ...input.applicant, communityCode });
    return recordAcceptance(ctx, db, clerk, {
      ...checked,
      calendar,
      mode,
      site,
      communityCode,
      residentId: resident.id,
      applicantName: input.applicant.name,
      formData: input.formData ?? {},
      ticketId: input.ticketId ?? null,
      clerkId: clerk.id,
      acceptedAt: now,
    });
  });
}

/** Writes an accepted case inside the caller's transaction (the window's 受理 or a deemed acceptance). */
export async function recordAcceptance(
  ctx: Ctx,
  db: Transaction<Database>,
  actor: StaffActor | undefined,
  a: Acceptance,
) {
  const { item, materials, provided, missing, mode, site, calendar } = a;
  const now = ctx.clock.now();
  const acceptedDay = chinaDate(a.acceptedAt);
  const definition = await currentDefinitionForItem(db, item, now);
  const first = advance(definition, initialState(), { type: "start", form: a.formData });
  const publicToken = randomBytes(18).toString("base64url");
  const caseNo = await issueCaseNumber(db, acceptedDay, site.code);
  const promisedDue =
    item.handling === "instant" ? acceptedDay : calendar.addWorkingDays(acceptedDay, item.promised_days);
  const statutoryDue =
    item.statutory_days > 0 ? calendar.addWorkingDays(acceptedDay, item.statutory_days) : promisedDue;
  const { id } = await insertCase(db, {
    ...caseRowBase(ctx, {
      caseNo,
      item,
      definition,
      siteCode: site.code,
      communityCode: a.communityCode,
      residentId: a.residentId,
      applicantName: a.applicantName,
      clerkId: a.clerkId,
      now: a.acceptedAt,
      publicToken,
    }),
    status: "accepted",
    form_data: JSON.stringify(a.formData),
    accept_mode: mode,
    ticket_id: a.ticketId,
    promised_due: promisedDue,
    statutory_due: statutoryDue,
  });
  const tolerateDue = calendar.addWorkingDays(chinaDate(now), TOLERATE_DAYS);
  // Documents on file (A issued, B verified before) stand in for handing them over again.
  const onFile = await reusableLevels(
    db,
    a.residentId,
    materials.map((m) => m.name),
    chinaDate(now),
  );
  await db
    .insertInto("case_materials")
    .values(
      materials.map((m) => ({
        case_id: id,
        material_id: m.id,
        name: m.name,
        required: m.required,
        provided: provided.has(m.id),
        due_date: mode === "tolerate-missing" && m.required && !provided.has(m.id) ? tolerateDue : null,
        reused_level: provided.has(m.id) ? (onFile.get(m.name) ?? null) : null,
      })),
    )
    .execute();
  // What the clerk checked at the window is on file for next time (B); a deemed acceptance checked nothing.
  if (mode !== "deemed")
    await recordDocuments(db, {
      districtCode: ctx.districtCode,
      residentId: a.residentId,
      names: materials.filter((m) => provided.has(m.id) && !onFile.has(m.name)).map((m) => m.name),
      level: "B",
      source: `${site.name}窗口核验`,
      staffId: a.clerkId,
      caseId: id,
      now,
    });
  await addEvent(
    db,
    { case_id: id, at: now, org_code: site.code, actor_id: actor?.id ?? null },
    {
      kind: "accepted",
      params:
        mode === "normal"
          ? { site: site.name, mode }
          : mode === "deemed"
            ? { site: site.name, mode, receivedOn: acceptedDay }
            : { site: site.name, mode, bringBy: tolerateDue ?? "", missing: missing.map((m) => m.name) },
    },
  );
  await applyEffects(
    stepIn(ctx, db, {
      now,
      calendar,
      caseRow: { id, community_code: a.communityCode, status: "accepted" },
      actorId: actor?.id ?? null,
      comment: null,
    }),
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
    { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
    {
      action: "case.accept",
      targetType: "case",
      targetId: caseNo,
      detail: { itemCode: item.code, mode },
    },
  );
  return {
    caseId: id,
    caseNo,
    status: "accepted" as const,
    deadline: promisedDue,
    progressUrl: `${ctx.publicUrl}/p/${publicToken}`,
    acceptedAt: a.acceptedAt,
    siteName: site.name,
    itemName: item.name,
    missing: mode === "tolerate-missing" ? missing.map((m) => ({ name: m.name, dueDate: tolerateDue })) : [],
  };
}
