import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { parseResidentId, deadlineOf, isoChina } from "@onewindow/shared";
import { requireDeviceOrStaff } from "../../http/auth-hook.js";
import { errors, strictObject } from "../../http/schemas.js";
import { invalidField } from "../../errors.js";
import { audit } from "../audit/index.js";
import { casesForIdNumber, findPublicCase } from "./view.service.js";
import { presentTimeline, statusText } from "./cases.present.js";
import { KioskCases, PublicProgress } from "./cases.schemas.js";

export function publicCaseRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/public/progress",
    {
      schema: {
        tags: ["public"],
        summary: "办件进度查询：办件编号 + 身份证号，或二维码令牌",
        querystring: strictObject({
          caseNo: Type.Optional(Type.String({ maxLength: 40 })),
          idNumber: Type.Optional(Type.String({ maxLength: 18 })),
          token: Type.Optional(Type.String({ maxLength: 64 })),
        }),
        response: { 200: PublicProgress, ...errors(400, 404) },
      },
    },
    async (req) => {
      const q = req.query;
      if (!q.token && !(q.caseNo && q.idNumber))
        throw invalidField(q.caseNo ? "idNumber" : "caseNo", "VALIDATION_FAILED.required");
      const v = await findPublicCase(req.ctx, q);
      return {
        caseNo: v.c.case_no,
        itemName: v.itemName,
        applicantName: v.applicantName,
        status: v.c.status,
        statusText: statusText(v.c.status, req.locale),
        acceptedAt: isoChina(v.c.accepted_at),
        deadline: deadlineOf(v.c.promised_due),
        timeline: presentTimeline(v.timeline, false, req.locale),
        // Added to the contract: where a decided result waits for the applicant, null otherwise.
        collect: v.collect,
        // Added to the contract: while 补正 is awaited, the day to bring the materials by.
        supplementDue: v.c.supplement_due,
        // Added to the contract: the clock is stopped (补正 or 特别程序); `deadline` moves on by
        // the working days waited once it runs again.
        paused: v.c.paused_since !== null,
      };
    },
  );

  r.get(
    "/kiosk/cases",
    {
      onRequest: requireDeviceOrStaff("kiosk", "clerk"),
      schema: {
        tags: ["kiosk"],
        summary: "自助终端：按读卡得到的身份证号列出办件",
        querystring: strictObject({ idNumber: Type.String({ maxLength: 18 }) }),
        response: { 200: KioskCases, ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const parsed = parseResidentId(req.query.idNumber);
      if (!parsed.ok) throw invalidField("idNumber", `VALIDATION_FAILED.idNumber.${parsed.problem}`);
      const rows = await casesForIdNumber(req.ctx, parsed.idNumber);
      await audit(
        req.ctx.db,
        { actor: req.actor, ip: req.ip, districtCode: req.ctx.districtCode, now: req.ctx.clock.now() },
        {
          action: "kiosk.cases_lookup",
          targetType: "resident_cases",
          targetId: String(rows.length),
        },
      );
      return {
        items: rows.map((c) => ({
          caseNo: c.case_no,
          itemName: c.item_name,
          status: c.status,
          statusText: statusText(c.status, req.locale),
          acceptedAt: isoChina(c.accepted_at),
        })),
      };
    },
  );
}
