import { Alert, Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormSubmit } from "./useFormSubmit.js";
import { usePost } from "./usePost.js";

/**
 * 撤回申请 at the window: the applicant's written request is recorded with its reason;
 * the case's open steps are cancelled and the applicant gets an SMS.
 */
export function WithdrawCase({ caseNo, onDone }: { caseNo: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, submit } = useFormSubmit(form);
  const post = usePost();
  const withdraw = (v: { reason: string }) =>
    submit(async () => {
      await post(`/cases/${caseNo}/withdraw`, { reason: v.reason.trim() });
      setOpen(false);
      form.resetFields();
      onDone();
    });
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="withdraw-open">
        {t("withdraw.button")}
      </Button>
      <Modal
        open={open}
        title={t("withdraw.title", { caseNo })}
        okText={t("withdraw.confirm")}
        okButtonProps={{ danger: true, loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Alert type="warning" showIcon title={t("withdraw.warning")} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={(v) => void withdraw(v)}>
          <Form.Item
            name="reason"
            label={t("withdraw.reason")}
            rules={[{ required: true, whitespace: true, min: 4, message: t("withdraw.reasonRule") }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">{t("withdraw.help")}</Typography.Text>
      </Modal>
    </>
  );
}
