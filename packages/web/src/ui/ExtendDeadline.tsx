import { Alert, Button, Form, Input, InputNumber, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RequestBody } from "../api/contract.js";
import { useFormSubmit } from "./useFormSubmit.js";
import { usePost } from "./usePost.js";

type ExtendForm = RequestBody<"/api/v1/cases/{caseNo}/extend">;

/**
 * 延长办理期限 on an approver's step: with the office head's approval, the case's and its open
 * steps' deadlines move on by the working days given; the applicant is told the reason by SMS.
 */
export function ExtendDeadline({
  caseNo,
  daysLeft,
  disabled,
  onDone,
}: {
  caseNo: string;
  daysLeft: number;
  disabled: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ExtendForm>();
  const { busy, submit } = useFormSubmit(form);
  const post = usePost();
  const extend = (v: ExtendForm) =>
    submit(async () => {
      await post(`/cases/${caseNo}/extend`, { days: v.days, reason: v.reason.trim() });
      setOpen(false);
      form.resetFields();
      onDone();
    });
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={disabled || daysLeft < 1} data-testid="extend-open">
        {daysLeft < 1 ? t("extend.used") : t("extend.button", { days: daysLeft })}
      </Button>
      <Modal
        open={open}
        title={t("extend.title", { caseNo })}
        okText={t("extend.confirm")}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Alert type="info" showIcon title={t("extend.law")} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void extend(v)}
          initialValues={{ days: Math.min(daysLeft, 10) }}
        >
          <Form.Item
            name="days"
            label={t("extend.days", { days: daysLeft })}
            rules={[
              {
                required: true,
                type: "integer",
                min: 1,
                max: daysLeft,
                message: t("extend.daysRule", { days: daysLeft }),
              },
            ]}
          >
            {/* No max here: a number over the limit is answered with the rule's message, not
                silently changed to the limit. */}
            <InputNumber precision={0} addonAfter={t("extend.unit")} data-testid="extend-days" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t("extend.reason")}
            rules={[{ required: true, whitespace: true, min: 4, message: t("extend.reasonRule") }]}
          >
            <Input.TextArea rows={3} maxLength={200} data-testid="extend-reason" />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">{t("extend.help")}</Typography.Text>
      </Modal>
    </>
  );
}
