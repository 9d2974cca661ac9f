import { FilePdfOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Opens an official notice as PDF (the archived, dated document with its font
 * embedded) in a new tab. GET links open directly; a POSTed notice is fetched
 * with the session cookie and opened as a blob.
 */
export function PdfButton({
  href,
  post,
  label,
  testId,
}: {
  href: string;
  post?: unknown;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (post === undefined)
    return (
      <Button icon={<FilePdfOutlined />} href={href} target="_blank" data-testid={testId}>
        {label ?? t("documents.pdf")}
      </Button>
    );
  const open = async () => {
    setBusy(true);
    try {
      const res = await fetch(href, {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", "x-onewindow-csrf": "1" },
        body: JSON.stringify(post),
      });
      if (!res.ok) throw new Error(((await res.json()) as { error: { message: string } }).error.message);
      window.open(URL.createObjectURL(await res.blob()), "_blank");
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void open()} data-testid={testId}>
      {label ?? t("documents.pdf")}
    </Button>
  );
}
