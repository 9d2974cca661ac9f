import { randomBytes } from "node:crypto";
import type { Insertable } from "kysely";
import {
  formProblems,
  initialState,
  type FormSchema,
  isValidMobile,
  parseResidentId,
  type ProcessDefinition,
} from "@onewindow/shared";
import type { CasesTable } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { getItem } from "../catalog/index.js";
import { isInJurisdiction } from "../../http/jurisdiction.js";
import { findOrg, findSite } from "../org/index.js";
import { residentHasPhone } from "../residents/index.js";

/** What every window outcome (受理, 容缺受理, 不予受理) is told about the applicant and place. */
export type ApplicantInput = {
  applicant: { idNumber: string; name: string; phone?: string | undefined };
  siteCode?: string | undefined;
  communityCode?: string | undefined;
};

/** A valid ID number and name, and a phone unless we hold one (一次采集). */
export async function checkApplicant(ctx: Ctx, input: ApplicantInput, now: Date) {
  const id = parseResidentId(input.applicant.idNumber, now);
  if (!id.ok) throw invalidField("applicant.idNumber", `VALIDATION_FAILED.idNumber.${id.problem}`);
  const phone = input.applicant.phone;
  if (phone !== undefined && !isValidMobile(phone))
    throw invalidField("applicant.phone", "VALIDATION_FAILED.phone");
  if (!input.applicant.name.trim()) throw invalidField("applicant.name", "VALIDATION_FAILED.required");
  if (phone === undefined && !(await residentHasPhone(ctx, input.applicant.idNumber))) {
    throw invalidField("applicant.phone", "VALIDATION_FAILED.required");
  }
}

/** The item named in a request body; an unknown code is a 400 naming itemCode. */
export function itemForIntake(ctx: Ctx, itemCode: string) {
  return getItem(ctx, itemCode).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "ITEM_NOT_FOUND")
      throw invalidField("itemCode", "VALIDATION_FAILED.itemCode");
    throw e;
  });
}

/** The hall the clerk works at: the one named, or the single hall among their clerk grants. */
export async function clerkSite(ctx: Ctx, clerk: StaffActor, requested: string | undefined) {
  const grants = clerk.roles.filter((g) => g.role === "clerk");
  const candidates = requested ? grants.filter((g) => g.orgCode === requested) : grants;
  for (const g of candidates) {
    const site = await findSite(ctx.db, g.orgCode);
    if (site) return { code: site.code, name: site.name, path: g.orgPath };
  }
  throw invalidField(requested ? "siteCode" : "itemCode", "VALIDATION_FAILED.clerkSite");
}

/** The hall and the community a case belongs to (a street or district hall must name the community). */
export async function intakePlace(ctx: Ctx, clerk: StaffActor, input: ApplicantInput) {
  const site = await clerkSite(ctx, clerk, input.siteCode);
  const siteOrg = await findOrg(ctx.db, site.code);
  let communityCode = siteOrg?.kind === "community" ? siteOrg.code : input.communityCode;
  if (communityCode && siteOrg?.kind !== "community") {
    const c = await findOrg(ctx.db, communityCode);
    if (!c || c.kind !== "community" || !isInJurisdiction(clerk, c.path, ["clerk"]))
      communityCode = undefined;
  }
  if (!communityCode) throw invalidField("communityCode", "VALIDATION_FAILED.communityCode");
  return { site, communityCode };
}

/**
 * The columns every window outcome records the same way: who applied for what,
 * where, when and by whom, on which process version, with a fresh QR token.
 */
export function caseRowBase(
  ctx: Pick<Ctx, "districtCode">,
  p: {
    caseNo: string;
    item: { code: string; version: number; extension_days: number };
    definition: ProcessDefinition;
    siteCode: string;
    communityCode: string;
    residentId: string;
    applicantName: string;
    clerkId: string;
    now: Date;
    publicToken?: string;
  },
) {
  return {
    district_code: ctx.districtCode,
    case_no: p.caseNo,
    item_code: p.item.code,
    item_version: p.item.version,
    extension_allowed_days: p.item.extension_days,
    process_key: p.definition.key,
    process_version: p.definition.version,
    process_state: JSON.stringify(initialState()),
    site_code: p.siteCode,
    community_code: p.communityCode,
    resident_id: p.residentId,
    applicant_name: p.applicantName.trim(),
    accepted_by: p.clerkId,
    accepted_at: p.now,
    public_token: p.publicToken ?? randomBytes(18).toString("base64url"),
  } satisfies Partial<Insertable<CasesTable>>;
}

const FORM_MESSAGES = {
  required: "VALIDATION_FAILED.required",
  type: "VALIDATION_FAILED.type",
  enum: "VALIDATION_FAILED.enum",
  range: "VALIDATION_FAILED.range",
  length: "VALIDATION_FAILED.length",
  format: "VALIDATION_FAILED.format",
  unknown: "VALIDATION_FAILED.unknown",
} as const;

const TYPE_WORDS = { string: "文字", integer: "整数", number: "数字", boolean: "是/否" } as const;

/** Checks the application form against the item's 申请表; the error names the field by its Chinese title. */
export function checkForm(schema: FormSchema | null, data: Record<string, unknown> | undefined) {
  if (!schema) {
    const extra = Object.keys(data ?? {})[0];
    if (extra) throw invalidField(`formData.${extra}`, "VALIDATION_FAILED.unknown", { field: extra });
    return;
  }
  const first = formProblems(schema, data ?? {})[0];
  if (!first) return;
  const field = schema.properties[first.field];
  const path = `formData.${first.field}`;
  throw new AppError("VALIDATION_FAILED", {
    field: path,
    messageKey: FORM_MESSAGES[first.problem],
    params: {
      label: field ? `${field.title} (${path})` : path,
      field: first.field,
      expected: field ? TYPE_WORDS[field.type] : "",
      allowed: field?.type === "string" && field.enum ? field.enum.join("、") : "",
    },
  });
}
