import { PrinterOutlined } from "@ant-design/icons";
import { Button, Modal, Segmented } from "antd";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../api/contract.js";
import { PdfButton } from "./PdfButton.js";

/** The acceptance answer's receipt part, with the applicant's name as the clerk entered it. */
export type ReceiptData = Pick<
  Answer<"/api/v1/cases", "post">,
  "caseNo" | "deadlineDate" | "progressUrl" | "receipt"
> & { applicantName: string };

/** 受理回执: what was accepted, by whom, when it is due, and a QR code to follow it. */
export function Receipt({ data, open, onClose }: { data: ReceiptData; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // A4 at the desk printer, or the 58 mm thermal roll most windows have.
  const [paper, setPaper] = useState<"a4" | "58">("a4");
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    void QRCode.toDataURL(data.progressUrl, { margin: 1, width: 160 }).then(setQr);
  }, [data.progressUrl]);
  const row = (label: string, value: string) => (
    <tr>
      <td style={{ padding: "4px 12px 4px 0", color: "#5b6b82", whiteSpace: "nowrap", verticalAlign: "top" }}>
        {label}
      </td>
      <td style={{ padding: "4px 0" }}>{value}</td>
    </tr>
  );
  return (
    <Modal
      open={open}
      onCancel={onClose}
      width={560}
      footer={
        <>
          <Segmented
            value={paper}
            onChange={(v) => setPaper(v === "58" ? "58" : "a4")}
            options={[
              { value: "a4", label: "A4" },
              { value: "58", label: t("receipt.thermal") },
            ]}
            data-testid="receipt-paper"
          />
          <PdfButton href={`/api/v1/cases/${data.caseNo}/documents/acceptance`} testId="receipt-pdf" />
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t("intake.print")}
          </Button>
        </>
      }
    >
      <div
        className={paper === "58" ? "print-area print-58" : "print-area"}
        data-testid="receipt"
        style={{ fontSize: 15 }}
      >
        <h2 style={{ textAlign: "center", letterSpacing: 4, marginBottom: 4 }}>{t("receipt.title")}</h2>
        <div style={{ textAlign: "center", color: "#5b6b82", marginBottom: 16 }}>
          {t("app.district")} · {data.receipt.siteName}
        </div>
        <table style={{ width: "100%" }}>
          <tbody>
            {row(t("intake.caseNo"), data.caseNo)}
            {row(t("receipt.item"), data.receipt.itemName)}
            {row(t("receipt.applicant"), data.applicantName)}
            {row(t("receipt.acceptedAt"), data.receipt.acceptedAt.slice(0, 16).replace("T", " "))}
            {row(t("intake.deadline"), data.deadlineDate)}
            {data.receipt.missing.length > 0 &&
              row(
                t("receipt.promised"),
                data.receipt.missing.map((m) => `${m.name}（${m.dueDate} 前）`).join("；"),
              )}
          </tbody>
        </table>
        <div style={{ display: "flex", alignItems: "center", gap: 16, marginTop: 16 }}>
          {qr && <img src={qr} alt={t("receipt.qrAlt")} width={120} height={120} data-testid="receipt-qr" />}
          <div style={{ color: "#5b6b82" }}>
            {t("receipt.scan")}
            <div style={{ fontSize: 11, wordBreak: "break-all", marginTop: 4 }} data-testid="receipt-url">
              {data.progressUrl}
            </div>
          </div>
        </div>
      </div>
    </Modal>
  );
}
