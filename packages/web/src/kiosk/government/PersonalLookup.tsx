import { useState } from "react";
import { useTranslation } from "react-i18next";
import { maskIdNumber, yuan } from "@onewindow/shared";
import { ApiError } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { useReader } from "../../devices/bridge.js";
import { ErrorNote } from "../ErrorNote.js";

type SocialSecurity = Answer<"/api/v1/kiosk/social-security", "post">;
type MedicalAccount = Answer<"/api/v1/kiosk/medical-account", "post">;

/**
 * 社保查询 / 医保划拨: the ID card or social-security card on the reader, the resident's
 * consent on screen, then the records. Nothing is asked before the consent is given.
 */
export function PersonalLookup({ kind }: { kind: "social-security" | "medical-account" }) {
  const { t } = useTranslation();
  const purpose = t(`personal.purpose.${kind}`);
  const [person, setPerson] = useState<{ idNumber: string; name: string }>();
  const [result, setResult] = useState<SocialSecurity | MedicalAccount>();
  const [error, setError] = useState<string>();
  const reading = !person;
  useReader("idcard", reading, setPerson);
  useReader("sscard", reading, setPerson);

  async function consent() {
    if (!person) return;
    try {
      setResult(
        await deviceApi(`/kiosk/${kind}`, {
          method: "POST",
          body: { idNumber: person.idNumber, consent: true },
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("common.networkError"));
    }
  }

  if (!person)
    return (
      <div className="ways single">
        <div className="way ready">
          <span className="name">{t("personal.swipe")}</span>
          <span className="hint">{t("personal.placeCard", { purpose })}</span>
        </div>
      </div>
    );

  if (!result)
    return (
      <section className="consent" data-testid="consent">
        <h2 className="section-title">{t("personal.consentTitle")}</h2>
        <p className="lead">
          {t("personal.consentText", { name: person.name, id: maskIdNumber(person.idNumber), purpose })}
        </p>
        <div className="actions">
          <button onClick={() => setPerson(undefined)}>{t("personal.decline")}</button>
          <button className="primary" onClick={() => void consent()} data-testid="consent-yes">
            {t("personal.accept")}
          </button>
        </div>
        <ErrorNote text={error} />
      </section>
    );

  if ("schemes" in result)
    return (
      <section data-testid="personal-result">
        <table className="phone-table">
          <tbody>
            {result.schemes.map((s) => (
              <tr key={s.scheme}>
                <th>{s.status}</th>
                <td>
                  {s.scheme}
                  <div className="note">
                    {t("personal.insured", { since: s.since, count: s.monthsPaid, last: s.lastPaidMonth })}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t("personal.recentPension")}</h3>
        <table className="phone-table">
          <tbody>
            {result.recent.map((r) => (
              <tr key={r.month}>
                <th>{r.month}</th>
                <td>
                  {t("personal.contribution", {
                    base: yuan(r.baseFen),
                    personal: yuan(r.personalFen),
                    employer: yuan(r.employerFen),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );

  return (
    <section data-testid="personal-result">
      <dl className="facts">
        <dt>{t("personal.balance")}</dt>
        <dd className="money">{t("common.yuan", { amount: yuan(result.balanceFen) })}</dd>
      </dl>
      <table className="phone-table">
        <tbody>
          {result.transfers.map((transfer) => (
            <tr key={transfer.month}>
              <th>{transfer.month}</th>
              <td>
                {t("personal.transferIn", { amount: yuan(transfer.amountFen) })}
                <div className="note">{transfer.note}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
