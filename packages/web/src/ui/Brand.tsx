import { useTranslation } from "react-i18next";

/** The product mark: a red seal-like badge and the product name. */
export function Brand({ dark = false, large = false }: { dark?: boolean; large?: boolean }) {
  const { t } = useTranslation();
  const size = large ? 48 : 34;
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 12, flexShrink: 0, lineHeight: "normal" }}>
      <div
        aria-hidden
        style={{
          width: size,
          height: size,
          borderRadius: 8,
          background: "#c8102e",
          color: "white",
          display: "grid",
          placeItems: "center",
          fontWeight: 700,
          fontSize: size * 0.55,
          boxShadow: "0 2px 6px rgba(200,16,46,.35)",
        }}
      >
        窗
      </div>
      <div style={{ lineHeight: 1.2 }}>
        <div
          style={{
            fontSize: large ? 26 : 18,
            fontWeight: 700,
            color: dark ? "white" : "#0f3d7a",
            letterSpacing: 2,
          }}
        >
          {t("app.name")}
        </div>
        <div style={{ fontSize: large ? 14 : 11, color: dark ? "#b8c9e3" : "#5b6b82" }}>
          {t("app.district")} · {t("app.full")}
        </div>
      </div>
    </div>
  );
}
