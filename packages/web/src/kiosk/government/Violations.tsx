import { useState } from "react";
import { useTranslation } from "react-i18next";
import { yuan } from "@onewindow/shared";
import { ApiError } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { LETTERS, NumPad } from "../NumPad.js";
import { ErrorNote } from "../ErrorNote.js";

type Result = Answer<"/api/v1/kiosk/traffic-violations">;

/**
 * Plates here start with 湘 (Hunan), shown before the input and sent with it: part of the plate
 * number, not a text, so it stays in every language.
 */
const PROVINCE = "湘";
const PLATE_KEYS = [..."0123456789", ...LETTERS.filter((k) => k !== "I" && k !== "O")];

/** 车辆违章: the plate (湘 + letters and digits) and the engine number's last six digits. */
export function Violations() {
  const { t } = useTranslation();
  const [plate, setPlate] = useState("");
  const [tail, setTail] = useState("");
  const [field, setField] = useState<"plate" | "tail">("plate");
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();

  async function search() {
    setError(undefined);
    try {
      const q = new URLSearchParams({ plate: `${PROVINCE}${plate}`, engineTail: tail });
      setResult(await deviceApi<Result>(`/kiosk/traffic-violations?${q.toString()}`));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("common.networkError"));
    }
  }

  if (result)
    return (
      <section data-testid="violations">
        <p className="lead">
          {t("violations.result", {
            plate: result.plate,
            summary:
              result.unhandled === 0
                ? t("violations.none")
                : t("violations.unhandled", {
                    count: result.unhandled,
                    fine: yuan(result.totalFineFen),
                    points: t("violations.points", { count: result.totalPoints }),
                  }),
          })}
        </p>
        <table className="phone-table">
          <tbody>
            {result.items.map((v, i) => (
              <tr key={i}>
                <th>{v.handled ? t("violations.handled") : t("violations.open")}</th>
                <td>
                  {v.act}
                  <div className="note">
                    {v.at.slice(0, 16).replace("T", " ")} · {v.place} ·{" "}
                    {t("violations.fine", { amount: yuan(v.fineFen) })} ·{" "}
                    {t("violations.points", { count: v.points })}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button onClick={() => setResult(undefined)}>{t("violations.another")}</button>
        </div>
      </section>
    );

  return (
    <section>
      <div className="entry">
        <label className={field === "plate" ? "active" : ""} onClick={() => setField("plate")}>
          {t("violations.plate")}
          <span className="plate">
            {PROVINCE}
            <input
              value={plate}
              onFocus={() => setField("plate")}
              onChange={(e) => setPlate(e.target.value.toUpperCase())}
              maxLength={7}
              data-testid="plate"
            />
          </span>
        </label>
        <label className={field === "tail" ? "active" : ""} onClick={() => setField("tail")}>
          {t("violations.engineTail")}
          <input
            value={tail}
            onFocus={() => setField("tail")}
            onChange={(e) => setTail(e.target.value.toUpperCase())}
            maxLength={6}
            data-testid="engine-tail"
          />
        </label>
      </div>
      <NumPad
        value={field === "plate" ? plate : tail}
        onChange={field === "plate" ? setPlate : setTail}
        maxLength={field === "plate" ? 7 : 6}
        testId="violations"
        keys={PLATE_KEYS}
        columns={8}
      />
      <div className="actions">
        <button className="primary" onClick={() => void search()} data-testid="violations-search">
          {t("common.search")}
        </button>
      </div>
      <ErrorNote text={error} />
    </section>
  );
}
