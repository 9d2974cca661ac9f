import { DownloadOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";

export const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
export const num = (x: number | null) => (x === null ? "—" : x);

/** A query string of the parameters that are set. */
export function query(params: Record<string, string | undefined>) {
  return new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
}

/** Downloads the tables of a dashboard view as an Excel workbook. */
export function ExportButton({ params }: { params: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<DownloadOutlined />}
      href={`/api/v1/analytics/export.xlsx?${query(params)}`}
      data-testid="export"
    >
      {t("dashboard.export")}
    </Button>
  );
}
