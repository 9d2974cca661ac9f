import type { DisplayMessages } from "./zh-CN.js";

/** The hall display's texts in English (opened with ?lang=en), shaped like the Chinese ones. */
export const en: DisplayMessages = {
  page: { title: "Queue display · One Window" },
  setup: {
    title: "This display is not registered",
    help: "An administrator registers this display under System › Devices and opens this page with the address given at registration.",
  },
  status: { online: "● Connected", offline: "● Connection lost, reconnecting…" },
  now: {
    please: "Number",
    goToBefore: "please go to ",
    goToAfter: "",
    welcome: "Welcome to {{site}}",
  },
  recent: { title: "Recent calls", none: "None yet" },
  waiting: { title: "Waiting" },
  notice:
    "Please listen for your number; if you miss it, take a new number at the service desk. For service guides and progress, use the self-service kiosk.",
  enableSound: "🔊 Tap to turn on call sounds",
};
