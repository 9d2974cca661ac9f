import type { Locale } from "@onewindow/shared";
import type { Actor } from "./actor.js";
import type { Ctx } from "./context.js";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | undefined;
    /** Why no actor was found for a presented credential (expired session, bad token). */
    authProblem: "UNAUTHENTICATED" | "SESSION_EXPIRED" | undefined;
    locale: Locale;
    ctx: Ctx;
  }
}
