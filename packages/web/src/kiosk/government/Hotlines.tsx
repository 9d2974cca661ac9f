import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../api/contract.js";
import { deviceApi } from "../../devices/deviceApi.js";

type Hotlines = Answer<"/api/v1/public/hotlines">;

/** 便民服务热线 and the district's offices. */
export function HotlineList() {
  const { t } = useTranslation();
  const [data, setData] = useState<Hotlines>();
  useEffect(() => {
    deviceApi<Hotlines>("/public/hotlines").then(setData, () => undefined);
  }, []);
  if (!data) return <p className="lead">{t("common.loading")}</p>;
  return (
    <section data-testid="hotlines">
      <table className="phone-table">
        <tbody>
          {data.national.map((h) => (
            <tr key={h.number}>
              <th>{h.number}</th>
              <td>
                {h.name}
                <div className="note">{h.hint}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("hotlines.offices")}</h3>
      <table className="phone-table">
        <tbody>
          {data.offices.map((o) => (
            <tr key={o.code}>
              <th>{o.phone}</th>
              <td>
                {o.name}
                {o.address && <div className="note">{o.address}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
