import { Alert, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { maskName, OPEN_CASE_STATUSES } from "@onewindow/shared";
import { api } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import { errorText } from "../../ui/errors.js";
import { DueMark, STATUS_COLOR } from "../../ui/caseMarks.js";

type Page = Answer<"/api/v1/cases/search", "post">;
type CaseRow = ItemOf<Page["items"]>;

const FIELDS = ["q", "status", "acceptedFrom", "acceptedTo"] as const;
type Filters = Partial<Record<(typeof FIELDS)[number], string>>;
const OPEN = new Set<string>(OPEN_CASE_STATUSES);

/**
 * 办件查询: any case in the caller's jurisdiction by number, applicant name or ID number
 * (typed or from the card reader). The filters live in the history entry, not in the
 * address (an ID number must not end up in the browser's history list), so going back
 * from a case returns to the same results.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const filters = (location.state as { filters?: Filters } | null)?.filters ?? {};
  const setFilters = (f: Filters) => void navigate(location.pathname, { state: { filters: f } });
  const [form] = Form.useForm<Filters>();
  const [rows, setRows] = useState<CaseRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const key = JSON.stringify(filters);
  // A slow answer to an earlier search must not replace the answer to the latest one.
  const latest = useRef(0);

  const load = async (cursor?: string) => {
    const asked = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await api<Page>("/cases/search", {
        method: "POST",
        body: { ...filters, ...(cursor ? { cursor } : {}) },
      });
      if (asked !== latest.current) return;
      setRows((before) => (cursor ? [...before, ...page.items] : page.items));
      setNext(page.next);
    } catch (e) {
      if (asked !== latest.current) return;
      setError(errorText(e, t));
      if (!cursor) setRows([]);
    }
    setLoading(false);
  };

  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, filters[f]])));
    void load();
    // The history entry is the only input: a search, a reset or going back all change it.
  }, [key]);

  const search = (v: Filters) =>
    setFilters(Object.fromEntries(FIELDS.map((f) => [f, v[f]?.trim()]).filter(([, x]) => x)) as Filters);

  return (
    <Card title={t("cases.title")}>
      <Form form={form} layout="inline" onFinish={search} style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item name="q">
          <Input
            allowClear
            autoFocus
            maxLength={40}
            style={{ width: 300 }}
            placeholder={t("cases.q")}
            data-testid="cases-q"
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t("cases.anyStatus")}
            data-testid="cases-status"
            options={["open", "supplement_required", "ended", "undelivered"].map((s) => ({
              value: s,
              label: t(`cases.statuses.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="acceptedFrom" label={t("cases.acceptedFrom")}>
          <Input type="date" data-testid="cases-from" />
        </Form.Item>
        <Form.Item name="acceptedTo" label={t("cases.acceptedTo")}>
          <Input type="date" data-testid="cases-to" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="cases-search">
            {t("cases.search")}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
            }}
          >
            {t("cases.reset")}
          </Button>
        </Space>
      </Form>
      <Typography.Paragraph type="secondary">{t("cases.help")}</Typography.Paragraph>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="cases-error" />}
      <Table<CaseRow>
        rowKey="caseNo"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t("cases.none") }}
        data-testid="cases-table"
        columns={[
          {
            title: t("tasks.case"),
            dataIndex: "caseNo",
            render: (no: string) => <Link to={`/cases/${no}`}>{no}</Link>,
          },
          { title: t("tasks.item"), dataIndex: "itemName" },
          { title: t("tasks.applicant"), dataIndex: "applicantName", render: maskName },
          { title: t("cases.community"), dataIndex: "communityName" },
          {
            title: t("case.acceptedAt"),
            dataIndex: "acceptedAt",
            render: (at: string) => at.slice(0, 16).replace("T", " "),
          },
          {
            title: t("case.deadline"),
            dataIndex: "deadline",
            render: (d: string | null, c) =>
              d ? (
                <span>
                  {d.slice(0, 10)}{" "}
                  {c.paused ? <Tag>{t("cases.paused")}</Tag> : OPEN.has(c.status) && <DueMark dueAt={d} />}
                </span>
              ) : (
                "—"
              ),
          },
          {
            title: t("case.status"),
            dataIndex: "statusText",
            render: (text: string, c) => <Tag color={STATUS_COLOR[c.status] ?? "default"}>{text}</Tag>,
          },
        ]}
      />
      {next && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={() => void load(next)} loading={loading} data-testid="cases-more">
            {t("cases.more")}
          </Button>
        </div>
      )}
    </Card>
  );
}
