import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { zhCN } from "./zh-CN.js";
import { en } from "./en.js";

const saved = typeof localStorage !== "undefined" ? localStorage.getItem("ow.lang") : null;

void i18n.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
  lng: saved === "en" ? "en" : "zh-CN",
  fallbackLng: "zh-CN",
  interpolation: { escapeValue: false },
});

export function switchLanguage(lang: "zh-CN" | "en") {
  localStorage.setItem("ow.lang", lang);
  void i18n.changeLanguage(lang);
}

export default i18n;
