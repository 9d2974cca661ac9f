import { App, Button, Card, Checkbox, Empty, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import type { ItemDetail } from "../../api/types.js";
import { PdfButton } from "../../ui/PdfButton.js";
import { useLoad } from "../../ui/useLoad.js";
import { errorText } from "../../ui/errors.js";
import { usePost } from "../../ui/usePost.js";

type Receipts = Answer<"/api/v1/cases/receipts">;
type Receipt = ItemOf<Receipts["items"]>;
type Examining = { receipt: Receipt; item: ItemDetail; provided: string[]; kind: "accept" | "notify" };

/**
 * 待审查收件 at the window: materials taken in for examination. Each must be accepted or answered
 * with a 一次性告知 by its examination day, or it counts as accepted (行政许可法第三十二条).
 */
export function ReceiptsPanel({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const post = usePost();
  const list = useLoad(() => api<Receipts>("/cases/receipts"), [refreshKey]);
  const [examining, setExamining] = useState<Examining>();
  const [done, setDone] = useState<{
    caseNo?: string;
    notified?: { itemCode: string; missing: string[]; name: string };
  }>();
  const [busy, setBusy] = useState(false);

  async function open(receipt: Receipt, kind: Examining["kind"]) {
    const item = await api<ItemDetail>(`/catalog/items/${encodeURIComponent(receipt.itemCode)}`);
    setDone(undefined);
    setExamining({ receipt, item, provided: receipt.providedMaterials, kind });
  }

  const toggle = (id: string, on: boolean) =>
    setExamining(
      (e) =>
        e && {
          ...e,
          provided: on ? [...e.provided.filter((x) => x !== id), id] : e.provided.filter((x) => x !== id),
        },
    );

  const missing = examining
    ? examining.item.materials.filter((m) => m.required && !examining.provided.includes(m.id))
    : [];

  async function conclude(mode?: "normal" | "tolerate-missing") {
    if (!examining) return;
    setBusy(true);
    try {
      if (examining.kind === "accept") {
        const path = `/cases/receipts/${examining.receipt.id}/accept`;
        const body = {
          materials: examining.item.materials.map((m) => ({
            id: m.id,
            provided: examining.provided.includes(m.id),
          })),
          acceptMode: mode,
        };
        const out = await post<Answer<"/api/v1/cases/receipts/{id}/accept", "post">>(path, body);
        setDone({ caseNo: out.caseNo });
      } else {
        const ids = missing.map((m) => m.id);
        await post(`/cases/receipts/${examining.receipt.id}/notify`, { missing: ids });
        setDone({
          notified: { itemCode: examining.item.code, missing: ids, name: examining.receipt.applicantName },
        });
      }
      list.reload();
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t("receipts.title")} size="small" style={{ marginBottom: 16 }} data-testid="receipts-panel">
      {list.data?.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("receipts.none")} />
      ) : (
        <Table<Receipt>
          size="small"
          rowKey="id"
          pagination={false}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: t("receipts.no"), dataIndex: "receiptNo" },
            { title: t("intake.item"), dataIndex: "itemName" },
            { title: t("intake.applicant"), dataIndex: "applicantName" },
            {
              title: t("receipts.examineBy"),
              render: (_, r) => (
                <Space>
                  {r.examineBy}
                  {r.dueToday && <Tag color="red">{t("receipts.dueToday")}</Tag>}
                </Space>
              ),
            },
            {
              title: "",
              render: (_, r) => (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void open(r, "accept")}
                    data-testid="receipt-accept"
                  >
                    {t("intake.accept")}
                  </Button>
                  <Button size="small" onClick={() => void open(r, "notify")} data-testid="receipt-notify">
                    {t("intake.notice")}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={Boolean(examining)}
        title={examining ? `${examining.receipt.receiptNo} · ${examining.item.name}` : ""}
        onCancel={() => setExamining(undefined)}
        footer={
          done ? (
            <>
              {done.caseNo && (
                <Link to={`/cases/${done.caseNo}`}>
                  <Button type="primary">{t("intake.open")}</Button>
                </Link>
              )}
              <Button onClick={() => setExamining(undefined)} data-testid="receipt-close">
                {t("receipts.close")}
              </Button>
              {done.notified && (
                <PdfButton
                  href="/api/v1/notices/missing-materials"
                  post={{
                    itemCode: done.notified.itemCode,
                    missing: done.notified.missing,
                    applicantName: done.notified.name,
                  }}
                  testId="receipt-notice-pdf"
                />
              )}
            </>
          ) : examining?.kind === "accept" ? (
            <>
              <Button
                disabled={missing.length === 0}
                loading={busy}
                onClick={() => void conclude("tolerate-missing")}
              >
                {t("intake.tolerate")}
              </Button>
              <Button
                type="primary"
                disabled={missing.length > 0}
                loading={busy}
                onClick={() => void conclude("normal")}
                data-testid="receipt-accept-confirm"
              >
                {t("intake.accept")}
              </Button>
            </>
          ) : (
            <Button
              type="primary"
              disabled={missing.length === 0}
              loading={busy}
              onClick={() => void conclude()}
              data-testid="receipt-notify-confirm"
            >
              {t("receipts.notifyConfirm")}
            </Button>
          )
        }
      >
        {done ? (
          <Typography.Paragraph data-testid="receipt-done">
            {done.caseNo ? t("receipts.accepted", { caseNo: done.caseNo }) : t("receipts.notified")}
          </Typography.Paragraph>
        ) : (
          examining && (
            <>
              <Typography.Paragraph type="secondary">{t("intake.materialsHelp")}</Typography.Paragraph>
              <div style={{ display: "grid", gap: 8 }} data-testid="receipt-materials">
                {examining.item.materials.map((m) => (
                  <Checkbox
                    key={m.id}
                    checked={examining.provided.includes(m.id)}
                    // A functional update: quick successive ticks must not overwrite each other.
                    onChange={(e) => toggle(m.id, e.target.checked)}
                  >
                    {m.name}
                    {m.required ? `（${t("intake.required")}）` : ""}
                  </Checkbox>
                ))}
              </div>
            </>
          )
        )}
      </Modal>
    </Card>
  );
}
