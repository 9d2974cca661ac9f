import { PrinterOutlined } from "@ant-design/icons";
import { Button, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Answer } from "../../api/contract.js";
import type { ItemDetail } from "../../api/types.js";
import { PdfButton } from "../../ui/PdfButton.js";

export type Received = Answer<"/api/v1/cases/receipts", "post">;

/** The 收件回执: what was received and by when the applicant will hear. */
export function ReceivedSlip({ received, onDone }: { received: Received | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={Boolean(received)}
      title={t("receipts.slipTitle")}
      onCancel={onDone}
      footer={
        <>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t("intake.print")}
          </Button>
          <Button type="primary" onClick={onDone} data-testid="receipt-slip-done">
            {t("intake.next")}
          </Button>
        </>
      }
    >
      {received && (
        <div data-testid="receipt-slip">
          <Typography.Paragraph>
            {t("receipts.no")}：<Typography.Text strong>{received.receiptNo}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph>
            {received.itemName} · {received.siteName}
          </Typography.Paragraph>
          <Typography.Paragraph>{received.notice}</Typography.Paragraph>
        </div>
      )}
    </Modal>
  );
}

/** 一次性告知书: every missing material in one notice, printable or as a dated PDF. */
export function MissingNotice({
  open,
  onClose,
  item,
  missing,
  applicantName,
}: {
  open: boolean;
  onClose: () => void;
  item: ItemDetail | undefined;
  missing: ItemDetail["materials"];
  applicantName: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t("intake.noticeTitle")}
      onCancel={onClose}
      footer={
        <>
          {item && (
            <PdfButton
              href="/api/v1/notices/missing-materials"
              post={{
                itemCode: item.code,
                missing: missing.map((m) => m.id),
                ...(applicantName && { applicantName }),
              }}
              testId="notice-pdf"
            />
          )}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t("intake.print")}
          </Button>
        </>
      }
    >
      <Typography.Paragraph>{t("intake.noticeBody", { item: item?.name ?? "" })}</Typography.Paragraph>
      <ol data-testid="notice-list">
        {missing.map((m) => (
          <li key={m.id}>
            {m.name}（{m.formName}，{m.copies} 份）
          </li>
        ))}
      </ol>
      <Typography.Paragraph type="secondary">
        {new Date().toLocaleDateString("zh-CN")} · {t("app.district")}
      </Typography.Paragraph>
    </Modal>
  );
}
