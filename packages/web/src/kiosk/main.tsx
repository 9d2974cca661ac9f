import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { KioskApp } from "./KioskApp.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <KioskApp />
  </StrictMode>,
);
