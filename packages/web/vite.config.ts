import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@onewindow/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)),
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    // Three apps: the staff console, the hall display and the kiosk (the last two without antd).
    rolldownOptions: {
      input: {
        console: fileURLToPath(new URL("index.html", import.meta.url)),
        display: fileURLToPath(new URL("display.html", import.meta.url)),
        kiosk: fileURLToPath(new URL("kiosk.html", import.meta.url)),
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000", "/docs": "http://127.0.0.1:3000" },
  },
});
