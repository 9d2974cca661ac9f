import { Alert, Card, Result, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { api, ApiError } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { Brand } from "../../ui/Brand.js";

type Position = Answer<"/api/v1/public/queue/{token}">;

const REFRESH_MS = 15_000;

/** 我的排队位置: what the slip's QR code opens on a resident's phone; refreshes by itself. */
export function QueuePositionPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const [data, setData] = useState<Position>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let stop = false;
    const load = () =>
      api<Position>(`/public/queue/${encodeURIComponent(token)}`).then(
        (p) => !stop && (setData(p), setError(undefined)),
        (e: unknown) =>
          !stop &&
          setError(e instanceof ApiError && e.status === 404 ? t("queuePosition.notFound") : String(e)),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [token]);

  return (
    <div style={{ minHeight: "100vh", background: "#f0f4fa", padding: 16 }}>
      <div style={{ maxWidth: 480, margin: "0 auto" }}>
        <div style={{ padding: "8px 0 16px" }}>
          <Brand />
        </div>
        <Card title={t("queuePosition.title")}>
          {error && <Alert type="error" title={error} />}
          {data && (
            <div style={{ textAlign: "center" }} data-testid="queue-position">
              <Typography.Text type="secondary">
                {data.siteName} · {data.serviceName}
              </Typography.Text>
              <div style={{ fontSize: 64, fontWeight: 700, color: "#1356a8", lineHeight: 1.2 }}>
                {data.number}
              </div>
              {data.status === "waiting" && (
                <div style={{ fontSize: 22 }}>
                  {t("queuePosition.ahead")} <b style={{ fontSize: 40, color: "#c8102e" }}>{data.ahead}</b>{" "}
                  {t("queuePosition.people")}
                </div>
              )}
              {data.status === "called" && (
                <Result
                  status="success"
                  title={t("queuePosition.called", { counter: data.counterName ?? "" })}
                />
              )}
              {data.status === "finished" && <Result status="info" title={t("queuePosition.finished")} />}
              {data.status === "no_show" && <Result status="warning" title={t("queuePosition.noShow")} />}
              {data.status === "expired" && <Result status="warning" title={t("queuePosition.expired")} />}
              <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
                {t("queuePosition.refresh")}
              </Typography.Paragraph>
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
