import {
  Alert,
  Breadcrumb,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Spin,
  Table,
  Tag,
  Tree,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { OrgDetail } from "../../api/types.js";
import { OrgKindTag } from "../../ui/OrgKindTag.js";
import { loadOrgChildren, withChildren, type OrgNode } from "../../ui/orgTree.js";
import { useLoad } from "../../ui/useLoad.js";

function OrgTree({ onSelect }: { onSelect: (code: string) => void }) {
  const [nodes, setNodes] = useState<OrgNode[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  useEffect(() => {
    void (async () => {
      const top = await loadOrgChildren();
      const first = top[0];
      if (!first) return;
      // The top of the tree arrives already open (no expand animation to wait for).
      const children = await loadOrgChildren(first.key);
      setNodes(withChildren(top, first.key, children));
      setExpanded([first.key]);
      onSelect(first.key);
    })();
  }, [onSelect]);
  // Mount the tree only once its first levels are here, so it opens without an animation.
  if (nodes.length === 0) return <Spin />;
  return (
    <Tree<OrgNode>
      showLine
      blockNode
      treeData={nodes}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys as string[])}
      titleRender={(n) => (
        <span data-testid={`org-${n.key}`} style={{ display: "inline-flex", gap: 6, alignItems: "center" }}>
          {n.title} <OrgKindTag kind={n.kind} />
        </span>
      )}
      loadData={async (node) => {
        if (node.children) return;
        const children = await loadOrgChildren(node.key);
        setNodes((n) => withChildren(n, node.key, children));
      }}
      onSelect={(keys) => keys[0] && onSelect(String(keys[0]))}
      style={{ maxHeight: "calc(100vh - 230px)", overflow: "auto" }}
    />
  );
}

function OrgPanel({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useLoad(() => api<OrgDetail>(`/orgs/${code}`), [code]);
  if (loading) return <Spin />;
  if (error || !data) return <Alert type="error" title={error?.message ?? t("common.error")} />;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[...data.ancestors.map((a) => ({ title: a.name })), { title: data.name }]}
      />
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="org-title">
        {data.name} <OrgKindTag kind={data.kind} />
      </Typography.Title>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t("orgs.code")}>
          <Typography.Text copyable>{data.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("orgs.kind")}>{t(`orgKind.${data.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t("orgs.phone")}>{data.phone}</Descriptions.Item>
        <Descriptions.Item label={t("orgs.address")}>{data.address}</Descriptions.Item>
      </Descriptions>
      {data.site ? (
        <Card type="inner" title={`${t("orgs.hall")} · ${data.site.name}`} data-testid="hall">
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t("orgs.address")}>{data.site.address}</Descriptions.Item>
            <Descriptions.Item label={t("orgs.hours")}>{data.site.openingHours}</Descriptions.Item>
            <Descriptions.Item label={t("orgs.phone")}>{data.site.phone}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.counters}
            columns={[
              { title: t("orgs.counterName"), dataIndex: "name" },
              {
                title: t("orgs.counterKind"),
                dataIndex: "kind",
                render: (k: string) => t(`orgs.counterKinds.${k}`),
              },
              {
                title: t("orgs.counterStatus"),
                dataIndex: "status",
                render: (s: string) => (
                  <Tag color={s === "open" ? "green" : s === "paused" ? "orange" : "default"}>
                    {t(`orgs.counterStatuses.${s}`)}
                  </Tag>
                ),
              },
            ]}
          />
        </Card>
      ) : (
        <Empty description={t("orgs.noHall")} />
      )}
    </>
  );
}

export function OrgsPage() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string>();
  return (
    <Row gutter={24}>
      <Col flex="360px">
        <Card title={t("orgs.tree")}>
          <OrgTree onSelect={setSelected} />
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Card>{selected ? <OrgPanel code={selected} /> : <Empty description={t("orgs.pick")} />}</Card>
      </Col>
    </Row>
  );
}
