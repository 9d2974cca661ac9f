import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n/index.js";
import { KioskApp } from "./KioskApp.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <KioskApp />
  </StrictMode>,
);
