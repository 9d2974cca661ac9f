import { Alert, Card, Col, Input, InputNumber, Row, Space, Table } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { EChart } from "../../ui/EChart.js";
import { OrgTreeSelect } from "../../ui/OrgTreeSelect.js";
import { useLoad } from "../../ui/useLoad.js";
import { ExportButton, num, pct, query } from "./DashboardParts.js";
import { chinaDate } from "@onewindow/shared";

type Workload = Answer<"/api/v1/analytics/workload">;

export function WorkloadTab({ org }: { org?: string }) {
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

type QueueSites = Answer<"/api/v1/analytics/queue">;

export function QueueTab({ org }: { org?: string }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(chinaDate(new Date()));
  const d = useLoad(() => api<QueueSites>(`/analytics/queue?${query({ org, date })}`), [org, date]);
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

type Staffing = Answer<"/api/v1/analytics/staffing">;

export function StaffingTab() {
  const { t } = useTranslation();
  const [site, setSite] = useState<string>();
  const [weeks, setWeeks] = useState(4);
  const [share, setShare] = useState(80);
  const [wait, setWait] = useState(15);
  const q = { site: site ?? "", weeks: String(weeks), share: String(share / 100), wait: String(wait) };
  const d = useLoad(
    () => (site ? api<Staffing>(`/analytics/staffing?${query(q)}`) : Promise.resolve(undefined)),
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
