import type { Messages } from "./zh-CN.js";
import { frame } from "./en/frame.js";
import { cases } from "./en/cases.js";
import { queue } from "./en/queue.js";
import { oversight } from "./en/oversight.js";

/** The console's texts in English; one file per area under en/, each shaped like its Chinese one. */
export const en: Messages = { ...frame, ...cases, ...queue, ...oversight };
