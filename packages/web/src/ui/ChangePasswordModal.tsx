import { App, Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { useFormSubmit } from "./useFormSubmit.js";

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Lets the signed-in user change their own password (等保: periodic rotation). */
export function ChangePasswordModal({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, submit } = useFormSubmit(form);

  async function save({ currentPassword, newPassword }: Values) {
    await submit(async () => {
      await api("/auth/password", { method: "POST", body: { currentPassword, newPassword } });
      void message.success(t("password.done"));
      form.resetFields();
      onClose(true);
    });
  }

  return (
    <Modal
      title={t("password.change")}
      open={open}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={t("admin.save")}
      cancelText={t("admin.cancel")}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item
          name="currentPassword"
          label={t("password.current")}
          rules={[{ required: true, message: t("admin.required", { field: t("password.current") }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t("password.next")}
          extra={t("admin.passwordHelp")}
          rules={[{ required: true, message: t("admin.required", { field: t("password.next") }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("password.confirm")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("admin.required", { field: t("password.confirm") }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("password.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
