import { Alert, Button, Card, Form, Input, Segmented, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import { useLoad } from "../../ui/useLoad.js";
import { FlagsTab, OrdersTab, ReviewTab } from "./SupervisionTabs.js";
import { RatingsTab } from "./RatingsTab.js";

type Alerts = Answer<"/api/v1/supervision/alerts">;
type AlertRow = ItemOf<Alerts["items"]>;
type Audit = Answer<"/api/v1/audit">;
type AuditRow = ItemOf<Audit["items"]>;
type Chain = Answer<"/api/v1/audit/chain">;

const LEVEL_COLOR = { warning: "orange", yellow: "gold", red: "red" } as const;

function AlertsTab() {
  const { t } = useTranslation();
  const [level, setLevel] = useState<string>("all");
  const list = useLoad(
    () => api<Alerts>(`/supervision/alerts${level === "all" ? "" : `?level=${level}`}`),
    [level],
  );
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary">{t("supervision.alertsHelp")}</Typography.Paragraph>
      <Segmented
        value={level}
        onChange={(v) => setLevel(String(v))}
        options={[
          { value: "all", label: t("supervision.all") },
          { value: "red", label: t("supervision.levels.red") },
          { value: "yellow", label: t("supervision.levels.yellow") },
          { value: "warning", label: t("supervision.levels.warning") },
        ]}
      />
      {list.error && <Alert type="error" title={list.error.message} />}
      <Table<AlertRow>
        rowKey="taskId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t("supervision.noAlerts") }}
        data-testid="alerts-table"
        columns={[
          {
            title: t("supervision.level"),
            dataIndex: "level",
            render: (l: AlertRow["level"], r) => <Tag color={LEVEL_COLOR[l]}>{r.levelText}</Tag>,
          },
          {
            title: t("tasks.case"),
            dataIndex: "caseNo",
            render: (no: string) => <Link to={`/cases/${no}`}>{no}</Link>,
          },
          { title: t("tasks.step"), dataIndex: "taskName" },
          { title: t("supervision.office"), dataIndex: "orgName" },
          {
            title: t("oversight.responsible"),
            dataIndex: "responsible",
            render: (names: string[]) => names.join("、") || "—",
          },
          { title: t("tasks.due"), dataIndex: "dueAt", render: (d: AlertRow["dueAt"]) => d?.slice(0, 10) },
          {
            title: t("supervision.raisedAt"),
            dataIndex: "raisedAt",
            render: (d: string) => d.slice(0, 16).replace("T", " "),
          },
        ]}
      />
    </Space>
  );
}

type AuditQuery = { username?: string; target?: string; action?: string };

function AuditTab() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<AuditQuery>({});
  const chain = useLoad(() => api<Chain>("/audit/chain"), []);
  const list = useLoad(() => {
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]?.trim())),
    );
    return api<Audit>(`/audit?${params.toString()}`);
  }, [JSON.stringify(query)]);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {chain.data && (
        <Alert
          data-testid="chain-status"
          type={chain.data.ok ? "success" : "error"}
          showIcon
          title={
            chain.data.ok
              ? t("supervision.chainOk", { n: chain.data.checked, unsealed: chain.data.unsealed })
              : t("supervision.chainBroken", { seq: chain.data.broken?.seq ?? "?" })
          }
        />
      )}
      <Form<AuditQuery> layout="inline" onFinish={setQuery}>
        <Form.Item name="username" label={t("supervision.person")}>
          <Input placeholder="xc.clerk" allowClear data-testid="audit-username" />
        </Form.Item>
        <Form.Item name="target" label={t("supervision.target")}>
          <Input placeholder="KF202611250001" allowClear />
        </Form.Item>
        <Form.Item name="action" label={t("supervision.action")}>
          <Input placeholder="case." allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("supervision.search")}
        </Button>
      </Form>
      <Table<AuditRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="audit-table"
        columns={[
          {
            title: t("supervision.at"),
            dataIndex: "at",
            render: (d: string) => d.slice(0, 19).replace("T", " "),
          },
          {
            title: t("supervision.person"),
            render: (_, r) =>
              r.staffName ? `${r.staffName}（${r.username}）` : t(`supervision.actorTypes.${r.actorType}`),
          },
          { title: t("supervision.office"), dataIndex: "orgName", render: (n: string | null) => n ?? "—" },
          {
            title: t("supervision.action"),
            dataIndex: "action",
            // i18next treats dots as nesting, so look the code up in the actions map directly.
            render: (a: string) =>
              (t("supervision.actions", { returnObjects: true }) as Record<string, string>)[a] ?? a,
          },
          {
            title: t("supervision.target"),
            render: (_, r) => (r.targetId ? `${r.targetType ?? ""} ${r.targetId}` : "—"),
          },
          {
            title: t("supervision.sealed"),
            dataIndex: "sealed",
            render: (s: boolean) =>
              s ? <Tag color="green">{t("supervision.yes")}</Tag> : <Tag>{t("supervision.pending")}</Tag>,
          },
        ]}
      />
    </Space>
  );
}

/** 电子监察: the cards on open tasks, and the tamper-evident audit log. */
export function SupervisionPage() {
  const { t } = useTranslation();
  return (
    <Card title={t("supervision.title")}>
      <Tabs
        items={[
          { key: "alerts", label: t("supervision.alerts"), children: <AlertsTab /> },
          { key: "flags", label: t("oversight.flags"), children: <FlagsTab /> },
          { key: "orders", label: t("oversight.orders"), children: <OrdersTab /> },
          { key: "ratings", label: t("oversight.ratings"), children: <RatingsTab /> },
          { key: "review", label: t("oversight.review"), children: <ReviewTab /> },
          { key: "audit", label: t("supervision.audit"), children: <AuditTab /> },
        ]}
      />
    </Card>
  );
}
