import type { FastifyInstance, FastifyRequest } from "fastify";
import { pickLocale, type Role } from "@onewindow/shared";
import { AppError } from "../errors.js";
import type { Actor, DeviceActor, StaffActor } from "./actor.js";
import { buildCtx, type Ctx, type Services } from "./context.js";

export const SESSION_COOKIE = "ow_session";
/** Any value; a cross-site form cannot set a custom header, so its presence proves same-origin script. */
export const CSRF_HEADER = "x-onewindow-csrf";

/**
 * Turns a bearer token or session cookie into the actor it stands for. The auth module
 * provides it at the composition root (app.ts): the request layer sits below every module.
 */
export type TokenResolver = (
  ctx: Ctx,
  token: string,
  via: StaffActor["via"],
) => Promise<{ actor: Actor } | { problem: "UNAUTHENTICATED" | "SESSION_EXPIRED" }>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function bearerToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim();
  // EventSource cannot send headers, so event streams also take ?access_token=.
  const query = req.query as Record<string, unknown> | undefined;
  if (req.url.includes("/events") && typeof query?.access_token === "string") return query.access_token;
  return undefined;
}

/**
 * Builds each request's locale, actor and context. A bearer token wins over the
 * session cookie; cookie-authenticated writes must carry the CSRF header.
 */
export function registerAuth(app: FastifyInstance, services: Services, resolveToken: TokenResolver) {
  app.decorateRequest("actor", undefined);
  app.decorateRequest("authProblem", undefined);
  app.decorateRequest("locale", "zh-CN");
  app.decorateRequest("ctx", undefined as never);

  app.addHook("onRequest", async (req) => {
    req.locale = pickLocale(req.headers["accept-language"]);
    req.ctx = buildCtx(services, req);
    if (!req.url.startsWith("/api/")) return;
    const bearer = bearerToken(req);
    const cookie = req.cookies[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return;
    const via = bearer ? "bearer" : "cookie";
    if (via === "cookie" && !SAFE_METHODS.has(req.method) && !req.headers[CSRF_HEADER]) {
      throw new AppError("CSRF_REJECTED");
    }
    const resolved = await resolveToken(req.ctx, token, via);
    if ("actor" in resolved) {
      req.actor = resolved.actor;
      req.ctx = buildCtx(services, req);
    } else {
      req.authProblem = resolved.problem;
    }
  });
}

/** Guard: a signed-in staff member holding one of `roles` (any role when none are named). */
export function requireStaff(...roles: Role[]) {
  return async (req: FastifyRequest) => {
    staffOf(req, roles);
  };
}

/** The acting staff member, or a 401/403 as appropriate. */
export function staffOf(req: FastifyRequest, roles: readonly Role[] = []): StaffActor {
  const actor = req.actor;
  if (!actor) throw new AppError(req.authProblem ?? "UNAUTHENTICATED");
  if (actor.type !== "staff") throw new AppError("FORBIDDEN");
  if (roles.length > 0 && !actor.roles.some((g) => roles.includes(g.role))) throw new AppError("FORBIDDEN");
  return actor;
}

/** Guard: any signed-in staff member or registered device (the service checks the rest). */
export function requireSignedIn() {
  return async (req: FastifyRequest) => {
    if (!req.actor) throw new AppError(req.authProblem ?? "UNAUTHENTICATED");
  };
}

/** Guard for kiosk/display endpoints; staff with one of `staffRoles` may use them too. */
export function requireDeviceOrStaff(kind: DeviceActor["kind"], ...staffRoles: Role[]) {
  return async (req: FastifyRequest) => {
    const actor = req.actor;
    if (!actor) throw new AppError(req.authProblem ?? "UNAUTHENTICATED");
    if (actor.type === "device" && actor.kind === kind) return;
    if (actor.type === "staff" && actor.roles.some((g) => staffRoles.includes(g.role))) return;
    throw new AppError("FORBIDDEN");
  };
}
