import {
  chinaDayStart,
  DECIDED_CASE_STATUSES,
  ENDED_CASE_STATUSES,
  isValidMobile,
  OPEN_CASE_STATUSES,
  parseResidentId,
  type CaseStatusCode,
} from "@onewindow/shared";
import { sql } from "kysely";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import { grantPaths, pathUnderAny } from "../../http/jurisdiction.js";
import { escapeLike } from "../../db/like.js";
import { findResidentIdByIdNumber } from "../residents/index.js";

/** Groups the 办件查询 screen filters by; `undelivered`: decided, result not yet delivered. */
export const STATUS_GROUPS = {
  open: OPEN_CASE_STATUSES,
  ended: ENDED_CASE_STATUSES,
  undelivered: DECIDED_CASE_STATUSES,
} as const satisfies Record<string, readonly CaseStatusCode[]>;

export type CaseSearch = {
  q?: string | undefined;
  status?: keyof typeof STATUS_GROUPS | CaseStatusCode | undefined;
  itemCode?: string | undefined;
  /** Accepted on or after this China date (YYYY-MM-DD). */
  acceptedFrom?: string | undefined;
  /** Accepted on or before this China date. */
  acceptedTo?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

/**
 * What the search box holds: an ID number (typed or from the card reader) or a mobile
 * number is looked up by its blind index; anything else matches case numbers and
 * applicant names.
 * An 18-character entry that is almost an ID number is refused, not searched as text,
 * so a misread card says so instead of finding nothing.
 */
export function readSearchText(
  q: string,
  now: Date,
):
  | { kind: "idNumber"; idNumber: string }
  | { kind: "phone"; phone: string }
  | { kind: "text"; text: string }
  | undefined {
  const text = q.trim();
  if (!text) return undefined;
  if (/^\d{17}[\dXx]$/.test(text)) {
    const id = parseResidentId(text, now);
    if (!id.ok)
      throw new AppError("VALIDATION_FAILED", {
        field: "q",
        labelAs: "idNumber",
        messageKey: `VALIDATION_FAILED.idNumber.${id.problem}`,
      });
    return { kind: "idNumber", idNumber: text.toUpperCase() };
  }
  if (isValidMobile(text)) return { kind: "phone", phone: text };
  return { kind: "text", text };
}

/** Keyset position in the newest-first list: the last row's acceptance time and id. */
function encodeCursor(acceptedAt: Date, id: string) {
  return Buffer.from(JSON.stringify([acceptedAt.toISOString(), id])).toString("base64url");
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const when = new Date(String(at));
    if (typeof id === "string" && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(when.getTime()))
      return { at: when, id };
  } catch {
    // falls through to the 400 below
  }
  throw invalidField("cursor", "VALIDATION_FAILED.format");
}

/** Residents with this ID number (one) or this mobile number (a family may share one). */
async function residentsOf(
  ctx: Ctx,
  q: { kind: "idNumber"; idNumber: string } | { kind: "phone"; phone: string },
) {
  if (q.kind === "idNumber") {
    const id = await findResidentIdByIdNumber(ctx, q.idNumber);
    return id ? [id] : [];
  }
  const rows = await ctx.db
    .selectFrom("residents")
    .select("id")
    .where("phone_index", "=", ctx.box.blindIndex("phone", q.phone))
    .execute();
  return rows.map((r) => r.id);
}

/**
 * 办件查询: cases the caller may see (their jurisdiction covers the case's community,
 * or an office of theirs has a task on it), newest first, a page at a time.
 * A search by ID number reads personal data and is audited like any lookup.
 */
export async function searchCases(ctx: Ctx, actor: StaffActor, s: CaseSearch) {
  const now = ctx.clock.now();
  const query = s.q === undefined ? undefined : readSearchText(s.q, now);
  const after = s.cursor ? decodeCursor(s.cursor) : undefined;
  if (s.acceptedFrom && s.acceptedTo && s.acceptedFrom > s.acceptedTo)
    throw invalidField("acceptedTo", "VALIDATION_FAILED.range");
  const limit = s.limit ?? 50;
  let residentIds: string[] | undefined;
  if (query?.kind === "idNumber" || query?.kind === "phone") {
    residentIds = await residentsOf(ctx, query);
    await audit(
      ctx.db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "resident.lookup",
        targetType: "resident",
        targetId: residentIds.join(",") || "unknown",
        detail: { purpose: "case search", by: query.kind },
      },
    );
    if (residentIds.length === 0) return { items: [], next: null };
  }
  const roots = grantPaths(actor);
  let rows = ctx.db
    .selectFrom("cases")
    .innerJoin("orgs as community", "community.code", "cases.community_code")
    .innerJoin("service_items as item", "item.code", "cases.item_code")
    .select([
      "cases.id",
      "cases.case_no",
      "cases.item_code",
      "item.name as item_name",
      "cases.status",
      "cases.applicant_name",
      "community.name as community_name",
      "cases.accepted_at",
      "cases.promised_due",
      "cases.paused_since",
    ])
    .where((eb) =>
      eb.or([
        pathUnderAny("community.path", roots),
        eb.exists(
          eb
            .selectFrom("tasks")
            .innerJoin("orgs as office", "office.code", "tasks.org_code")
            .select(sql`1`.as("one"))
            .whereRef("tasks.case_id", "=", "cases.id")
            .where(pathUnderAny("office.path", roots)),
        ),
      ]),
    );
  if (residentIds) rows = rows.where("cases.resident_id", "in", residentIds);
  if (query?.kind === "text") {
    const like = `%${escapeLike(query.text)}%`;
    rows = rows.where((eb) =>
      eb.or([eb("cases.case_no", "ilike", like), eb("cases.applicant_name", "like", like)]),
    );
  }
  if (s.status) {
    const statuses: readonly CaseStatusCode[] =
      s.status in STATUS_GROUPS
        ? STATUS_GROUPS[s.status as keyof typeof STATUS_GROUPS]
        : [s.status as CaseStatusCode];
    rows = rows.where("cases.status", "in", statuses);
    if (s.status === "undelivered") rows = rows.where("cases.delivered_at", "is", null);
  }
  if (s.itemCode) rows = rows.where("cases.item_code", "=", s.itemCode);
  if (s.acceptedFrom) rows = rows.where("cases.accepted_at", ">=", chinaDayStart(s.acceptedFrom));
  if (s.acceptedTo) {
    const dayAfter = new Date(chinaDayStart(s.acceptedTo).getTime() + 86_400_000);
    rows = rows.where("cases.accepted_at", "<", dayAfter);
  }
  if (after)
    rows = rows.where((eb) =>
      eb.or([
        eb("cases.accepted_at", "<", after.at),
        eb.and([eb("cases.accepted_at", "=", after.at), eb("cases.id", "<", after.id)]),
      ]),
    );
  const found = await rows
    .orderBy("cases.accepted_at", "desc")
    .orderBy("cases.id", "desc")
    .limit(limit + 1)
    .execute();
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return { items: page, next: found.length > limit && last ? encodeCursor(last.accepted_at, last.id) : null };
}
