import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Space, Spin, Steps, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import type { ItemDetail } from "../../api/types.js";
import { useLoad } from "../../ui/useLoad.js";
import { ProcessDiagram } from "../../ui/ProcessDiagram.js";

type Step = ItemDetail["steps"][number];

/** Adjacent parallel steps form one stage of the process (并联审批). */
function stagesOf(steps: Step[]): Step[][] {
  const stages: Step[][] = [];
  for (const step of steps) {
    const last = stages.at(-1);
    if (step.parallel && last?.[0]?.parallel) last.push(step);
    else stages.push([step]);
  }
  return stages;
}

export function ItemPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const {
    data: item,
    error,
    loading,
  } = useLoad(() => api<ItemDetail>(`/catalog/items/${encodeURIComponent(code)}`), [code]);
  const process = useLoad(
    () => api<Answer<"/api/v1/processes/{key}">>(`/processes/${encodeURIComponent(code)}`),
    [code],
  );
  if (loading) return <Spin />;
  if (error || !item) return <Alert type="error" title={error?.message ?? t("common.error")} />;
  const days = (n: number) => (n > 0 ? t("item.days", { count: n }) : "—");
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Link to="/catalog">
        <Button icon={<ArrowLeftOutlined />}>{t("item.back")}</Button>
      </Link>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="item-title">
          {item.name}
        </Typography.Title>
        <Space wrap style={{ marginBottom: 16 }}>
          <Tag color="geekblue">{item.categoryName}</Tag>
          <Tag>{item.kindName}</Tag>
          <Tag color={item.handling === "instant" ? "green" : "blue"}>{item.timeLimitText}</Tag>
          {item.online && <Tag color="cyan">{t("catalog.onlineYes")}</Tag>}
        </Space>
        {!item.communityIssuable && (
          <Alert
            type="warning"
            showIcon
            title={t("item.notIssuableTitle")}
            description={item.notIssuableReason}
            style={{ marginBottom: 16 }}
            data-testid="not-issuable"
          />
        )}
        <Descriptions bordered size="small" column={2} title={t("item.basics")}>
          <Descriptions.Item label={t("item.code")} span={2}>
            <Typography.Text copyable style={{ fontFamily: "monospace" }}>
              {item.code}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t("item.department")}>{item.departmentName}</Descriptions.Item>
          <Descriptions.Item label={t("item.agency")}>{item.agencyUscc}</Descriptions.Item>
          <Descriptions.Item label={t("item.handling")}>
            {item.handling === "instant" ? t("item.instant") : t("item.promised")}
          </Descriptions.Item>
          <Descriptions.Item label={t("item.level")}>{item.levelText}</Descriptions.Item>
          <Descriptions.Item label={t("item.statutory")}>{days(item.statutoryDays)}</Descriptions.Item>
          <Descriptions.Item label={t("item.promisedLimit")}>
            {item.handling === "instant" ? t("item.instant") : days(item.promisedDays)}
          </Descriptions.Item>
          <Descriptions.Item label={t("item.extension")}>
            {item.extensionDays > 0
              ? t("item.extensionUpTo", { days: item.extensionDays })
              : t("item.noExtension")}
          </Descriptions.Item>
          <Descriptions.Item label={t("item.fee")}>{item.feeText}</Descriptions.Item>
          <Descriptions.Item label={t("item.visits")}>
            {t("item.visitsValue", { count: item.maxVisits })}
          </Descriptions.Item>
          <Descriptions.Item label={t("item.online")}>
            {item.online ? t("item.yes") : t("item.no")}
          </Descriptions.Item>
          <Descriptions.Item label={t("item.phones")}>
            {item.consultPhone} / {item.supervisePhone}
          </Descriptions.Item>
          <Descriptions.Item label={t("item.basis")} span={2}>
            {item.legalBasis}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {process.data && <ProcessDiagram definition={process.data.definition} source={process.data.source} />}
      <Card title={t("item.steps")}>
        <Steps
          data-testid="item-steps"
          current={-1}
          items={stagesOf(item.steps).map((stage) => ({
            title: stage.length > 1 ? `${t("item.parallel")}` : stage[0]!.name,
            description: (
              <Space direction="vertical" size={2}>
                {stage.map((s) => (
                  <span key={s.name}>
                    {stage.length > 1 && <b>{s.name} · </b>}
                    {t(`item.orgKinds.${s.orgKind}`)}
                    {s.days > 0 && ` · ${t("item.stepDays", { count: s.days })}`}
                  </span>
                ))}
              </Space>
            ),
          }))}
        />
      </Card>
      <Card title={t("item.materials")}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={item.materials}
          columns={[
            { title: "#", dataIndex: "id", width: 60 },
            {
              title: t("item.materialName"),
              dataIndex: "name",
              render: (n: string, m) =>
                m.note ? (
                  <span>
                    {n} <Typography.Text type="secondary">（{m.note}）</Typography.Text>
                  </span>
                ) : (
                  n
                ),
            },
            {
              title: t("item.required"),
              dataIndex: "required",
              width: 100,
              render: (r: boolean) =>
                r ? <Tag color="red">{t("item.required")}</Tag> : <Tag>{t("item.optional")}</Tag>,
            },
            { title: t("item.form"), dataIndex: "formName", width: 130 },
            { title: t("item.copies"), dataIndex: "copies", width: 70 },
            { title: t("item.source"), dataIndex: "source", width: 180 },
          ]}
        />
      </Card>
    </Space>
  );
}
