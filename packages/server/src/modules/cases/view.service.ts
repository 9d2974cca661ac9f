import {
  awaitsDelivery,
  chinaDate,
  decisionNotice,
  deliveryDue,
  isDecided,
  maskIdNumber,
  maskName,
  maskPhone,
  parseResidentId,
} from "@onewindow/shared";
import { loadWorkCalendar } from "../calendar/index.js";
import { AppError } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { Actor } from "../../http/actor.js";
import { isInJurisdiction } from "../../http/jurisdiction.js";
import { findResidentIdByIdNumber } from "../residents/index.js";
import {
  casesOfResident,
  findCaseByNo,
  findCaseByToken,
  materialsOfCase,
  tasksOfCase,
  timelineOf,
} from "./cases.repo.js";

/**
 * A case as staff see it. Visible to staff whose jurisdiction covers the case's
 * community, or an office that has a task on it (a bureau approving it).
 */
export async function getCaseForStaff(ctx: Ctx, actor: Actor, caseNo: string) {
  const c = await findCaseByNo(ctx.db, caseNo);
  if (!c || actor.type !== "staff") throw new AppError("CASE_NOT_FOUND");
  const [community, tasks] = await Promise.all([
    ctx.db.selectFrom("orgs").select("path").where("code", "=", c.community_code).executeTakeFirstOrThrow(),
    tasksOfCase(ctx.db, c.id),
  ]);
  const visible =
    isInJurisdiction(actor, community.path) || tasks.some((t) => isInJurisdiction(actor, t.org_path));
  if (!visible) throw new AppError("CASE_NOT_FOUND");
  const decided = isDecided(c.status) && c.ended_at;
  const [timeline, materials, resident, item, calendar] = await Promise.all([
    timelineOf(ctx.db, c.id),
    materialsOfCase(ctx.db, c.id),
    ctx.db
      .selectFrom("residents")
      .select(["id_number_cipher", "phone_cipher"])
      .where("id", "=", c.resident_id)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("service_items")
      .select(["name", "category_code", "kind"])
      .where("code", "=", c.item_code)
      .executeTakeFirstOrThrow(),
    decided ? loadWorkCalendar(ctx.db) : undefined,
  ]);
  // Staff see masked identifiers; reading them in full is a separate, audited action.
  const idNumber = ctx.box.decrypt(resident.id_number_cipher);
  const phone = resident.phone_cipher ? ctx.box.decrypt(resident.phone_cipher) : null;
  return {
    c,
    itemName: item.name,
    itemCategory: item.category_code,
    itemKind: item.kind,
    // The written decision a decided case gives (决定书 for a 行政许可).
    decisionNotice: isDecided(c.status) ? decisionNotice(item.kind, c.status === "approved") : null,
    extensionDays: c.extension_allowed_days,
    deliveryDue: decided && calendar ? deliveryDue(calendar, chinaDate(decided)) : null,
    applicant: {
      name: c.applicant_name,
      idNumber: maskIdNumber(idNumber),
      phone: phone ? maskPhone(phone) : null,
    },
    timeline,
    tasks,
    materials,
  };
}

/** A case found by number + ID number (both must match), or by its QR token. */
export async function findPublicCase(
  ctx: Ctx,
  q: { caseNo?: string | undefined; idNumber?: string | undefined; token?: string | undefined },
) {
  let c;
  if (q.token) c = await findCaseByToken(ctx.db, q.token);
  else if (q.caseNo && q.idNumber) {
    c = await findCaseByNo(ctx.db, q.caseNo);
    const residentId = parseResidentId(q.idNumber).ok
      ? await findResidentIdByIdNumber(ctx, q.idNumber.toUpperCase())
      : undefined;
    if (c && c.resident_id !== residentId) c = undefined; // same answer as an unknown case
  }
  if (!c) throw new AppError("CASE_NOT_FOUND");
  const toCollect = awaitsDelivery(c.status, c.delivered_at) && c.ended_at;
  const [timeline, item, site, calendar] = await Promise.all([
    timelineOf(ctx.db, c.id),
    ctx.db
      .selectFrom("service_items")
      .select("name")
      .where("code", "=", c.item_code)
      .executeTakeFirstOrThrow(),
    // Only a result waiting to be collected needs the hall and the calendar.
    toCollect
      ? ctx.db
          .selectFrom("sites")
          .select(["name", "address", "opening_hours", "phone"])
          .where("code", "=", c.site_code)
          .executeTakeFirst()
      : undefined,
    toCollect ? loadWorkCalendar(ctx.db) : undefined,
  ]);
  // A decided result not yet handed over: where and by when the resident collects it.
  const collect =
    toCollect && site && calendar
      ? {
          siteName: site.name,
          address: site.address,
          openingHours: site.opening_hours,
          phone: site.phone,
          until: deliveryDue(calendar, chinaDate(toCollect)),
        }
      : null;
  return { c, itemName: item.name, applicantName: maskName(c.applicant_name), timeline, collect };
}

/** A resident's cases for the kiosk, found by the ID number the card reader gave. */
export async function casesForIdNumber(ctx: Ctx, idNumber: string) {
  const residentId = await findResidentIdByIdNumber(ctx, idNumber.toUpperCase());
  return residentId ? casesOfResident(ctx.db, residentId) : [];
}
