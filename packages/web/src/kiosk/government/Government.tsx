import { useState } from "react";
import { useTranslation } from "react-i18next";
import { GuideSearch } from "./GuideSearch.js";
import { HotlineList } from "./Hotlines.js";
import { PersonalLookup } from "./PersonalLookup.js";
import { Registration } from "./Registration.js";
import { Violations } from "./Violations.js";

/** The services, in order; their texts are government.services.<key>.title / .hint. */
const SERVICES = [
  "guide",
  "hotlines",
  "social-security",
  "medical-account",
  "registration",
  "violations",
] as const;
type Key = (typeof SERVICES)[number];

/** 我的政府: guides and personal services from the district's and partners' systems. */
export function Government() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Key>();
  return (
    <div className="kiosk-page" data-testid="kiosk-government">
      <h1>{open ? t(`government.services.${open}.title`) : t("government.title")}</h1>
      {!open && (
        <>
          <p className="lead">{t("government.lead")}</p>
          <div className="tiles">
            {SERVICES.map((key) => (
              <button
                key={key}
                className="tile small"
                onClick={() => setOpen(key)}
                data-testid={`gov-${key}`}
              >
                <span className="name">{t(`government.services.${key}.title`)}</span>
                <span className="hint">{t(`government.services.${key}.hint`)}</span>
              </button>
            ))}
          </div>
        </>
      )}
      {open === "guide" && <GuideSearch />}
      {open === "hotlines" && <HotlineList />}
      {(open === "social-security" || open === "medical-account") && (
        <PersonalLookup key={open} kind={open} />
      )}
      {open === "registration" && <Registration />}
      {open === "violations" && <Violations />}
      {open && (
        <div className="actions">
          <button onClick={() => setOpen(undefined)} data-testid="gov-back">
            {t("government.back")}
          </button>
        </div>
      )}
    </div>
  );
}
