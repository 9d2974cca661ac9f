import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { isDecided, OPEN_CASE_STATUSES, type TimelineKind } from "@onewindow/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PdfButton } from "../../ui/PdfButton.js";
import { useParams } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { useLoad } from "../../ui/useLoad.js";
import { useSession } from "../session.js";
import { SharedDataPanel } from "../../ui/SharedDataPanel.js";
import { SpecialProcedure } from "../../ui/SpecialProcedure.js";
import { ExtendDeadline } from "../../ui/ExtendDeadline.js";
import { DeliverResult, DeliveryStatus } from "../../ui/DeliverResult.js";
import { errorText } from "../../ui/errors.js";
import { usePost } from "../../ui/usePost.js";
import { STATUS_COLOR } from "../../ui/caseMarks.js";
import { WithdrawCase } from "../../ui/WithdrawCase.js";
import { FormAnswers } from "../../ui/FormAnswers.js";

/** The notice a case in this state gives the applicant, and what its button is called. */
function documentFor(c: Pick<CaseView, "status" | "paused" | "decisionNotice">): {
  kind: string;
  label: string;
} {
  const kind =
    c.status === "not_accepted"
      ? "refusal"
      : c.status === "supplement_required"
        ? "supplement"
        : c.paused
          ? "special"
          : isDecided(c.status)
            ? "decision"
            : "acceptance";
  // A decision is named after the written decision it is (决定书 for a 行政许可).
  return { kind, label: kind === "decision" && c.decisionNotice ? c.decisionNotice : kind };
}

type CaseView = Answer<"/api/v1/cases/{caseNo}">;

const OPEN = new Set<string>(OPEN_CASE_STATUSES);
/** Timeline colours by what happened (the stage's words follow the reader's language). */
const TIMELINE_COLOR: Partial<Record<TimelineKind, string>> = {
  decided: "green",
  supplement_requested: "orange",
  extended: "orange",
  rescheduled: "blue",
  withdrawn: "gray",
  not_accepted: "red",
};

export function CasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const post = usePost();
  const { hasRole } = useSession();
  const { caseNo = "" } = useParams();
  const { data, error, loading, reload } = useLoad(
    () => api<CaseView>(`/cases/${encodeURIComponent(caseNo)}`),
    [caseNo],
  );
  const mine = useLoad(() => api<Answer<"/api/v1/tasks">>("/tasks?status=open"), [caseNo, data?.status]);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);

  if (loading && !data) return <Spin />;
  if (error || !data) return <Alert type="error" title={error?.message ?? t("common.error")} />;
  const notice = documentFor(data);
  const actionable = data.tasks.filter(
    (x) => x.status === "open" && mine.data?.items.some((m) => m.id === x.id),
  );

  async function decide(taskId: string, decision: "approve" | "reject" | "return") {
    setBusy(true);
    try {
      const body = { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) };
      await post(`/tasks/${taskId}/complete`, body);
      void message.success(t("case.done"));
      setComment("");
      reload();
    } catch (e) {
      void message.error(errorText(e, t));
      reload();
    } finally {
      setBusy(false);
    }
  }

  async function resubmit() {
    setBusy(true);
    try {
      const path = `/cases/${data!.caseNo}/resubmit`;
      const body = { materials: data!.materials.filter((m) => !m.provided).map((m) => m.id) };
      await post(path, body);
      void message.success(t("case.done"));
      reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Row gutter={24}>
      <Col span={15}>
        <Card
          title={
            <Space>
              {t("case.title")} <Typography.Text copyable>{data.caseNo}</Typography.Text>
            </Space>
          }
          extra={
            <Space>
              <PdfButton
                href={`/api/v1/cases/${data.caseNo}/documents/${notice.kind}`}
                label={t(`documents.${notice.label}`)}
                testId="case-pdf"
              />
              {data.delivery?.deliveredAt && (
                <PdfButton
                  href={`/api/v1/cases/${data.caseNo}/documents/delivery`}
                  label={t("documents.delivery")}
                  testId="delivery-pdf"
                />
              )}
              {data.extension.extendedDays > 0 && (
                <PdfButton
                  href={`/api/v1/cases/${data.caseNo}/documents/extension`}
                  label={t("documents.extension")}
                  testId="extension-pdf"
                />
              )}
              <Tag color={STATUS_COLOR[data.status] ?? "default"} data-testid="case-status">
                {data.statusText}
              </Tag>
            </Space>
          }
          style={{ marginBottom: 24 }}
        >
          {data.paused && (
            <Alert
              type={data.supplement?.overdue ? "error" : "warning"}
              showIcon
              data-testid="case-paused"
              title={t(data.status === "supplement_required" ? "case.paused" : "special.paused")}
              description={
                data.supplement &&
                t(data.supplement.overdue ? "case.supplementOverdue" : "case.supplementDue", {
                  due: data.supplement.due,
                })
              }
              style={{ marginBottom: 16 }}
            />
          )}
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t("case.item")} span={2}>
              {data.itemName}
            </Descriptions.Item>
            <Descriptions.Item label={t("case.applicant")}>{data.applicant.name}</Descriptions.Item>
            <Descriptions.Item label="身份证 / 手机">
              {data.applicant.idNumber} / {data.applicant.phone ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("case.acceptedAt")}>
              {data.acceptedAt.slice(0, 16).replace("T", " ")}
            </Descriptions.Item>
            <Descriptions.Item label={t("case.deadline")}>
              <span data-testid="case-deadline">{data.deadline?.slice(0, 10) ?? "—"}</span>
              {data.extension.extendedDays > 0 && (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  {t("extend.extended", { days: data.extension.extendedDays })}
                </Tag>
              )}
            </Descriptions.Item>
            {data.delivery && (
              <Descriptions.Item label={t("deliver.label")} span={2}>
                <DeliveryStatus delivery={data.delivery} />
              </Descriptions.Item>
            )}
            {data.statutoryDeadline && (
              <Descriptions.Item label={t("case.statutory")} span={2}>
                {data.statutoryDeadline.slice(0, 10)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <FormAnswers itemCode={data.itemCode} values={data.formData} />
        </Card>
        <Card title={t("case.tasks")} style={{ marginBottom: 24 }}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.tasks}
            columns={[
              { title: t("tasks.step"), dataIndex: "name" },
              { title: t("tasks.org"), dataIndex: "orgName" },
              {
                title: t("tasks.due"),
                dataIndex: "dueAt",
                render: (d: string | null) => d?.slice(0, 10) ?? "—",
              },
              {
                title: t("case.status"),
                dataIndex: "status",
                render: (s: string) => (
                  <Tag
                    color={
                      s === "open"
                        ? "blue"
                        : s === "approved"
                          ? "green"
                          : s === "cancelled"
                            ? "default"
                            : "red"
                    }
                  >
                    {t(`case.taskStatus.${s}`)}
                  </Tag>
                ),
              },
              { title: t("case.comment"), dataIndex: "comment" },
            ]}
          />
        </Card>
        {actionable.length > 0 && ["housing", "assistance"].includes(data.itemCategory) && (
          <SharedDataPanel caseNo={data.caseNo} />
        )}
        {actionable.map((task) => (
          <Card
            key={task.id}
            title={`${t("case.act")}：${task.name}`}
            style={{ marginBottom: 24 }}
            data-testid="act-panel"
          >
            <Input.TextArea
              rows={3}
              placeholder={t("case.comment")}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {data.paused && data.status !== "supplement_required" && (
              <Alert type="info" showIcon title={t("special.running")} style={{ marginBottom: 12 }} />
            )}
            <Space style={{ marginBottom: 12 }}>
              <Button
                type="primary"
                loading={busy}
                disabled={data.paused}
                onClick={() => void decide(task.id, "approve")}
              >
                {t("case.approve")}
              </Button>
              <Button
                danger
                loading={busy}
                disabled={data.paused}
                onClick={() => void decide(task.id, "reject")}
              >
                {t("case.reject")}
              </Button>
              <Button loading={busy} disabled={data.paused} onClick={() => void decide(task.id, "return")}>
                {t("case.returnForMore")}
              </Button>
              {data.extension.allowedDays > 0 && (
                <ExtendDeadline
                  caseNo={data.caseNo}
                  daysLeft={data.extension.allowedDays - data.extension.extendedDays}
                  disabled={data.paused}
                  onDone={reload}
                />
              )}
            </Space>
            <SpecialProcedure caseNo={data.caseNo} paused={data.paused} onChange={reload} />
          </Card>
        ))}
        {data.delivery && !data.delivery.deliveredAt && hasRole("clerk") && (
          <Space style={{ marginBottom: 24 }}>
            <DeliverResult caseNo={data.caseNo} due={data.delivery.due} onDone={reload} />
          </Space>
        )}
        {OPEN.has(data.status) && hasRole("clerk") && (
          <Space>
            {data.status === "supplement_required" && (
              <Button type="primary" loading={busy} onClick={() => void resubmit()}>
                {t("case.resubmit")}
              </Button>
            )}
            <WithdrawCase caseNo={data.caseNo} onDone={reload} />
          </Space>
        )}
      </Col>
      <Col span={9}>
        <Card title={t("case.timeline")} style={{ marginBottom: 24 }}>
          <Timeline
            data-testid="case-timeline"
            items={data.timeline.map((e) => ({
              color: TIMELINE_COLOR[e.kind] ?? "blue",
              children: (
                <div>
                  <b>{e.stage}</b>{" "}
                  <Typography.Text type="secondary">{e.at.slice(0, 16).replace("T", " ")}</Typography.Text>
                  <div>{e.text}</div>
                </div>
              ),
            }))}
          />
        </Card>
        <Card title={t("case.materials")}>
          <Space direction="vertical">
            {data.materials.map((m) => (
              <span key={m.id}>
                <Tag color={m.provided ? "green" : "red"}>
                  {m.provided ? t("case.provided") : t("case.missing")}
                </Tag>
                {m.name}{" "}
                {m.dueDate && (
                  <Typography.Text type="warning">（{t("case.dueBy", { date: m.dueDate })}）</Typography.Text>
                )}
              </span>
            ))}
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
