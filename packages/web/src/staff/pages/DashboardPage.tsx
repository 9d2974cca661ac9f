import { DownloadOutlined, RollbackOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  Input,
  InputNumber,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import { EChart } from "../../ui/EChart.js";
import { OrgTreeSelect } from "../../ui/OrgTreeSelect.js";
import { useLoad } from "../../ui/useLoad.js";
import { useSession } from "../session.js";

type Figures = {
  received: number;
  accepted: number;
  completed: number;
  onTime: number;
  approved: number;
  onTimeRate: number | null;
  meanDays: number | null;
};
type CaseDashboard = {
  org: { code: string; name: string; kind: string; parentCode: string | null };
  period: { from: string; to: string };
  totals: Figures & { open: number; overdue: number };
  children: (Figures & { orgCode: string; orgName: string; open: number; overdue: number })[];
  byItem: (Figures & { itemCode: string; itemName: string })[];
  byCategory: (Figures & { categoryCode: string; categoryName: string })[];
  trendBy: "day" | "month";
  trend: (Figures & { period: string })[];
};

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? "—" : x);

function exportHref(params: Record<string, string | undefined>) {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return `/api/v1/analytics/export.xlsx?${q.toString()}`;
}

function ExportButton({ params }: { params: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <Button icon={<DownloadOutlined />} href={exportHref(params)} data-testid="export">
      {t("dashboard.export")}
    </Button>
  );
}

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
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`${year}-01`);
  const [to, setTo] = useState(new Date().toISOString().slice(0, 7));
  const params = { org, from, to };
  const d = useLoad(
    () =>
      api<CaseDashboard>(
        `/analytics/cases?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`,
      ),
    [org, from, to],
  );
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

type Workload = {
  org: { name: string };
  offices: { orgCode: string; orgName: string; openTasks: number; overdueTasks: number }[];
  people: { staffId: string; name: string; orgName: string; tasksDone: number; casesAccepted: number }[];
};

function WorkloadTab({ org }: { org?: string }) {
  const { t } = useTranslation();
  const d = useLoad(() => api<Workload>(`/analytics/workload${org ? `?org=${org}` : ""}`), [org]);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <ExportButton params={{ view: "workload", org }} />
      {d.error && <Alert type="error" title={d.error.message} />}
      <Row gutter={12}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("dashboard.officesOpen")}>
            <Table
              rowKey="orgCode"
              size="small"
              loading={d.loading}
              dataSource={d.data?.offices ?? []}
              data-testid="offices-table"
              columns={[
                { title: t("dashboard.org"), dataIndex: "orgName" },
                { title: t("dashboard.openTasks"), dataIndex: "openTasks", align: "right" },
                { title: t("dashboard.overdueTasks"), dataIndex: "overdueTasks", align: "right" },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("dashboard.peopleToday")}>
            <Table
              rowKey="staffId"
              size="small"
              loading={d.loading}
              dataSource={d.data?.people ?? []}
              columns={[
                { title: t("dashboard.name"), dataIndex: "name" },
                { title: t("dashboard.org"), dataIndex: "orgName" },
                { title: t("dashboard.tasksDone"), dataIndex: "tasksDone", align: "right" },
                { title: t("dashboard.casesAccepted"), dataIndex: "casesAccepted", align: "right" },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

type QueueSites = {
  sites: {
    siteCode: string;
    siteName: string;
    tickets: number;
    served: number;
    noShows: number;
    avgWaitMinutes: number | null;
    p90WaitMinutes: number | null;
    avgServiceMinutes: number | null;
    withinTargetShare: number | null;
  }[];
};

function QueueTab({ org }: { org?: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const d = useLoad(
    () =>
      api<QueueSites>(`/analytics/queue?${new URLSearchParams({ ...(org && { org }), date }).toString()}`),
    [org, date],
  );
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space>
        <span>{t("dashboard.date")}</span>
        <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 170 }} />
        <ExportButton params={{ view: "queue", org, date }} />
      </Space>
      {d.error && <Alert type="error" title={d.error.message} />}
      <Table
        rowKey="siteCode"
        size="small"
        loading={d.loading}
        dataSource={d.data?.sites ?? []}
        locale={{ emptyText: t("dashboard.noData") }}
        columns={[
          { title: t("dashboard.site"), dataIndex: "siteName" },
          { title: t("dashboard.tickets"), dataIndex: "tickets", align: "right" },
          { title: t("dashboard.served"), dataIndex: "served", align: "right" },
          { title: t("dashboard.noShows"), dataIndex: "noShows", align: "right" },
          { title: t("dashboard.avgWait"), dataIndex: "avgWaitMinutes", align: "right", render: num },
          { title: t("dashboard.p90Wait"), dataIndex: "p90WaitMinutes", align: "right", render: num },
          { title: t("dashboard.avgService"), dataIndex: "avgServiceMinutes", align: "right", render: num },
          { title: t("dashboard.withinTarget"), dataIndex: "withinTargetShare", align: "right", render: pct },
        ]}
      />
    </Space>
  );
}

type Staffing = {
  siteName: string;
  inputs: {
    from: string;
    to: string;
    workingDays: number;
    tickets: number;
    meanServiceMinutes: number;
    target: { share: number; waitMinutes: number };
    countersInHall: number;
  };
  hours: {
    hour: number;
    arrivalsPerHour: number;
    load: number;
    counters: number;
    serviceLevel: number;
    meanWaitMinutes: number;
  }[];
};

function StaffingTab() {
  const { t } = useTranslation();
  const [site, setSite] = useState<string>();
  const [weeks, setWeeks] = useState(4);
  const [share, setShare] = useState(80);
  const [wait, setWait] = useState(15);
  const q = { site: site ?? "", weeks: String(weeks), share: String(share / 100), wait: String(wait) };
  const d = useLoad(
    () =>
      site
        ? api<Staffing>(`/analytics/staffing?${new URLSearchParams(q).toString()}`)
        : Promise.resolve(undefined),
    [site, weeks, share, wait],
  );
  const s = d.data;
  const option = useMemo(
    () =>
      s && {
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 48, right: 48, top: 36, bottom: 32 },
        xAxis: { type: "category", data: s.hours.map((h) => `${h.hour}:00`) },
        yAxis: [
          { type: "value", name: t("dashboard.arrivals") },
          { type: "value", name: t("dashboard.countersNeeded"), minInterval: 1 },
        ],
        series: [
          { name: t("dashboard.arrivals"), type: "bar", data: s.hours.map((h) => h.arrivalsPerHour) },
          {
            name: t("dashboard.countersNeeded"),
            type: "line",
            step: "middle",
            yAxisIndex: 1,
            data: s.hours.map((h) => h.counters),
          },
        ],
      },
    [s, t],
  );
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        <span style={{ minWidth: 260, display: "inline-block" }}>
          <OrgTreeSelect value={site} onChange={setSite} placeholder={t("dashboard.pickSite")} hallsOnly />
        </span>
        <span>{t("dashboard.weeks")}</span>
        <InputNumber min={1} max={26} value={weeks} onChange={(v) => v && setWeeks(v)} />
        <span>{t("dashboard.targetShare")}</span>
        <InputNumber min={50} max={99} value={share} onChange={(v) => v && setShare(v)} suffix="%" />
        <span>{t("dashboard.targetWait")}</span>
        <InputNumber min={1} max={99} value={wait} onChange={(v) => v && setWait(v)} />
        {site && <ExportButton params={{ view: "staffing", ...q }} />}
      </Space>
      {d.error && <Alert type="error" title={d.error.message} />}
      {s && (
        <>
          <Alert
            type="info"
            showIcon
            data-testid="staffing-inputs"
            title={t("dashboard.staffingInputs", {
              from: s.inputs.from,
              to: s.inputs.to,
              days: s.inputs.workingDays,
              tickets: s.inputs.tickets,
              service: s.inputs.meanServiceMinutes,
              share: `${Math.round(s.inputs.target.share * 100)}%`,
              wait: s.inputs.target.waitMinutes,
              counters: s.inputs.countersInHall,
            })}
            description={t("dashboard.staffingHow")}
          />
          {s.hours.length === 0 ? (
            <Alert type="warning" title={t("dashboard.noStaffingData")} />
          ) : (
            <>
              {option && <EChart option={option} height={260} />}
              <Table
                rowKey="hour"
                size="small"
                pagination={false}
                dataSource={s.hours}
                data-testid="staffing-table"
                columns={[
                  {
                    title: t("dashboard.hour"),
                    dataIndex: "hour",
                    render: (h: number) => `${h}:00–${h + 1}:00`,
                  },
                  { title: t("dashboard.arrivals"), dataIndex: "arrivalsPerHour", align: "right" },
                  { title: t("dashboard.load"), dataIndex: "load", align: "right" },
                  { title: t("dashboard.countersNeeded"), dataIndex: "counters", align: "right" },
                  {
                    title: t("dashboard.predictedLevel"),
                    dataIndex: "serviceLevel",
                    align: "right",
                    render: pct,
                  },
                  { title: t("dashboard.predictedWait"), dataIndex: "meanWaitMinutes", align: "right" },
                ]}
              />
            </>
          )}
        </>
      )}
    </Space>
  );
}

/** 智能分析: case figures with drill-down, live workload, queue KPIs and staffing advice. */
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
