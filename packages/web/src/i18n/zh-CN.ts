import { frame } from "./zh-CN/frame.js";
import { cases } from "./zh-CN/cases.js";
import { queue } from "./zh-CN/queue.js";
import { oversight } from "./zh-CN/oversight.js";

/** The console's texts in Chinese, the default language; one file per area under zh-CN/. */
export const zhCN = { ...frame, ...cases, ...queue, ...oversight };
export type Messages = typeof zhCN;
