import { isoChina } from "@onewindow/shared";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors.js";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { SESSION_COOKIE, requireStaff, staffOf } from "../../http/auth-hook.js";
import { IdempotencyHeaders, IsoTime, Nullable, errors, strictObject } from "../../http/schemas.js";
import { changePassword, login, logout, passwordStatus, type AuthSettings } from "./auth.service.js";
import { createDevice, listDevices } from "./devices.service.js";
import { presentUser, UserSchema } from "./auth.present.js";

const DeviceKind = Type.Union([Type.Literal("kiosk"), Type.Literal("display")], {
  description: "kiosk 自助终端，display 叫号屏",
});

export function authRoutes(app: FastifyInstance, settings: AuthSettings) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    "/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "工作人员登录",
        body: strictObject({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          password: Type.String({ minLength: 1, maxLength: 128 }),
        }),
        response: {
          200: Type.Object({ token: Type.String(), user: UserSchema, idleTimeoutMinutes: Type.Integer() }),
          ...errors(400, 401, 429),
        },
      },
    },
    async (req, reply) => {
      const result = await login(req.ctx, settings, { ...req.body, userAgent: req.headers["user-agent"] });
      // The console uses this httpOnly cookie, so script never holds the token.
      void reply.setCookie(SESSION_COOKIE, result.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: req.protocol === "https",
      });
      return {
        token: result.token,
        user: await presentUser(req.ctx, result.user),
        idleTimeoutMinutes: settings.idleMinutes,
      };
    },
  );

  r.post(
    "/auth/logout",
    {
      schema: { tags: ["auth"], summary: "退出登录", response: { 204: Type.Null(), ...errors(401) } },
      onRequest: requireStaff(),
    },
    async (req, reply) => {
      await logout(req.ctx, staffOf(req));
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/auth/me",
    {
      schema: {
        tags: ["auth"],
        summary: "当前登录的工作人员（含密码是否到期需更换）",
        response: {
          200: Type.Object({
            ...UserSchema.properties,
            passwordChangedAt: Type.String(),
            passwordExpired: Type.Boolean(),
          }),
          ...errors(401),
        },
      },
      onRequest: requireStaff(),
    },
    async (req) => {
      const actor = staffOf(req);
      return { ...(await presentUser(req.ctx, actor)), ...(await passwordStatus(req.ctx, settings, actor)) };
    },
  );

  r.get(
    "/devices/me",
    {
      schema: {
        tags: ["auth"],
        summary: "当前设备（自助终端、叫号屏用设备令牌调用，得知所在大厅）",
        response: {
          200: Type.Object({
            id: Type.String(),
            name: Type.String(),
            kind: DeviceKind,
            siteCode: Type.String({ description: "所在服务大厅" }),
            siteName: Type.String(),
          }),
          ...errors(401, 403),
        },
      },
    },
    async (req) => {
      const actor = req.actor;
      if (!actor) throw new AppError(req.authProblem ?? "UNAUTHENTICATED");
      if (actor.type !== "device") throw new AppError("FORBIDDEN");
      const site = await req.ctx.db
        .selectFrom("sites")
        .select(["name"])
        .where("code", "=", actor.siteCode)
        .executeTakeFirstOrThrow();
      return {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        siteCode: actor.siteCode,
        siteName: site.name,
      };
    },
  );

  r.post(
    "/auth/password",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["auth"],
        summary: "修改本人密码（其他会话随之失效）",
        body: strictObject({
          currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
          newPassword: Type.String({ minLength: 1, maxLength: 128 }),
        }),
        response: { 204: Type.Null(), ...errors(400, 401) },
      },
    },
    async (req, reply) => {
      await changePassword(req.ctx, staffOf(req), req.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/admin/devices",
    {
      config: { idempotent: true },
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "登记自助终端或叫号屏，返回设备令牌（仅显示一次）",
        headers: IdempotencyHeaders,
        body: strictObject({
          name: Type.String({ minLength: 1, maxLength: 60 }),
          siteCode: Type.String({ minLength: 12, maxLength: 12 }),
          kind: Type.Union([Type.Literal("kiosk"), Type.Literal("display")]),
        }),
        response: {
          201: Type.Object({ id: Type.String(), token: Type.String() }),
          ...errors(400, 401, 403, 409),
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createDevice(req.ctx, staffOf(req, ["admin"]), req.body)),
  );

  r.get(
    "/admin/devices",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "辖区内的设备",
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                siteCode: Type.String(),
                siteName: Type.String(),
                kind: DeviceKind,
                createdAt: IsoTime,
                revoked: Type.Boolean({ description: "令牌已吊销" }),
                lastSeenAt: Nullable(IsoTime),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const rows = await listDevices(req.ctx, staffOf(req, ["admin"]));
      return {
        items: rows.map((d) => ({
          id: d.id,
          name: d.name,
          siteCode: d.site_code,
          siteName: d.site_name,
          kind: d.kind,
          createdAt: isoChina(d.created_at),
          revoked: d.revoked_at !== null,
          lastSeenAt: d.last_seen_at ? isoChina(d.last_seen_at) : null,
        })),
      };
    },
  );
}
