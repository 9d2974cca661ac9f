import { awaitsDelivery, maskName, type DeliveryMethodCode } from "@onewindow/shared";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { caseAtClerksWindow } from "./case-access.js";
import { runCaseCommand } from "./case-command.js";

export type DeliveryInput = {
  method: DeliveryMethodCode;
  /** Empty for the applicant in person; the name of whoever collects it for them. */
  agentName?: string | undefined;
  /** A post's tracking number, an electronic service's address …; required for a post. */
  note?: string | undefined;
};

/**
 * 结果送达: the window records that a decided case's result reached the applicant, in person,
 * through an agent, by post or electronically. Once per case; the timeline tells the resident.
 */
export async function deliverResult(ctx: Ctx, clerk: StaffActor, caseNo: string, input: DeliveryInput) {
  const found = await caseAtClerksWindow(ctx, clerk, caseNo);
  const agent = input.agentName?.trim() || null;
  const note = input.note?.trim() || null;
  if (agent && input.method !== "window") throw invalidField("agentName", "VALIDATION_FAILED.agentAtWindow");
  if (input.method === "post" && !note)
    throw new AppError("VALIDATION_FAILED", {
      field: "note",
      messageKey: "VALIDATION_FAILED.required",
      labelAs: "deliveryNote",
    });
  return runCaseCommand(ctx, clerk, found.id, async ({ tc, now, row }) => {
    if (!awaitsDelivery(row.status, row.delivered_at))
      throw new AppError(row.delivered_at ? "CASE_DELIVERED" : "CASE_NOT_DECIDED");
    await tc.db
      .updateTable("cases")
      .set({
        delivered_at: now,
        delivery_method: input.method,
        delivery_recipient: agent,
        delivery_note: note,
        delivered_by: clerk.id,
      })
      .where("id", "=", row.id)
      .execute();
    return {
      answer: { caseNo, deliveredAt: now, method: input.method },
      timeline: {
        // The timeline is public to the applicant (QR, kiosk): the agent's name is masked there.
        entry: {
          kind: "delivered",
          params: { method: input.method, recipient: agent && maskName(agent), note },
        },
        orgCode: row.site_code,
      },
      audit: { action: "case.deliver", detail: { method: input.method, agent: agent !== null } },
    };
  });
}
