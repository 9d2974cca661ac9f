import { Card, Col, Modal, Radio, Row, Select, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { QueueKpis } from "@onewindow/shared";
import { api } from "../api/client.js";
import type { Answer } from "../api/contract.js";
import { useLoad } from "./useLoad.js";

type Counter = { id: string; name: string };

/** A hall's figures for today. */
export function KpiCard({ kpis }: { kpis: QueueKpis | undefined }) {
  const { t } = useTranslation();
  if (!kpis) return null;
  const min = (v: number | null) => (v === null ? "—" : t("queue.minutes", { n: v }));
  const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
  return (
    <Card title={t("queue.kpis")} style={{ marginTop: 16 }} size="small" data-testid="queue-kpis">
      <Row gutter={[16, 16]}>
        <Col span={6}>
          <Statistic title={t("queue.kpi.tickets")} value={kpis.tickets} />
        </Col>
        <Col span={6}>
          <Statistic title={t("queue.kpi.served")} value={kpis.served} />
        </Col>
        <Col span={6}>
          <Statistic title={t("queue.kpi.avgWait")} value={min(kpis.avgWaitMinutes)} />
        </Col>
        <Col span={6}>
          <Statistic title={t("queue.kpi.p90Wait")} value={min(kpis.p90WaitMinutes)} />
        </Col>
        <Col span={6}>
          <Statistic title={t("queue.kpi.avgService")} value={min(kpis.avgServiceMinutes)} />
        </Col>
        <Col span={6}>
          <Statistic title={t("queue.kpi.noShowRate")} value={pct(kpis.noShowRate)} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t("queue.kpi.withinTarget", { n: kpis.targetWaitMinutes })}
            value={pct(kpis.withinTargetShare)}
          />
        </Col>
        <Col span={6}>
          <Statistic title={t("queue.kpi.waiting")} value={kpis.waiting} />
        </Col>
      </Row>
    </Card>
  );
}

/** Pausing a counter asks for a reason (shown to colleagues and kept in the audit log). */
export function PauseDialog(props: {
  open: boolean;
  onClose: () => void;
  onPause: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const reasons = t("queue.pauseReasons", { returnObjects: true }) as string[];
  const [reason, setReason] = useState(reasons[0]!);
  return (
    <Modal
      open={props.open}
      title={t("queue.pause")}
      onCancel={props.onClose}
      onOk={() => {
        props.onPause(reason);
        props.onClose();
      }}
    >
      <Typography.Paragraph>{t("queue.pauseReason")}</Typography.Paragraph>
      <Select
        style={{ width: "100%" }}
        value={reason}
        onChange={setReason}
        options={reasons.map((r) => ({ value: r, label: r }))}
      />
    </Modal>
  );
}

/** Passing the current ticket to another counter or service group. */
export function TransferDialog(props: {
  open: boolean;
  counters: Counter[];
  siteCode: string;
  onClose: () => void;
  onTransfer: (body: { counterId: string } | { serviceCode: string }) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<"counter" | "service">("counter");
  const [target, setTarget] = useState<string>();
  const services = useLoad(
    () => api<Answer<"/api/v1/queue/sites/{siteCode}/services">>(`/queue/sites/${props.siteCode}/services`),
    [props.siteCode],
  );
  const options =
    kind === "counter"
      ? props.counters.map((c) => ({ value: c.id, label: c.name }))
      : (services.data?.items ?? []).map((s) => ({ value: s.code, label: `${s.code} ${s.name}` }));
  return (
    <Modal
      open={props.open}
      title={t("queue.transfer")}
      okButtonProps={{ disabled: !target }}
      onCancel={props.onClose}
      onOk={() => {
        if (!target) return;
        props.onTransfer(kind === "counter" ? { counterId: target } : { serviceCode: target });
        props.onClose();
      }}
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Radio.Group
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as "counter" | "service");
            setTarget(undefined);
          }}
          options={[
            { value: "counter", label: t("queue.transferCounter") },
            { value: "service", label: t("queue.transferService") },
          ]}
        />
        <Select
          style={{ width: "100%" }}
          placeholder={t("queue.transferTo")}
          value={target}
          onChange={setTarget}
          options={options}
        />
      </Space>
    </Modal>
  );
}
