import { Button, Form, Input, Modal, Radio, Tag, Typography } from "antd";
import { chinaDate } from "@onewindow/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer } from "../api/contract.js";
import { useFormSubmit } from "./useFormSubmit.js";
import { usePost } from "./usePost.js";

type DeliverForm = {
  method: "window" | "post" | "electronic";
  who: "self" | "agent";
  agentName?: string;
  note?: string;
};

/**
 * 结果送达 at the window: the applicant (or an agent) collects the result, or it goes by post
 * or electronically; recorded once, on the timeline, with a 送达回执 to sign.
 */
export function DeliverResult({ caseNo, due, onDone }: { caseNo: string; due: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DeliverForm>();
  const method = Form.useWatch("method", form);
  const who = Form.useWatch("who", form);
  const { busy, submit } = useFormSubmit(form);
  const post = usePost();
  const deliver = (v: DeliverForm) =>
    submit(async () => {
      await post(`/cases/${caseNo}/deliver`, {
        method: v.method,
        ...(v.method === "window" && v.who === "agent" ? { agentName: v.agentName?.trim() } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      setOpen(false);
      form.resetFields();
      onDone();
    });
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="deliver-open">
        {t("deliver.button")}
      </Button>
      <Modal
        open={open}
        title={t("deliver.title", { caseNo })}
        okText={t("deliver.confirm")}
        okButtonProps={{ loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph type="secondary">{t("deliver.due", { date: due })}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void deliver(v)}
          initialValues={{ method: "window", who: "self" }}
        >
          <Form.Item name="method" label={t("deliver.method")}>
            <Radio.Group
              optionType="button"
              options={(["window", "post", "electronic"] as const).map((m) => ({
                value: m,
                label: t(`deliver.methods.${m}`),
              }))}
            />
          </Form.Item>
          {method === "window" && (
            <Form.Item name="who" label={t("deliver.who")}>
              <Radio.Group
                options={[
                  { value: "self", label: t("deliver.self") },
                  { value: "agent", label: t("deliver.agent") },
                ]}
              />
            </Form.Item>
          )}
          {method === "window" && who === "agent" && (
            <Form.Item
              name="agentName"
              label={t("deliver.agentName")}
              extra={t("deliver.agentHelp")}
              rules={[{ required: true, whitespace: true, message: t("deliver.agentRule") }]}
            >
              <Input maxLength={30} data-testid="deliver-agent" />
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={t(method === "post" ? "deliver.tracking" : "deliver.note")}
            rules={
              method === "post"
                ? [{ required: true, whitespace: true, message: t("deliver.trackingRule") }]
                : []
            }
          >
            <Input maxLength={100} data-testid="deliver-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export type CaseDelivery = NonNullable<Answer<"/api/v1/cases/{caseNo}">["delivery"]>;

/** How and when the result reached the applicant, or by when it must (red once late). */
export function DeliveryStatus({ delivery }: { delivery: CaseDelivery }) {
  const { t } = useTranslation();
  if (!delivery.deliveredAt) {
    const late = chinaDate(new Date()) > delivery.due;
    return (
      <Tag color={late ? "red" : "gold"} data-testid="case-delivery">
        {t(late ? "deliver.overdue" : "deliver.pending", { date: delivery.due })}
      </Tag>
    );
  }
  const done = t("deliver.done", {
    method: delivery.methodText,
    at: delivery.deliveredAt.slice(0, 16).replace("T", " "),
  });
  const agent = delivery.agentName ? t("deliver.byAgent", { name: delivery.agentName }) : "";
  return (
    <span data-testid="case-delivery">{`${done}${agent}${delivery.note ? `；${delivery.note}` : ""}`}</span>
  );
}
