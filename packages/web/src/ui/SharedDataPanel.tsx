import { DatabaseOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api/client.js";
import type { Answer } from "../api/contract.js";

type Result = Answer<"/api/v1/cases/{caseNo}/shared-data/{source}">;

const COLUMNS = {
  property: [
    { key: "certificateNo", zh: "不动产权证号" },
    { key: "address", zh: "坐落" },
    { key: "areaM2", zh: "面积(㎡)" },
    { key: "use", zh: "用途" },
    { key: "registeredOn", zh: "登记日期" },
  ],
  land: [
    { key: "parcelNo", zh: "宗地号" },
    { key: "location", zh: "坐落" },
    { key: "areaM2", zh: "面积(㎡)" },
    { key: "kind", zh: "权利类型" },
  ],
} as const;

/** Other departments' records about the applicant, looked up on demand (each lookup is logged). */
export function SharedDataPanel({ caseNo }: { caseNo: string }) {
  const { t } = useTranslation();
  const [results, setResults] = useState<Partial<Record<Result["source"], Result>>>({});
  const [errors, setErrors] = useState<Partial<Record<Result["source"], string>>>({});
  const [busy, setBusy] = useState<Result["source"]>();

  async function load(source: Result["source"]) {
    setBusy(source);
    setErrors((e) => ({ ...e, [source]: undefined }));
    try {
      const r = await api<Result>(`/cases/${caseNo}/shared-data/${source}`);
      setResults((x) => ({ ...x, [source]: r }));
    } catch (e) {
      setErrors((x) => ({ ...x, [source]: e instanceof ApiError ? e.message : String(e) }));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Card
      title={
        <>
          <DatabaseOutlined /> {t("shared.title")}
        </>
      }
      style={{ marginBottom: 24 }}
      data-testid="shared-data"
    >
      <Typography.Paragraph type="secondary">{t("shared.help")}</Typography.Paragraph>
      {(["property", "land"] as const).map((source) => (
        <div key={source} style={{ marginBottom: 16 }}>
          <Space style={{ marginBottom: 8 }}>
            <Button loading={busy === source} onClick={() => void load(source)}>
              {t(`shared.${source}`)}
            </Button>
            {results[source] && (
              <Typography.Text type="secondary">
                {t("shared.took", { ms: results[source].durationMs })}
              </Typography.Text>
            )}
          </Space>
          {errors[source] && (
            <Alert
              type="error"
              showIcon
              title={errors[source]}
              action={
                <Button size="small" onClick={() => void load(source)}>
                  {t("common.retry")}
                </Button>
              }
            />
          )}
          {results[source] && (
            <Table<Record<string, string | number>>
              size="small"
              pagination={false}
              rowKey={(r) => String(r[COLUMNS[source][0].key])}
              dataSource={results[source].records}
              locale={{ emptyText: t("shared.none") }}
              columns={COLUMNS[source].map((c) => ({ title: c.zh, dataIndex: c.key }))}
            />
          )}
        </div>
      ))}
    </Card>
  );
}
