import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import { useLoad } from "../../ui/useLoad.js";

type Flag = {
  kind: string;
  kindText: string;
  caseNo: string;
  taskName: string;
  orgName: string;
  staffName: string | null;
  detail: string;
  raisedAt: string;
};

export function FlagsTab() {
  const { t } = useTranslation();
  const list = useLoad(() => api<{ items: Flag[] }>("/supervision/flags"), []);
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

export type Order = {
  id: string;
  caseNo: string;
  itemName: string;
  orgName: string;
  message: string;
  answerDue: string;
  sentBy: string;
  sentAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  answeredAt: string | null;
  answer: string | null;
  overdue: boolean;
};

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

type NewOrder = { caseNo: string; orgCode: string; message: string; answerWithinWorkingDays: number };

export function OrdersTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useLoad(() => api<{ items: Order[] }>("/supervision/orders?box=sent"), []);
  const [form] = Form.useForm<NewOrder>();
  const [error, setError] = useState<string>();
  const send = async (v: NewOrder) => {
    setError(undefined);
    try {
      await api("/supervision/orders", {
        method: "POST",
        body: v,
        headers: { "idempotency-key": crypto.randomUUID() },
      });
      void message.success(t("oversight.sent"));
      form.resetFields();
      list.reload();
    } catch (e) {
      setError((e as Error).message);
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

export type Rating = {
  id: string;
  level: number;
  levelText: string;
  comment: string | null;
  subject: string;
  date: string;
  orgName: string;
  caseNo?: string | null;
  ticketNumber?: string | null;
  evaluator?: { name: string | null; phone: string | null };
  appeal: { status: string; reason: string | null; note: string | null };
  rectification: {
    id: string;
    dueDate: string;
    status: string;
    result: string | null;
    callbackDone: boolean;
  } | null;
};

export function LevelTag({ r }: { r: Rating }) {
  return (
    <Tag
      color={r.level <= 2 ? "red" : r.level === 3 ? "default" : "green"}
    >{`${r.level} ${r.levelText}`}</Tag>
  );
}

function CallbackDialog({ r, onDone }: { r: Rating; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState<string>();
  const [form] = Form.useForm<{ reached: boolean; note: string }>();
  const save = async (v: { reached: boolean; note: string }) => {
    await api(`/rectifications/${r.rectification!.id}/callback`, {
      method: "POST",
      body: { reached: Boolean(v.reached), note: v.note },
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    setOpen(false);
    onDone();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t("oversight.callback")}
      </Button>
      <Modal
        open={open}
        title={t("oversight.callback")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <Space direction="vertical" style={{ width: "100%" }}>
          <span>
            {r.evaluator?.name} {phone ?? r.evaluator?.phone}{" "}
            <Button
              size="small"
              type="link"
              onClick={() =>
                void api<{ phone: string | null }>(`/evaluations/${r.id}/contact`).then((c) =>
                  setPhone(c.phone ?? "—"),
                )
              }
            >
              {t("oversight.showPhone")}
            </Button>
          </span>
          <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
            <Form.Item name="reached" valuePropName="checked">
              <Checkbox>{t("oversight.reached")}</Checkbox>
            </Form.Item>
            <Form.Item name="note" label={t("oversight.note")} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        </Space>
      </Modal>
    </>
  );
}

function DecideDialog({ r, onDone }: { r: Rating; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ upheld: boolean; note: string }>();
  const save = async (v: { upheld: boolean; note: string }) => {
    await api(`/evaluations/${r.id}/appeal-decision`, {
      method: "POST",
      body: v,
      headers: { "idempotency-key": crypto.randomUUID() },
    });
    setOpen(false);
    onDone();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t("oversight.decide")}
      </Button>
      <Modal
        open={open}
        title={t("oversight.decide")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <Typography.Paragraph>{r.appeal.reason}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ upheld: false }}>
          <Form.Item name="upheld">
            <Radio.Group
              options={[
                { value: true, label: t("oversight.upheld") },
                { value: false, label: t("oversight.dismissed") },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={t("oversight.decisionNote")} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function RatingsTab() {
  const { t } = useTranslation();
  const list = useLoad(() => api<{ items: Rating[] }>("/evaluations?box=supervision&bad=true"), []);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary">{t("oversight.ratingsHelp")}</Typography.Paragraph>
      {list.error && <Alert type="error" title={list.error.message} />}
      <Table<Rating>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="ratings-table"
        columns={[
          { title: t("oversight.level"), render: (_, r) => <LevelTag r={r} /> },
          { title: t("oversight.subject"), dataIndex: "subject" },
          { title: t("oversight.comment"), dataIndex: "comment", ellipsis: true },
          { title: t("tasks.case"), render: (_, r) => r.caseNo ?? r.ticketNumber ?? "—" },
          { title: t("supervision.office"), dataIndex: "orgName" },
          { title: t("oversight.evaluator"), render: (_, r) => r.evaluator?.name ?? "—" },
          { title: t("oversight.due"), render: (_, r) => r.rectification?.dueDate ?? "—" },
          {
            title: t("oversight.rectification"),
            render: (_, r) => (r.rectification ? t(`oversight.statuses.${r.rectification.status}`) : "—"),
          },
          { title: t("oversight.appeal"), render: (_, r) => t(`oversight.statuses.${r.appeal.status}`) },
          {
            title: "",
            render: (_, r) => (
              <Space>
                {r.rectification?.status === "open" && !r.rectification.callbackDone && (
                  <CallbackDialog r={r} onDone={list.reload} />
                )}
                {r.appeal.status === "pending" && <DecideDialog r={r} onDone={list.reload} />}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

type Review = {
  quarter: string;
  offices: {
    orgCode: string;
    orgName: string;
    completed: number;
    onTimeRate: number | null;
    meanHandlingDays: number | null;
    yellowCards: number;
    redCards: number;
    ratings: number;
    meanRating: number | null;
    grade: string;
    gradeText: string;
    reasons: string[];
  }[];
};

const GRADE_COLOR: Record<string, string> = { excellent: "green", good: "blue", pass: "gold", fail: "red" };

function currentQuarter() {
  const now = new Date();
  return `${now.getFullYear()}Q${Math.floor(now.getMonth() / 3) + 1}`;
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
