import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { deviceApi } from "../devices/deviceApi.js";

/** From best to worst; their texts are rating.levels.<level>. */
const LEVELS = [5, 4, 3, 2, 1] as const;

/**
 * The 好差评 screen after a transaction: five levels, one rating, skippable. `path` is where the
 * rating goes; `body` says what is rated (a case needs the applicant's ID number too).
 */
export function RateVisit({ path, body = {}, onDone }: { path: string; body?: object; onDone?: () => void }) {
  const { t } = useTranslation();
  const [rated, setRated] = useState<string>();
  const key = useRef(crypto.randomUUID());

  async function rate(level: number) {
    try {
      await deviceApi(path, {
        method: "POST",
        body: { ...body, level },
        headers: { "idempotency-key": key.current },
      });
      setRated(t("rating.thanks"));
    } catch (e) {
      setRated(
        e instanceof ApiError && e.code === "EVALUATION_EXISTS" ? t("rating.already") : t("rating.failed"),
      );
    }
  }

  return (
    <section className="rating" aria-label={t("rating.label")}>
      <h2>{t("rating.prompt")}</h2>
      {rated ? (
        <p className="lead" role="status">
          {rated}
        </p>
      ) : (
        <div className="levels">
          {LEVELS.map((level) => (
            <button key={level} onClick={() => void rate(level)} data-testid={`rate-${level}`}>
              {t(`rating.levels.${level}`)}
            </button>
          ))}
        </div>
      )}
      {onDone && (
        <div className="actions">
          <button onClick={onDone} data-testid="rate-done">
            {rated ? t("rating.done") : t("rating.skip")}
          </button>
        </div>
      )}
    </section>
  );
}
