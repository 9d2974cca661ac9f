import { Alert, Card, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import { useLoad } from "../../ui/useLoad.js";

type TaskRow = {
  id: string;
  caseNo: string;
  name: string;
  orgName: string;
  dueAt: string;
  itemName: string;
  applicantName: string;
  /** 电子监察 card on this step, if any. */
  card: "warning" | "yellow" | "red" | null;
};

const CARD_COLOR = { warning: "orange", yellow: "gold", red: "red" } as const;

/** 临期 when due today or tomorrow, 超期 when past due (China date). */
function urgency(dueAt: string): "overdue" | "soon" | undefined {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const due = dueAt.slice(0, 10);
  if (due < today) return "overdue";
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  return due <= tomorrow ? "soon" : undefined;
}

export function TasksPage() {
  const { t } = useTranslation();
  const { data, error, loading } = useLoad(() => api<{ items: TaskRow[] }>("/tasks?status=open"), []);
  return (
    <Card title={t("tasks.title")}>
      {error && <Alert type="error" title={error.message} />}
      <Table<TaskRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t("tasks.empty") }}
        pagination={{ pageSize: 15 }}
        columns={[
          {
            title: t("tasks.case"),
            dataIndex: "caseNo",
            render: (no: string) => <Link to={`/cases/${no}`}>{no}</Link>,
          },
          { title: t("tasks.item"), dataIndex: "itemName" },
          {
            title: t("tasks.applicant"),
            dataIndex: "applicantName",
            render: (n: string) => n.slice(0, 1) + "*".repeat(Math.max(n.length - 1, 1)),
          },
          { title: t("tasks.step"), dataIndex: "name" },
          { title: t("tasks.org"), dataIndex: "orgName" },
          {
            title: t("tasks.due"),
            dataIndex: "dueAt",
            render: (d: string, row) => {
              const u = urgency(d);
              return (
                <span>
                  {d.slice(0, 10)}{" "}
                  {u && <Tag color={u === "overdue" ? "red" : "orange"}>{t(`tasks.${u}`)}</Tag>}
                  {row.card && (
                    <Tag color={CARD_COLOR[row.card]} data-testid="task-card">
                      {t(`supervision.levels.${row.card}`)}
                    </Tag>
                  )}
                </span>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
