import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { useLoad } from "../../ui/useLoad.js";

/**
 * Whoever stands at the window may have a result waiting here: after the ID card is read,
 * the clerk sees the applicant's decided cases not yet handed over, one click from 结果送达.
 */
export function ResultsToCollect({ idNumber }: { idNumber: string }) {
  const { t } = useTranslation();
  const waiting = useLoad(
    () =>
      api<Answer<"/api/v1/cases/search", "post">>("/cases/search", {
        method: "POST",
        body: { q: idNumber, status: "undelivered", limit: 20 },
      }),
    [idNumber],
  );
  const items = waiting.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="success"
      showIcon
      style={{ marginTop: 16 }}
      data-testid="intake-results"
      title={t("intake.resultsWaiting", { count: items.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {items.map((c) => (
            <li key={c.caseNo}>
              <Link to={`/cases/${encodeURIComponent(c.caseNo)}`}>
                {c.itemName}（{c.caseNo}）
              </Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}
