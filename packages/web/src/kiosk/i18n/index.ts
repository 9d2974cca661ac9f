import { startDeviceI18n } from "../../devices/deviceI18n.js";
import { zhCN } from "./zh-CN.js";
import { en } from "./en.js";

/** The kiosk's texts: Chinese, or English when opened with ?lang=en (see startDeviceI18n). */
const started = startDeviceI18n(zhCN, en);

export const { language, dateLocale } = started;
export default started.i18n;
