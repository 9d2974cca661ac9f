import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import { useLoad } from "../../ui/useLoad.js";
import { useFormSubmit } from "../../ui/useFormSubmit.js";
import { usePost } from "../../ui/usePost.js";

export type Ratings = Answer<"/api/v1/evaluations">;
export type Rating = ItemOf<Ratings["items"]>;

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
  const { busy, submit } = useFormSubmit(form);
  const post = usePost();
  const save = (v: { reached: boolean; note: string }) =>
    submit(async () => {
      const body = { reached: Boolean(v.reached), note: v.note };
      await post(`/rectifications/${r.rectification!.id}/callback`, body);
      setOpen(false);
      onDone();
    });
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
        confirmLoading={busy}
      >
        <Space direction="vertical" style={{ width: "100%" }}>
          <span>
            {r.evaluator?.name} {phone ?? r.evaluator?.phone}{" "}
            <Button
              size="small"
              type="link"
              onClick={() =>
                void api<Answer<"/api/v1/evaluations/{id}/contact">>(`/evaluations/${r.id}/contact`).then(
                  (c) => setPhone(c.phone ?? "—"),
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
  const { busy, submit } = useFormSubmit(form);
  const post = usePost();
  const save = (v: { upheld: boolean; note: string }) =>
    submit(async () => {
      await post(`/evaluations/${r.id}/appeal-decision`, v);
      setOpen(false);
      onDone();
    });
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
        confirmLoading={busy}
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

/** 差评 for supervision: each poor rating, its rectification (with the callback to the resident) and any appeal to decide. */
export function RatingsTab() {
  const { t } = useTranslation();
  const list = useLoad(() => api<Ratings>("/evaluations?box=supervision&bad=true"), []);
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
