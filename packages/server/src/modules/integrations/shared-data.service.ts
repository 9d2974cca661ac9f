import { performance } from "node:perf_hooks";
import { AppError } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { isInJurisdiction } from "../../http/jurisdiction.js";
import { DepartmentUnavailable, type DepartmentAdapter, type DepartmentData } from "./adapters.js";

/** Items whose approvers see other departments' data, and why (the purpose logged with each lookup). */
const PURPOSES: Record<string, string> = {
  housing: "住房保障资格审核：核查申请人家庭住房情况",
  assistance: "社会救助家庭经济状况核对：核查申请人财产情况",
};

/**
 * Looks up a case's applicant in another department's system for an approver
 * working on the case. Each lookup, found or not, is logged with its purpose.
 */
export async function sharedDataForCase(
  ctx: Ctx,
  actor: StaffActor,
  caseNo: string,
  adapter: DepartmentAdapter,
): Promise<{ data: DepartmentData; purpose: string; durationMs: number }> {
  const c = await ctx.db
    .selectFrom("cases")
    .innerJoin("service_items", "service_items.code", "cases.item_code")
    .innerJoin("residents", "residents.id", "cases.resident_id")
    .select(["cases.id", "service_items.category_code", "residents.id_number_cipher"])
    .where("cases.case_no", "=", caseNo)
    .executeTakeFirst();
  if (!c) throw new AppError("CASE_NOT_FOUND");
  const tasks = await ctx.db
    .selectFrom("tasks")
    .innerJoin("orgs", "orgs.code", "tasks.org_code")
    .select("orgs.path")
    .where("tasks.case_id", "=", c.id)
    .execute();
  // Only those who work on the case may look: an office with a task on it.
  if (!tasks.some((t) => isInJurisdiction(actor, t.path, ["approver", "clerk"])))
    throw new AppError("CASE_NOT_FOUND");
  const purpose = PURPOSES[c.category_code];
  if (!purpose) throw new AppError("FORBIDDEN");
  const started = performance.now();
  let outcome: "found" | "none" | "failed" = "failed";
  try {
    const data = await adapter.lookup(ctx.box.decrypt(c.id_number_cipher), purpose);
    outcome = data.records.length > 0 ? "found" : "none";
    return { data, purpose, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    if (e instanceof DepartmentUnavailable) throw new AppError("DEPARTMENT_UNAVAILABLE");
    throw e;
  } finally {
    await ctx.db
      .insertInto("data_access_log")
      .values({
        district_code: ctx.districtCode,
        at: ctx.clock.now(),
        actor_id: actor.id,
        case_id: c.id,
        source: adapter.source,
        purpose,
        outcome,
        duration_ms: Math.round(performance.now() - started),
      })
      .execute();
  }
}
