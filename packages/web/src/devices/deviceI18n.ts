import i18n from "i18next";
import { initReactI18next } from "react-i18next";

/**
 * Starts i18next for a public device page (kiosk, hall display) with its own catalogue, not the
 * console's. Such a device in China shows Chinese, unless its page was opened with ?lang=en — read
 * once at start-up, there is no switch on screen. Sets the page's language (for speech, fonts and
 * screen readers) and its title from the catalogue's `page.title`.
 */
export function startDeviceI18n<M extends { page: { title: string } }>(zhCN: M, en: M) {
  const language: "zh-CN" | "en" =
    new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "zh-CN";
  void i18n.use(initReactI18next).init({
    resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: "zh-CN",
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  document.title = i18n.t("page.title");
  /** The locale for dates and times shown on screen and printed. */
  const dateLocale = language === "en" ? "en-GB" : "zh-CN";
  return { i18n, language, dateLocale };
}
