import { randomInt } from "node:crypto";
import { chinaDate, isoChina } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { loadWorkCalendar } from "../calendar/index.js";
import { upsertApplicant } from "../residents/index.js";
import { checkApplicant, clerkSite, intakePlace, itemForIntake } from "./intake.common.js";
import { checkIntake, recordAcceptance, requireMaterials, type IntakeInput } from "./intake.service.js";

class ConcludedMeanwhile extends Error {}

/** 行政许可法第三十二条: what is missing must be told within 5 (working) days of receipt. */
export const EXAMINE_WORKING_DAYS = 5;

/**
 * 收件: the window takes the materials in and examines them later (a back office, an item that needs
 * a closer look). The applicant gets a 收件回执 naming the date by which they will hear; without a
 * 一次性告知 by then, the application counts as accepted from the day of receipt (see deemAccepted).
 */
export async function receiveApplication(ctx: Ctx, clerk: StaffActor, input: IntakeInput) {
  const now = ctx.clock.now();
  await checkApplicant(ctx, input, now);
  const checked = await checkIntake(ctx, input);
  const { site, communityCode } = await intakePlace(ctx, clerk, input);
  const calendar = await loadWorkCalendar(ctx.db);
  const examineBy = calendar.addWorkingDays(chinaDate(now), EXAMINE_WORKING_DAYS);
  const receiptNo = `SJ${chinaDate(now).replaceAll("-", "")}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
  return ctx.tx(async (db) => {
    const resident = await upsertApplicant(ctx, db, now, { ...input.applicant, communityCode });
    const row = await db
      .insertInto("case_receipts")
      .values({
        district_code: ctx.districtCode,
        receipt_no: receiptNo,
        item_code: checked.item.code,
        site_code: site.code,
        community_code: communityCode,
        resident_id: resident.id,
        applicant_name: input.applicant.name.trim(),
        form_data: JSON.stringify(input.formData ?? {}),
        provided_materials: [...checked.provided],
        received_by: clerk.id,
        received_at: now,
        examine_by: examineBy,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "case.receive",
        targetType: "case_receipt",
        targetId: receiptNo,
        detail: { itemCode: checked.item.code },
      },
    );
    return {
      id: row.id,
      receiptNo,
      itemName: checked.item.name,
      siteName: site.name,
      receivedAt: now,
      examineBy,
      provided: checked.materials.filter((m) => checked.provided.has(m.id)).map((m) => m.name),
      notice: `申请材料已收到。我们将于 ${examineBy} 前完成审查；材料不齐的，将一次性告知需补正的全部内容。逾期未告知的，自收到材料之日起即为受理。`,
    };
  });
}

/** The receipt at the clerk's hall, or 404. */
async function receiptAtHall(ctx: Ctx, clerk: StaffActor, receiptId: string) {
  const receipt = await ctx.db
    .selectFrom("case_receipts")
    .selectAll()
    .where("id", "=", receiptId)
    .where("district_code", "=", ctx.districtCode)
    .executeTakeFirst();
  const site = receipt ? await clerkSite(ctx, clerk, receipt.site_code).catch(() => undefined) : undefined;
  if (!receipt || !site || site.code !== receipt.site_code) throw new AppError("RECEIPT_NOT_FOUND");
  return { receipt, site };
}

/**
 * 受理 after examination: the case is made from what the receipt holds (applicant, form), with the
 * materials as now checked (some may have been brought since). Concludes the receipt once.
 */
export async function acceptReceipt(
  ctx: Ctx,
  clerk: StaffActor,
  receiptId: string,
  input: {
    materials: { id: string; provided: boolean }[];
    acceptMode?: "normal" | "tolerate-missing" | undefined;
  },
) {
  const { receipt, site } = await receiptAtHall(ctx, clerk, receiptId);
  if (receipt.status !== "received") throw new AppError("RECEIPT_STATE");
  const checked = await checkIntake(ctx, {
    itemCode: receipt.item_code,
    formData: receipt.form_data,
    materials: input.materials,
  });
  const mode = input.acceptMode ?? "normal";
  requireMaterials(checked, mode);
  const now = ctx.clock.now();
  const calendar = await loadWorkCalendar(ctx.db);
  return ctx.tx(async (db) => {
    const result = await recordAcceptance(ctx, db, clerk, {
      ...checked,
      calendar,
      mode,
      site,
      communityCode: receipt.community_code,
      residentId: receipt.resident_id,
      applicantName: receipt.applicant_name,
      formData: receipt.form_data,
      ticketId: null,
      clerkId: clerk.id,
      acceptedAt: now,
    });
    const done = await db
      .updateTable("case_receipts")
      .set({ status: "accepted", case_id: result.caseId, decided_by: clerk.id, decided_at: now })
      .where("id", "=", receipt.id)
      .where("status", "=", "received")
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw new AppError("RECEIPT_STATE");
    return result;
  });
}

/** Open receipts at the clerk's hall, the soonest deadline first. */
export async function listReceipts(ctx: Ctx, clerk: StaffActor, siteCode: string | undefined) {
  const site = await clerkSite(ctx, clerk, siteCode);
  const rows = await ctx.db
    .selectFrom("case_receipts as r")
    .innerJoin("service_items as i", "i.code", "r.item_code")
    .select([
      "r.id",
      "r.receipt_no",
      "r.applicant_name",
      "r.received_at",
      "r.examine_by",
      "r.status",
      "r.provided_materials",
      "i.name as item_name",
      "i.code as item_code",
    ])
    .where("r.site_code", "=", site.code)
    .where("r.status", "=", "received")
    .orderBy("r.examine_by")
    .orderBy("r.received_at")
    .execute();
  const today = chinaDate(ctx.clock.now());
  return rows.map((r) => ({
    id: r.id,
    receiptNo: r.receipt_no,
    itemCode: r.item_code,
    itemName: r.item_name,
    applicantName: r.applicant_name,
    receivedAt: isoChina(r.received_at),
    examineBy: r.examine_by,
    dueToday: r.examine_by === today,
    providedMaterials: r.provided_materials,
  }));
}

/** 一次性告知 on a receipt: records what is missing (the notice itself is /notices/missing-materials). */
export async function notifyMissing(ctx: Ctx, clerk: StaffActor, receiptId: string, missing: string[]) {
  const now = ctx.clock.now();
  const { receipt } = await receiptAtHall(ctx, clerk, receiptId);
  const { materials } = await itemForIntake(ctx, receipt.item_code);
  missing.forEach((id, i) => {
    if (!materials.some((m) => m.id === id))
      throw invalidField(`missing[${i}]`, "VALIDATION_FAILED.materialId");
  });
  if (missing.length === 0) throw invalidField("missing", "VALIDATION_FAILED.required");
  await ctx.tx(async (db) => {
    const done = await db
      .updateTable("case_receipts")
      .set({ status: "notified", missing_materials: missing, decided_by: clerk.id, decided_at: now })
      .where("id", "=", receipt.id)
      .where("status", "=", "received")
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw new AppError("RECEIPT_STATE");
    await audit(
      db,
      { actor: clerk, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "case.receipt_notify",
        targetType: "case_receipt",
        targetId: receipt.receipt_no,
        detail: { missing },
      },
    );
  });
  return { id: receipt.id, status: "notified" as const };
}

/**
 * Receipts whose examination day has passed with no conclusion become cases accepted as of the day
 * of receipt (accept mode `deemed`), each in its own transaction; the applicant gets the 受理 SMS.
 * Safe on several servers: a receipt is concluded only from `received`.
 */
export async function deemAccepted(ctx: Ctx) {
  const today = chinaDate(ctx.clock.now());
  const due = await ctx.db
    .selectFrom("case_receipts")
    .selectAll()
    .where("status", "=", "received")
    .where("examine_by", "<", today)
    .where("district_code", "=", ctx.districtCode)
    .orderBy("examine_by")
    .limit(200)
    .execute();
  const calendar = await loadWorkCalendar(ctx.db);
  let accepted = 0;
  for (const r of due) {
    // The receipt was checked when taken in; it fails now only if the catalog changed since.
    const checked = await checkIntake(ctx, {
      itemCode: r.item_code,
      formData: r.form_data,
      materials: r.provided_materials.map((id) => ({ id, provided: true })),
    }).catch((err: unknown) => {
      ctx.log.warn({ err, receiptNo: r.receipt_no }, "receipt cannot be deemed accepted; left for the clerk");
      return undefined;
    });
    if (!checked) continue;
    const site = await ctx.db
      .selectFrom("sites")
      .select(["code", "name"])
      .where("code", "=", r.site_code)
      .executeTakeFirst();
    if (!site) continue;
    try {
      await ctx.tx(async (db) => {
        const result = await recordAcceptance(ctx, db, undefined, {
          ...checked,
          calendar,
          mode: "deemed",
          site,
          communityCode: r.community_code,
          residentId: r.resident_id,
          applicantName: r.applicant_name,
          formData: r.form_data,
          ticketId: null,
          clerkId: r.received_by,
          acceptedAt: r.received_at,
        });
        const claimed = await db
          .updateTable("case_receipts")
          .set({ status: "deemed_accepted", case_id: result.caseId, decided_at: ctx.clock.now() })
          .where("id", "=", r.id)
          .where("status", "=", "received")
          .executeTakeFirst();
        // Concluded meanwhile (a clerk, or another server): roll the new case back.
        if (claimed.numUpdatedRows === 0n) throw new ConcludedMeanwhile();
      });
      accepted += 1;
    } catch (e) {
      if (!(e instanceof ConcludedMeanwhile)) throw e;
    }
  }
  return { accepted };
}
