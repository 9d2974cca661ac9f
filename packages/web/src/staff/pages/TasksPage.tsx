import { Alert, Card, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { maskName } from "@onewindow/shared";
import { api } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import { useLoad } from "../../ui/useLoad.js";
import { DueMark } from "../../ui/caseMarks.js";

type Tasks = Answer<"/api/v1/tasks">;
type TaskRow = ItemOf<Tasks["items"]>;

const CARD_COLOR = { warning: "orange", yellow: "gold", red: "red" } as const;

export function TasksPage() {
  const { t } = useTranslation();
  const { data, error, loading } = useLoad(() => api<Tasks>("/tasks?status=open"), []);
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
            render: maskName,
          },
          { title: t("tasks.step"), dataIndex: "name" },
          { title: t("tasks.org"), dataIndex: "orgName" },
          {
            title: t("tasks.due"),
            dataIndex: "dueAt",
            render: (d: TaskRow["dueAt"], row) => (
              <span>
                {d?.slice(0, 10)} {d && <DueMark dueAt={d} />}
                {row.card && (
                  <Tag color={CARD_COLOR[row.card]} data-testid="task-card">
                    {t(`supervision.levels.${row.card}`)}
                  </Tag>
                )}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
