import { Alert, Button, Card, Form, Input, Result, Tag, Timeline, Typography } from "antd";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { api, ApiError } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { Brand } from "../../ui/Brand.js";
import { chinaDate } from "@onewindow/shared";

type Progress = Answer<"/api/v1/public/progress">;

const STATUS_COLOR: Record<string, string> = {
  approved: "green",
  rejected: "red",
  supplement_required: "orange",
};

/** A notice in the large type residents read (many are elderly). */
function BigNotice(props: {
  type: "success" | "warning" | "error";
  testId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Alert
      type={props.type}
      showIcon
      data-testid={props.testId}
      style={{ marginBottom: 24, fontSize: 18 }}
      title={<span style={{ fontSize: 22 }}>{props.title}</span>}
      description={<span style={{ fontSize: 18 }}>{props.children}</span>}
    />
  );
}

/**
 * The resident's view of a case, opened from the receipt's QR code or the SMS link
 * (/p/:token), or by case number and ID number (/progress). Large type for elderly
 * readers; no sign-in.
 */
export function ProgressPage() {
  const { t } = useTranslation();
  const today = chinaDate(new Date());
  const { token } = useParams();
  const [data, setData] = useState<Progress>();
  const [error, setError] = useState<string>();

  async function load(query: string) {
    setError(undefined);
    try {
      setData(await api<Progress>(`/public/progress?${query}`));
    } catch (e) {
      setData(undefined);
      setError(
        e instanceof ApiError && e.status === 404
          ? t("progress.notFound")
          : e instanceof Error
            ? e.message
            : String(e),
      );
    }
  }

  useEffect(() => {
    if (token) void load(`token=${encodeURIComponent(token)}`);
  }, [token]);

  return (
    <div
      style={{
        minHeight: "100vh",
        background: "#f3f5f9",
        padding: "24px 16px",
        fontSize: 18,
        lineHeight: 1.6,
      }}
    >
      <div style={{ maxWidth: 720, margin: "0 auto" }}>
        <div style={{ marginBottom: 24 }}>
          <Brand />
        </div>
        {!token && (
          <Card
            title={<span style={{ fontSize: 24 }}>{t("progress.title")}</span>}
            style={{ marginBottom: 24 }}
          >
            <Form
              layout="vertical"
              size="large"
              onFinish={(v: { caseNo: string; idNumber: string }) =>
                void load(
                  `caseNo=${encodeURIComponent(v.caseNo.trim())}&idNumber=${encodeURIComponent(v.idNumber.trim())}`,
                )
              }
            >
              <Form.Item name="caseNo" label={t("progress.caseNo")} rules={[{ required: true }]}>
                <Input style={{ fontSize: 20 }} />
              </Form.Item>
              <Form.Item name="idNumber" label={t("progress.idNumber")} rules={[{ required: true }]}>
                <Input style={{ fontSize: 20 }} maxLength={18} />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                style={{ minHeight: 60, minWidth: 160, fontSize: 20 }}
              >
                {t("progress.query")}
              </Button>
            </Form>
          </Card>
        )}
        {error && <Alert type="error" showIcon title={<span style={{ fontSize: 18 }}>{error}</span>} />}
        {data && (
          <Card data-testid="progress">
            <Result
              status={
                data.status === "rejected" ? "warning" : data.status === "approved" ? "success" : "info"
              }
              title={<span style={{ fontSize: 30 }}>{data.statusText}</span>}
              subTitle={
                <span style={{ fontSize: 20 }}>
                  {data.itemName} · {data.caseNo}
                </span>
              }
            />
            <Typography.Paragraph style={{ fontSize: 18 }}>
              {t("progress.applicant")}：{data.applicantName} · {t("progress.accepted")}：
              {data.acceptedAt.slice(0, 10)}
              {data.paused ? (
                <span data-testid="progress-paused"> · {t("progress.paused")}</span>
              ) : (
                data.deadline && ` · ${t("progress.deadline")}：${data.deadline.slice(0, 10)}`
              )}{" "}
              <Tag color={STATUS_COLOR[data.status] ?? "blue"} style={{ fontSize: 16 }}>
                {data.statusText}
              </Tag>
            </Typography.Paragraph>
            {data.supplementDue && (
              <BigNotice
                type={data.supplementDue < today ? "error" : "warning"}
                testId="progress-supplement"
                title={t("progress.supplementTitle")}
              >
                {t(data.supplementDue < today ? "progress.supplementLate" : "progress.supplementBody", {
                  due: data.supplementDue,
                })}
              </BigNotice>
            )}
            {data.collect && (
              <BigNotice type="success" testId="progress-collect" title={t("progress.collectTitle")}>
                {t(data.collect.until < today ? "progress.collectSoon" : "progress.collectBody", {
                  until: data.collect.until,
                  site: data.collect.siteName,
                  address: data.collect.address,
                  hours: data.collect.openingHours,
                })}
                {data.collect.phone && (
                  <>
                    <br />
                    {t("progress.collectPhone", { phone: data.collect.phone })}
                  </>
                )}
              </BigNotice>
            )}
            <Timeline
              items={data.timeline.map((e) => ({
                color: e.kind === "decided" ? "green" : e.kind === "supplement_requested" ? "orange" : "blue",
                children: (
                  <div style={{ fontSize: 18 }}>
                    <b>{e.stage}</b>{" "}
                    <span style={{ color: "#5b6b82" }}>{e.at.slice(0, 16).replace("T", " ")}</span>
                    <div>{e.text}</div>
                  </div>
                ),
              }))}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
