import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { isValidMobile, isoChina } from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors, IsoTime, Nullable, strictObject } from "../../http/schemas.js";
import { AppError, invalidField } from "../../errors.js";
import { audit } from "../audit/index.js";
import { messagesTo } from "./notify.service.js";

export function notifyRoutes(app: FastifyInstance) {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/notifications",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "发给某手机号的通知（区级管理员；查询留痕）",
        querystring: strictObject({ to: Type.String({ maxLength: 11 }) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                channel: Type.Literal("sms"),
                to: Type.String({ description: "手机号（脱敏）" }),
                text: Type.String(),
                status: Type.Union([Type.Literal("pending"), Type.Literal("sent"), Type.Literal("failed")]),
                createdAt: IsoTime,
                sentAt: Nullable(IsoTime),
                attempts: Type.Integer(),
              }),
            ),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => {
      const admin = staffOf(req, ["admin"]);
      // Messages are not tied to an office, so only district-wide administrators may look.
      if (!admin.roles.some((g) => g.role === "admin" && !g.orgPath.includes("/")))
        throw new AppError("FORBIDDEN");
      if (!isValidMobile(req.query.to)) throw invalidField("to", "VALIDATION_FAILED.phone");
      const rows = await messagesTo(req.ctx, req.query.to);
      await audit(
        req.ctx.db,
        { actor: admin, ip: req.ip, districtCode: req.ctx.districtCode, now: req.ctx.clock.now() },
        {
          action: "notifications.read",
          targetType: "phone",
          targetId: rows[0]?.to_masked ?? "",
        },
      );
      return {
        items: rows.map((m) => ({
          channel: m.channel,
          to: m.to_masked,
          text: m.text,
          status: m.status,
          createdAt: isoChina(m.created_at),
          sentAt: m.sent_at ? isoChina(m.sent_at) : null,
          attempts: m.attempts,
        })),
      };
    },
  );
}
