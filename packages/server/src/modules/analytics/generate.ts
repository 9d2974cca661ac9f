import type { Ctx } from "../../http/context.js";
import { generateCaseHistory, type HistoryOptions } from "../cases/index.js";
import { foldRollups } from "./rollup.js";

export type GenerateOptions = HistoryOptions;

/**
 * Generated history for dashboards and benchmarks (the cases module writes the `SIM…` cases),
 * with the rollups folded after every batch so the deltas stay small however many there are.
 */
export function generateCases(ctx: Pick<Ctx, "db" | "clock" | "districtCode">, opts: GenerateOptions) {
  return generateCaseHistory(ctx, { ...opts, afterBatch: () => foldRollups(ctx.db) });
}
