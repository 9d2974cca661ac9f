import { RollbackOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Input, Row, Space, Statistic, Table, Tabs, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { EChart } from "../../ui/EChart.js";
import { useLoad } from "../../ui/useLoad.js";
import { useSession } from "../session.js";
import { ExportButton, num, pct, query } from "./DashboardParts.js";
import { QueueTab, StaffingTab, WorkloadTab } from "./DashboardTabs.js";
import { chinaDate } from "@onewindow/shared";

type CaseDashboard = Answer<"/api/v1/analytics/cases">;
/** The figures every row of the case statistics carries (totals, each office, item, category, period). */
type Figures = Omit<CaseDashboard["totals"], "open" | "overdue">;

function useFigureColumns<T extends Figures>(): ColumnsType<T> {
  const { t } = useTranslation();
  return [
    {
      title: t("dashboard.received"),
      dataIndex: "received",
      align: "right",
      sorter: (a, b) => a.received - b.received,
    },
    { title: t("dashboard.completed"), dataIndex: "completed", align: "right" },
    { title: t("dashboard.onTimeRate"), dataIndex: "onTimeRate", align: "right", render: pct },
    { title: t("dashboard.meanDays"), dataIndex: "meanDays", align: "right", render: num },
    { title: t("dashboard.approved"), dataIndex: "approved", align: "right" },
  ];
}

function CasesTab({
  org,
  setOrg,
  topOrgs,
}: {
  org?: string;
  setOrg: (c: string) => void;
  topOrgs: string[];
}) {
  const { t } = useTranslation();
  // This year so far, by the China calendar whatever the browser's time zone.
  const today = chinaDate(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01`);
  const [to, setTo] = useState(today.slice(0, 7));
  const params = { org, from, to };
  const d = useLoad(() => api<CaseDashboard>(`/analytics/cases?${query(params)}`), [org, from, to]);
  const figureColumns = useFigureColumns<CaseDashboard["children"][number]>();
  const itemColumns = useFigureColumns<CaseDashboard["byItem"][number]>();
  const data = d.data;
  const byName = useMemo(() => new Map(data?.children.map((c) => [c.orgName, c.orgCode])), [data]);
  const barOption = useMemo(
    () =>
      data && {
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 36, bottom: 72 },
        xAxis: {
          type: "category",
          data: data.children.map((c) => c.orgName),
          axisLabel: { rotate: 30, interval: 0, fontSize: 11 },
        },
        yAxis: { type: "value" },
        series: [
          { name: t("dashboard.received"), type: "bar", data: data.children.map((c) => c.received) },
          { name: t("dashboard.completed"), type: "bar", data: data.children.map((c) => c.completed) },
          {
            name: t("dashboard.overdue"),
            type: "bar",
            data: data.children.map((c) => c.overdue),
            color: "#d4380d",
          },
        ],
      },
    [data, t],
  );
  const trendOption = useMemo(
    () =>
      data && {
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 36, bottom: 32 },
        xAxis: { type: "category", data: data.trend.map((p) => p.period) },
        yAxis: { type: "value" },
        series: [
          {
            name: t("dashboard.received"),
            type: "line",
            showSymbol: false,
            data: data.trend.map((p) => p.received),
          },
          {
            name: t("dashboard.completed"),
            type: "line",
            showSymbol: false,
            data: data.trend.map((p) => p.completed),
          },
        ],
      },
    [data, t],
  );
  const pieOption = useMemo(
    () =>
      data && {
        tooltip: { trigger: "item" },
        series: [
          {
            type: "pie",
            radius: ["35%", "70%"],
            data: data.byCategory.map((c) => ({ name: c.categoryName, value: c.received })),
            label: { fontSize: 11 },
          },
        ],
      },
    [data],
  );
  const canGoUp = data?.org.parentCode && !topOrgs.includes(data.org.code);
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="scope-name">
          {data?.org.name ?? "…"}
        </Typography.Title>
        {canGoUp && (
          <Button
            icon={<RollbackOutlined />}
            onClick={() => setOrg(data.org.parentCode!)}
            data-testid="drill-up"
          >
            {t("dashboard.up")}
          </Button>
        )}
        <span>{t("dashboard.period")}</span>
        <Input
          type="month"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          style={{ width: 150 }}
          aria-label="from"
        />
        <span>—</span>
        <Input
          type="month"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          style={{ width: 150 }}
          aria-label="to"
        />
        <ExportButton params={{ view: "cases", org: data?.org.code, from, to }} />
      </Space>
      {d.error && <Alert type="error" title={d.error.message} />}
      {data && (
        <>
          <Row gutter={[12, 12]} data-testid="totals">
            {(
              [
                ["received", data.totals.received],
                ["accepted", data.totals.accepted],
                ["completed", data.totals.completed],
                ["onTimeRate", pct(data.totals.onTimeRate)],
                ["meanDays", num(data.totals.meanDays)],
                ["open", data.totals.open],
                ["overdue", data.totals.overdue],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={6} xl={3}>
                <Card size="small">
                  <Statistic
                    title={t(`dashboard.${key}`)}
                    value={value}
                    valueStyle={
                      key === "overdue" && data.totals.overdue > 0 ? { color: "#d4380d" } : undefined
                    }
                  />
                </Card>
              </Col>
            ))}
          </Row>
          {data.children.length > 0 && (
            <Card size="small" title={t("dashboard.children")} extra={t("dashboard.childrenHelp")}>
              {barOption && (
                <EChart
                  option={barOption}
                  testId="children-chart"
                  onClick={(name) => {
                    const code = byName.get(name);
                    if (code) setOrg(code);
                  }}
                />
              )}
              <Table
                rowKey="orgCode"
                size="small"
                pagination={false}
                dataSource={data.children}
                data-testid="children-table"
                columns={[
                  {
                    title: t("dashboard.org"),
                    dataIndex: "orgName",
                    render: (name: string, r) => (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setOrg(r.orgCode)}
                        style={{ padding: 0 }}
                      >
                        {name}
                      </Button>
                    ),
                  },
                  ...figureColumns,
                  { title: t("dashboard.open"), dataIndex: "open", align: "right" },
                  {
                    title: t("dashboard.overdue"),
                    dataIndex: "overdue",
                    align: "right",
                    render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
                  },
                ]}
              />
            </Card>
          )}
          <Row gutter={12}>
            <Col xs={24} xl={16}>
              <Card
                size="small"
                title={t(data.trendBy === "day" ? "dashboard.trend" : "dashboard.trendMonthly")}
              >
                {trendOption && <EChart option={trendOption} height={260} testId="trend-chart" />}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={t("dashboard.byCategory")}>
                {pieOption && <EChart option={pieOption} height={260} />}
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t("dashboard.byItem")}>
            <Table
              rowKey="itemCode"
              size="small"
              dataSource={data.byItem}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              locale={{ emptyText: t("dashboard.noData") }}
              columns={[
                { title: t("dashboard.item"), dataIndex: "itemName", ellipsis: true },
                ...itemColumns,
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const org = params.get("org") ?? undefined;
  const tab = params.get("tab") ?? "cases";
  const set = (patch: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...patch });
  const topOrgs = (user?.roles ?? [])
    .filter((r) => r.role === "supervisor" || r.role === "admin")
    .map((r) => r.orgCode);
  return (
    <Card title={t("dashboard.title")}>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        items={[
          {
            key: "cases",
            label: t("dashboard.cases"),
            children: <CasesTab org={org} setOrg={(c) => set({ org: c })} topOrgs={topOrgs} />,
          },
          { key: "workload", label: t("dashboard.workload"), children: <WorkloadTab org={org} /> },
          { key: "queue", label: t("dashboard.queue"), children: <QueueTab org={org} /> },
          {
            key: "staffing",
            label: t("dashboard.staffing"),
            children: <StaffingTab />,
          },
        ]}
      />
    </Card>
  );
}
