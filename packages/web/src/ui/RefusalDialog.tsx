import { PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../api/contract.js";
import { PdfButton } from "./PdfButton.js";
import { errorText } from "./errors.js";
import { usePost } from "./usePost.js";

type Notice = Answer<"/api/v1/cases/refusals", "post">;

/** 不予受理: the clerk states the reason; the resident gets a dated written notice. */
export function RefusalDialog(props: {
  open: boolean;
  onClose: () => void;
  itemCode: string;
  applicant: { idNumber: string; name: string; phone?: string };
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const post = usePost();

  async function refuse() {
    setBusy(true);
    setError(undefined);
    const body = { itemCode: props.itemCode, applicant: props.applicant, reason: reason.trim() };
    try {
      setNotice(await post<Notice>("/cases/refusals", body));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setNotice(undefined);
    setReason("");
    props.onClose();
  };

  return (
    <Modal
      open={props.open}
      title={notice ? undefined : t("refusal.title")}
      onCancel={close}
      footer={
        notice ? (
          <>
            <PdfButton href={`/api/v1/cases/${notice.caseNo}/documents/refusal`} />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t("intake.print")}
            </Button>
          </>
        ) : (
          <Button
            danger
            type="primary"
            loading={busy}
            disabled={reason.trim().length < 2}
            onClick={() => void refuse()}
          >
            {t("refusal.confirm")}
          </Button>
        )
      }
    >
      {notice ? (
        <div className="print-area" data-testid="refusal-notice" style={{ fontSize: 15 }}>
          <h3 style={{ textAlign: "center", letterSpacing: 4 }}>{t("refusal.noticeTitle")}</h3>
          <p>{props.applicant.name}：</p>
          <p>
            {t("refusal.noticeBody", {
              item: notice.notice.itemName,
              reason: notice.notice.reason.replace(/[。.]$/, ""),
            })}
          </p>
          <p style={{ color: "#5b6b82" }}>{t("refusal.rights")}</p>
          <p style={{ textAlign: "right" }}>
            {notice.notice.siteName}
            <br />
            {notice.notice.refusedAt.slice(0, 10)} · {notice.caseNo}
          </p>
        </div>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t("refusal.help")}</Typography.Paragraph>
          <Input.TextArea
            rows={4}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t("refusal.reason")}
            data-testid="refusal-reason"
          />
          {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
        </>
      )}
    </Modal>
  );
}
