import { App, Button, Input, Select, Space } from "antd";
import { SPECIAL_PROCEDURES } from "@onewindow/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "./errors.js";
import { usePost } from "./usePost.js";

/**
 * 特别程序 on an approver's step: start one (the clock stops, the resident is
 * told), or end it with its result (deadlines move on by the days it took).
 */
export function SpecialProcedure({
  caseNo,
  paused,
  onChange,
}: {
  caseNo: string;
  paused: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<string>("expert_review");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const post = usePost();
  const send = async (path: string, body: object) => {
    setBusy(true);
    try {
      await post(`/cases/${caseNo}/${path}`, body);
      setText("");
      onChange();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return paused ? (
    <Space.Compact style={{ width: "100%" }}>
      <Input
        placeholder={t("special.result")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="special-result"
      />
      <Button
        loading={busy}
        disabled={text.trim().length < 2}
        onClick={() => void send("special-procedure/end", { result: text })}
      >
        {t("special.end")}
      </Button>
    </Space.Compact>
  ) : (
    <Space.Compact style={{ width: "100%" }}>
      <Select
        value={kind}
        onChange={setKind}
        style={{ width: 160 }}
        options={Object.entries(SPECIAL_PROCEDURES).map(([value, label]) => ({ value, label }))}
        aria-label={t("special.kind")}
      />
      <Input
        placeholder={t("special.reason")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="special-reason"
      />
      <Button
        loading={busy}
        disabled={text.trim().length < 4}
        onClick={() => void send("special-procedure", { kind, reason: text })}
      >
        {t("special.start")}
      </Button>
    </Space.Compact>
  );
}
