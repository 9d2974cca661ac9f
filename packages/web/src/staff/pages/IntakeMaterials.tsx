import { PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ItemDetail } from "../../api/types.js";
import type { FieldError, Lookup } from "./IntakeApplicant.js";

type Material = ItemDetail["materials"][number];

/**
 * The materials checklist (documents on file marked, A/B reusable in one click) and the
 * window's outcomes: 受理, 容缺受理, 一次性告知, 收件, 不予受理.
 */
export function MaterialsCard({
  item,
  person,
  checked,
  setChecked,
  missing,
  onFile,
  fieldError,
  busy,
  submit,
  receive,
  showNotice,
  refuse,
}: {
  item: ItemDetail;
  person: Lookup | undefined;
  checked: string[];
  setChecked: (update: (c: string[]) => string[]) => void;
  missing: Material[];
  onFile: Material[];
  fieldError: FieldError | undefined;
  busy: boolean;
  submit: (mode: "normal" | "tolerate-missing") => void;
  receive: () => void;
  showNotice: () => void;
  refuse: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t("intake.materials")}
      extra={<Typography.Text type="secondary">{t("intake.materialsHelp")}</Typography.Text>}
    >
      {onFile.length > 0 && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("intake.onFile", { count: onFile.length })}
          action={
            <Button
              size="small"
              onClick={() => setChecked((c) => [...new Set([...c, ...onFile.map((m) => m.id)])])}
              data-testid="reuse-documents"
            >
              {t("intake.reuse")}
            </Button>
          }
        />
      )}
      <Checkbox.Group value={checked} onChange={(v) => setChecked(() => v)} style={{ width: "100%" }}>
        <Space direction="vertical" style={{ width: "100%" }}>
          {item.materials.map((m) => {
            const doc = person?.known ? person.documents.find((d) => d.name === m.name) : undefined;
            return (
              <Checkbox key={m.id} value={m.id} data-testid={`material-${m.id}`}>
                {m.name} <Typography.Text type="secondary">（{m.formName}）</Typography.Text>{" "}
                {m.required && <Tag color="red">{t("intake.required")}</Tag>}
                {doc && (
                  <Tag color={doc.reusable ? "green" : "default"} title={doc.source}>
                    {t("intake.docOnFile", { level: doc.trustText })}
                  </Tag>
                )}
              </Checkbox>
            );
          })}
        </Space>
      </Checkbox.Group>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={t("intake.missingTitle")}
          description={missing.map((m) => m.name).join("、")}
        />
      )}
      {fieldError && fieldError.field !== "applicant.phone" && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={fieldError.message}
          data-testid="intake-error"
        />
      )}
      <Space style={{ marginTop: 24 }}>
        <Button
          type="primary"
          size="large"
          disabled={!person || missing.length > 0}
          loading={busy}
          onClick={() => submit("normal")}
          data-testid="intake-accept"
        >
          {t("intake.accept")}
        </Button>
        <Button
          size="large"
          disabled={!person || missing.length === 0}
          loading={busy}
          onClick={() => submit("tolerate-missing")}
        >
          {t("intake.tolerate")}
        </Button>
        <Button size="large" icon={<PrinterOutlined />} disabled={missing.length === 0} onClick={showNotice}>
          {t("intake.notice")}
        </Button>
        <Button size="large" disabled={!person} loading={busy} onClick={receive} data-testid="intake-receive">
          {t("receipts.receive")}
        </Button>
        <Button size="large" danger disabled={!person} onClick={refuse}>
          {t("refusal.title")}
        </Button>
      </Space>
    </Card>
  );
}
