import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import type { SensitiveBox } from "../../security/sensitive.js";
import { enqueueSms } from "../notify/index.js";
import type { TemplateName } from "../notify/index.js";

export type NotifyContext = { box: SensitiveBox; districtCode: string; now: Date; publicUrl: string };

/**
 * Queues the SMS that tells the applicant what happened to their case, in the
 * same transaction as the change. One message per case and event kind; a case
 * returned twice for 补正 is told twice (the key carries the task).
 */
export async function notifyApplicant(
  db: Transaction<Database>,
  nc: NotifyContext,
  caseId: string,
  template: TemplateName,
  extra: { reason?: string; eventKey?: string } = {},
) {
  const row = await db
    .selectFrom("cases")
    .innerJoin("residents", "residents.id", "cases.resident_id")
    .innerJoin("service_items", "service_items.code", "cases.item_code")
    .select([
      "cases.case_no",
      "cases.applicant_name",
      "cases.promised_due",
      "cases.public_token",
      "cases.supplement_due",
      "residents.phone_cipher",
      "service_items.name as item_name",
    ])
    .where("cases.id", "=", caseId)
    .executeTakeFirstOrThrow();
  if (!row.phone_cipher) return;
  await enqueueSms(db, nc, {
    key: `case:${row.case_no}:${template}${extra.eventKey ? `:${extra.eventKey}` : ""}`,
    to: nc.box.decrypt(row.phone_cipher),
    template,
    params: {
      name: row.applicant_name,
      item: row.item_name,
      caseNo: row.case_no,
      deadline: row.promised_due ?? "",
      reason: extra.reason
        ? template === "case.rejected" || template === "case.withdrawn"
          ? `（${extra.reason}）`
          : extra.reason
        : template === "case.supplement"
          ? "详见受理窗口告知"
          : "",
      due: row.supplement_due ?? "",
      url: `${nc.publicUrl}/p/${row.public_token}`,
    },
  });
}
