import { chinaDate, maskIdNumber, parseResidentId } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { DepartmentUnavailable } from "../integrations/index.js";
import type { CitizenSystems } from "./adapters.js";

async function ask<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof DepartmentUnavailable) throw new AppError("DEPARTMENT_UNAVAILABLE");
    throw e;
  }
}

/** A personal lookup needs the card's ID number and the resident's tap on 同意 (consent); both are checked. */
function personOf(input: { idNumber: string; consent: boolean }): string {
  if (input.consent !== true) throw invalidField("consent", "VALIDATION_FAILED.consent");
  const parsed = parseResidentId(input.idNumber.trim().toUpperCase());
  if (!parsed.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${parsed.problem}`);
  return parsed.idNumber;
}

/** Every look at someone's records is audited with its purpose; the ID number is kept masked there. */
function record(ctx: Ctx, action: string, idNumber: string, purpose: string) {
  return audit(
    ctx.db,
    { actor: ctx.actor, ip: ctx.ip, districtCode: ctx.districtCode, now: ctx.clock.now() },
    { action, targetType: "resident", targetId: maskIdNumber(idNumber), detail: { purpose, consent: true } },
  );
}

export async function socialSecurity(
  ctx: Ctx,
  systems: CitizenSystems,
  input: { idNumber: string; consent: boolean },
) {
  const idNumber = personOf(input);
  const result = await ask(() => systems.socialSecurity(idNumber));
  await record(ctx, "citizen.social_security", idNumber, "居民本人在自助终端查询社保参保缴费");
  return { idNumberMasked: maskIdNumber(idNumber), ...result };
}

export async function medicalAccount(
  ctx: Ctx,
  systems: CitizenSystems,
  input: { idNumber: string; consent: boolean },
) {
  const idNumber = personOf(input);
  const result = await ask(() => systems.medicalAccount(idNumber));
  await record(ctx, "citizen.medical_account", idNumber, "居民本人在自助终端查询医保个人账户划拨");
  return { idNumberMasked: maskIdNumber(idNumber), ...result };
}

const PLATE = /^[\u4e00-\u9fa5][A-Z][A-HJ-NP-Z0-9]{5,6}$/;

export async function violations(ctx: Ctx, systems: CitizenSystems, plate: string, engineTail: string) {
  const p = plate.trim().toUpperCase().replace(/[·\s]/g, "");
  if (!PLATE.test(p)) throw invalidField("plate", "VALIDATION_FAILED.format");
  if (!/^[0-9A-Z]{6}$/.test(engineTail.trim().toUpperCase()))
    throw invalidField("engineTail", "VALIDATION_FAILED.format");
  const list = await ask(() => systems.violations(p, engineTail.trim().toUpperCase()));
  if (!list) throw new AppError("VEHICLE_NOT_FOUND", { field: "engineTail" });
  return {
    plate: p,
    items: list,
    unhandled: list.filter((v) => !v.handled).length,
    totalFineFen: list.filter((v) => !v.handled).reduce((s, v) => s + v.fineFen, 0),
    totalPoints: list.filter((v) => !v.handled).reduce((s, v) => s + v.points, 0),
  };
}

export const hospitals = (systems: CitizenSystems) => ask(() => systems.hospitals());
export const departments = (systems: CitizenSystems, hospitalId: string) =>
  ask(() => systems.departments(hospitalId));
export const doctors = (systems: CitizenSystems, hospitalId: string, departmentId: string) =>
  ask(() => systems.doctors(hospitalId, departmentId));

/** A week of slots from today (China time); appointments are not taken for past days. */
export function slots(ctx: Ctx, systems: CitizenSystems, doctorId: string) {
  return ask(() => systems.slots(doctorId, chinaDate(ctx.clock.now()), 7));
}

export async function book(
  ctx: Ctx,
  systems: CitizenSystems,
  input: { slotId: string; idNumber: string; consent: boolean; requestId: string },
) {
  const idNumber = personOf(input);
  if (input.slotId.split("|")[3]! < chinaDate(ctx.clock.now()))
    throw new AppError("SLOT_NOT_FOUND", { field: "slotId" });
  const result = await ask(() =>
    systems.book({ slotId: input.slotId, idNumber, requestId: input.requestId }),
  );
  if (result === "FULL") throw new AppError("SLOT_FULL", { field: "slotId" });
  if (result === "NO_SLOT") throw new AppError("SLOT_NOT_FOUND", { field: "slotId" });
  await record(ctx, "citizen.registration", idNumber, `预约挂号 ${result.bookingNo}`);
  return result;
}

export async function cancelBooking(
  ctx: Ctx,
  systems: CitizenSystems,
  bookingNo: string,
  idNumberRaw: string,
) {
  const parsed = parseResidentId(idNumberRaw.trim().toUpperCase());
  if (!parsed.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${parsed.problem}`);
  const result = await ask(() => systems.cancel(bookingNo, parsed.idNumber));
  if (!result) throw new AppError("BOOKING_NOT_FOUND");
  await record(ctx, "citizen.registration_cancel", parsed.idNumber, `取消预约挂号 ${bookingNo}`);
  return result;
}
