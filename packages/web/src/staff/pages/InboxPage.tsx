import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import { useLoad } from "../../ui/useLoad.js";
import { errorText } from "../../ui/errors.js";
import { usePost } from "../../ui/usePost.js";
import { OrderStatus, type Order, type Orders } from "./SupervisionTabs.js";
import { LevelTag, type Rating, type Ratings } from "./RatingsTab.js";

/** A one-field dialog that POSTs `{[field]: text}` with an idempotency key. */
function TextDialog({
  button,
  title,
  label,
  field,
  url,
  onDone,
  testId,
}: {
  button: string;
  title: string;
  label: string;
  field: string;
  url: string;
  onDone: () => void;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [form] = Form.useForm<Record<string, string>>();
  const { t } = useTranslation();
  const post = usePost();
  const save = async (v: Record<string, string>) => {
    setError(undefined);
    const body = { [field]: v[field] };
    try {
      await post(url, body);
      setOpen(false);
      form.resetFields();
      onDone();
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={testId}>
        {button}
      </Button>
      <Modal open={open} title={title} onCancel={() => setOpen(false)} onOk={() => form.submit()}>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name={field} label={label} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={4} data-testid={testId && `${testId}-text`} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" title={error} />}
      </Modal>
    </>
  );
}

/** An office's side of supervision: 督办 orders to acknowledge and answer, ratings to rectify or appeal. */
export function InboxPage() {
  const { t } = useTranslation();
  const orders = useLoad(() => api<Orders>("/supervision/orders?box=received"), []);
  const ratings = useLoad(() => api<Ratings>("/evaluations?box=office"), []);
  const { message } = App.useApp();
  const post = usePost();
  const acknowledge = async (id: string) => {
    try {
      await post(`/supervision/orders/${id}/acknowledge`, {});
    } catch (e) {
      void message.error(errorText(e, t));
    }
    orders.reload();
  };
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card title={t("inbox.orders")}>
        <Typography.Paragraph type="secondary">{t("inbox.ordersHelp")}</Typography.Paragraph>
        {orders.error && <Alert type="error" title={orders.error.message} />}
        <Table<Order>
          rowKey="id"
          size="small"
          loading={orders.loading}
          dataSource={orders.data?.items ?? []}
          locale={{ emptyText: t("inbox.none") }}
          data-testid="inbox-orders"
          expandable={{ expandedRowRender: (o) => o.answer ?? "—", rowExpandable: (o) => Boolean(o.answer) }}
          columns={[
            {
              title: t("tasks.case"),
              dataIndex: "caseNo",
              render: (no: string) => <Link to={`/cases/${no}`}>{no}</Link>,
            },
            { title: t("oversight.message"), dataIndex: "message" },
            { title: t("oversight.answerDue"), dataIndex: "answerDue" },
            { title: t("oversight.status"), render: (_, o) => <OrderStatus o={o} /> },
            {
              title: "",
              render: (_, o) =>
                o.answeredAt ? null : (
                  <Space>
                    {!o.acknowledgedAt && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => void acknowledge(o.id)}
                        data-testid="order-ack"
                      >
                        {t("inbox.acknowledge")}
                      </Button>
                    )}
                    <TextDialog
                      button={t("inbox.answer")}
                      title={t("inbox.answer")}
                      label={t("inbox.answerText")}
                      field="answer"
                      url={`/supervision/orders/${o.id}/answer`}
                      onDone={orders.reload}
                      testId="order-answer"
                    />
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t("inbox.ratings")}>
        <Typography.Paragraph type="secondary">{t("inbox.ratingsHelp")}</Typography.Paragraph>
        {ratings.error && <Alert type="error" title={ratings.error.message} />}
        <Table<Rating>
          rowKey="id"
          size="small"
          loading={ratings.loading}
          dataSource={ratings.data?.items ?? []}
          locale={{ emptyText: t("inbox.none") }}
          data-testid="inbox-ratings"
          columns={[
            { title: t("oversight.level"), render: (_, r) => <LevelTag r={r} /> },
            { title: t("oversight.subject"), dataIndex: "subject" },
            { title: t("dashboard.date"), dataIndex: "date" },
            { title: t("supervision.office"), dataIndex: "orgName" },
            { title: t("oversight.comment"), dataIndex: "comment", ellipsis: true },
            {
              title: t("oversight.rectification"),
              render: (_, r) =>
                r.rectification ? (
                  <Space size={4}>
                    <Tag>{t(`oversight.statuses.${r.rectification.status}`)}</Tag>
                    {r.rectification.status === "open" && `${t("oversight.due")} ${r.rectification.dueDate}`}
                  </Space>
                ) : (
                  "—"
                ),
            },
            {
              title: "",
              render: (_, r) => (
                <Space>
                  {r.rectification?.status === "open" && !r.rectification.result && (
                    <TextDialog
                      button={t("inbox.writeResult")}
                      title={t("inbox.writeResult")}
                      label={t("inbox.result")}
                      field="result"
                      url={`/rectifications/${r.rectification.id}/result`}
                      onDone={ratings.reload}
                    />
                  )}
                  {r.level <= 2 && r.appeal.status === "none" && (
                    <TextDialog
                      button={t("inbox.appeal")}
                      title={t("inbox.appeal")}
                      label={t("inbox.appealReason")}
                      field="reason"
                      url={`/evaluations/${r.id}/appeal`}
                      onDone={ratings.reload}
                    />
                  )}
                  {r.appeal.status !== "none" && <Tag>{t(`oversight.statuses.${r.appeal.status}`)}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
