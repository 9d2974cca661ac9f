import { DownloadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Input, Segmented, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import type { ItemSummary } from "../../api/types.js";
import { useLoad } from "../../ui/useLoad.js";
import { useSession } from "../session.js";

export function CatalogPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const category = params.get("category") ?? "";
  const [text, setText] = useState(q);
  const categories = useLoad(() => api<Answer<"/api/v1/catalog/categories">>("/catalog/categories"), []);
  const items = useLoad(() => {
    const query = new URLSearchParams();
    if (q) query.set("q", q);
    if (category) query.set("category", category);
    return api<Answer<"/api/v1/catalog/items">>(`/catalog/items?${query.toString()}`);
  }, [q, category]);

  const update = (next: { q?: string; category?: string }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  return (
    <Card
      title={t("catalog.title")}
      extra={
        hasRole("admin") && (
          <Button icon={<DownloadOutlined />} href="/api/v1/catalog/export.xlsx">
            {t("catalog.export")}
          </Button>
        )
      }
    >
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Input.Search
          placeholder={t("catalog.search")}
          allowClear
          enterButton
          size="large"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => update({ q: v.trim() })}
          style={{ maxWidth: 560 }}
          data-testid="catalog-search"
        />
        <Segmented
          value={category}
          onChange={(v) => update({ category: String(v) })}
          options={[
            { label: t("catalog.allCategories"), value: "" },
            ...(categories.data?.items ?? []).map((c) => ({ label: c.name, value: c.code })),
          ]}
        />
        {items.error && <Alert type="error" title={items.error.message} />}
        <Table<ItemSummary>
          rowKey="code"
          loading={items.loading}
          dataSource={items.data?.items ?? []}
          pagination={{
            pageSize: 15,
            showTotal: (n) => t("catalog.count", { count: n }),
            showSizeChanger: false,
          }}
          columns={[
            {
              title: t("catalog.name"),
              dataIndex: "name",
              render: (name: string, row) => (
                <Space>
                  <Link to={`/catalog/${encodeURIComponent(row.code)}`}>{name}</Link>
                  {!row.communityIssuable && <Tag color="red">{t("catalog.notIssuable")}</Tag>}
                </Space>
              ),
            },
            { title: t("catalog.category"), dataIndex: "categoryName", width: 190 },
            { title: t("catalog.kind"), dataIndex: "kindName", width: 120 },
            {
              title: t("catalog.limit"),
              dataIndex: "timeLimitText",
              width: 130,
              render: (text: string, row) => (
                <Tag color={row.handling === "instant" ? "green" : "blue"}>{text}</Tag>
              ),
            },
            { title: t("catalog.department"), dataIndex: "departmentName", width: 230 },
            {
              title: t("catalog.online"),
              dataIndex: "online",
              width: 90,
              render: (online: boolean) =>
                online ? (
                  <Tag color="cyan">{t("catalog.onlineYes")}</Tag>
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
