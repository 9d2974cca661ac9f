import type { Ctx } from "../../http/context.js";
import { checkDeadlines } from "./alerts.service.js";
import { checkFinishedTasks } from "./flags.service.js";

/** One pass of 电子监察: cards on open tasks, flags on finished ones. */
export async function runSupervisionChecks(ctx: Pick<Ctx, "db" | "clock" | "districtCode" | "box" | "tx">) {
  return { ...(await checkDeadlines(ctx)), ...(await checkFinishedTasks(ctx)) };
}
