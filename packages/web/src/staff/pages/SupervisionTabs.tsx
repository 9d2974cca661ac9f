import { Alert, App, Button, Form, Input, InputNumber, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer, ItemOf, RequestBody } from "../../api/contract.js";
import { useLoad } from "../../ui/useLoad.js";
import { errorText } from "../../ui/errors.js";
import { usePost } from "../../ui/usePost.js";
import { chinaDate } from "@onewindow/shared";

type Flags = Answer<"/api/v1/supervision/flags">;
type Flag = ItemOf<Flags["items"]>;

export function FlagsTab() {
  const { t } = useTranslation();
  const list = useLoad(() => api<Flags>("/supervision/flags"), []);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary">{t("oversight.flagsHelp")}</Typography.Paragraph>
      {list.error && <Alert type="error" title={list.error.message} />}
      <Table<Flag>
        rowKey={(r) => `${r.caseNo}-${r.taskName}-${r.kind}`}
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="flags-table"
        columns={[
          {
            title: t("oversight.kind"),
            dataIndex: "kindText",
            render: (k: string) => <Tag color="volcano">{k}</Tag>,
          },
          {
            title: t("tasks.case"),
            dataIndex: "caseNo",
            render: (no: string) => <Link to={`/cases/${no}`}>{no}</Link>,
          },
          { title: t("tasks.step"), dataIndex: "taskName" },
          { title: t("supervision.office"), dataIndex: "orgName" },
          { title: t("oversight.staff"), dataIndex: "staffName", render: (n: string | null) => n ?? "—" },
          { title: t("oversight.detail"), dataIndex: "detail" },
        ]}
      />
    </Space>
  );
}

export type Orders = Answer<"/api/v1/supervision/orders">;
export type Order = ItemOf<Orders["items"]>;

/** Where an order stands, in words and colour (never colour alone). */
export function OrderStatus({ o }: { o: Order }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {o.answeredAt ? (
        <Tag color="green">{t("oversight.answered")}</Tag>
      ) : o.acknowledgedAt ? (
        <Tag color="blue">{t("oversight.read")}</Tag>
      ) : (
        <Tag>{t("oversight.unread")}</Tag>
      )}
      {o.overdue && <Tag color="red">{t("oversight.overdue")}</Tag>}
    </Space>
  );
}

type NewOrder = RequestBody<"/api/v1/supervision/orders">;

export function OrdersTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useLoad(() => api<Orders>("/supervision/orders?box=sent"), []);
  const [form] = Form.useForm<NewOrder>();
  const [error, setError] = useState<string>();
  const post = usePost();
  const send = async (v: NewOrder) => {
    setError(undefined);
    try {
      await post("/supervision/orders", v);
      void message.success(t("oversight.sent"));
      form.resetFields();
      list.reload();
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Form<NewOrder>
        form={form}
        layout="inline"
        onFinish={(v) => void send(v)}
        initialValues={{ answerWithinWorkingDays: 3 }}
      >
        <Form.Item name="caseNo" label={t("oversight.caseNo")} rules={[{ required: true }]}>
          <Input style={{ width: 190 }} data-testid="order-case" />
        </Form.Item>
        <Form.Item name="orgCode" label={t("oversight.orgCode")} rules={[{ required: true }]}>
          <Input style={{ width: 150 }} placeholder="430105001001" data-testid="order-org" />
        </Form.Item>
        <Form.Item name="message" label={t("oversight.message")} rules={[{ required: true, min: 4 }]}>
          <Input style={{ width: 280 }} data-testid="order-message" />
        </Form.Item>
        <Form.Item name="answerWithinWorkingDays" label={t("oversight.answerDays")}>
          <InputNumber min={1} max={15} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="order-send">
          {t("oversight.send")}
        </Button>
      </Form>
      {error && <Alert type="error" title={error} />}
      <Table<Order>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="orders-table"
        expandable={{ expandedRowRender: (o) => o.answer ?? "—", rowExpandable: (o) => Boolean(o.answer) }}
        columns={[
          {
            title: t("tasks.case"),
            dataIndex: "caseNo",
            render: (no: string) => <Link to={`/cases/${no}`}>{no}</Link>,
          },
          { title: t("supervision.office"), dataIndex: "orgName" },
          { title: t("oversight.message"), dataIndex: "message", ellipsis: true },
          { title: t("oversight.answerDue"), dataIndex: "answerDue" },
          { title: t("oversight.status"), render: (_, o) => <OrderStatus o={o} /> },
        ]}
      />
    </Space>
  );
}

type Review = Answer<"/api/v1/supervision/review">;

const GRADE_COLOR: Record<string, string> = { excellent: "green", good: "blue", pass: "gold", fail: "red" };

function currentQuarter() {
  const today = chinaDate(new Date());
  return `${today.slice(0, 4)}Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

export function ReviewTab() {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState(currentQuarter());
  const list = useLoad(() => api<Review>(`/supervision/review?quarter=${quarter}`), [quarter]);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space>
        <span>{t("oversight.quarter")}</span>
        <Input
          defaultValue={quarter}
          onPressEnter={(e) => setQuarter(e.currentTarget.value)}
          style={{ width: 110 }}
        />
      </Space>
      {list.error && <Alert type="error" title={list.error.message} />}
      <Table
        rowKey="orgCode"
        size="small"
        loading={list.loading}
        dataSource={list.data?.offices ?? []}
        data-testid="review-table"
        expandable={{ expandedRowRender: (o) => o.reasons.map((x) => <div key={x}>{x}</div>) }}
        columns={[
          { title: t("dashboard.org"), dataIndex: "orgName" },
          {
            title: t("oversight.grade"),
            dataIndex: "gradeText",
            render: (g: string, o) => <Tag color={GRADE_COLOR[o.grade]}>{g}</Tag>,
          },
          { title: t("oversight.completedTasks"), dataIndex: "completed", align: "right" },
          {
            title: t("dashboard.onTimeRate"),
            dataIndex: "onTimeRate",
            align: "right",
            render: (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`),
          },
          {
            title: t("dashboard.meanDays"),
            dataIndex: "meanHandlingDays",
            align: "right",
            render: (x: number | null) => x ?? "—",
          },
          { title: t("oversight.yellowCards"), dataIndex: "yellowCards", align: "right" },
          { title: t("oversight.redCards"), dataIndex: "redCards", align: "right" },
          {
            title: t("oversight.meanRating"),
            dataIndex: "meanRating",
            align: "right",
            render: (x: number | null) => x ?? "—",
          },
          { title: t("oversight.reasons"), render: (_, o) => o.reasons[0] },
        ]}
      />
    </Space>
  );
}
