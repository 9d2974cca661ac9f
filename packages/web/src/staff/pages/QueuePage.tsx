import { SoundOutlined } from "@ant-design/icons";
import { Alert, App, Badge, Button, Card, Col, Empty, Row, Space, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { api } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import { KpiCard, PauseDialog, TransferDialog } from "../../ui/QueueParts.js";
import { useLoad } from "../../ui/useLoad.js";
import { useSession } from "../session.js";
import { errorText } from "../../ui/errors.js";
import { usePost } from "../../ui/usePost.js";

type Counters = Answer<"/api/v1/queue/sites/{siteCode}/counters">;
type Counter = ItemOf<Counters["items"]>;
type Line = Answer<"/api/v1/queue/sites/{siteCode}/line">;
type LineItem = ItemOf<Line["items"]>;
type Kpis = Answer<"/api/v1/queue/sites/{siteCode}/kpis">;
/** The ticket being served at my counter (local state, from the ticket's answers). */
type TicketInfo = Pick<Answer<"/api/v1/queue/tickets/{id}">, "id" | "number" | "recalls" | "status">;
/** What calling a ticket answers (204, no ticket, when nobody is waiting). */
type Called = Answer<"/api/v1/queue/counters/{id}/call", "post">;
type Recalled = Answer<"/api/v1/queue/tickets/{id}/recall", "post">;
type NoShow = Answer<"/api/v1/queue/tickets/{id}/no-show", "post">;
type Finished = Answer<"/api/v1/queue/tickets/{id}/finish", "post">;
type Transferred = Answer<"/api/v1/queue/tickets/{id}/transfer", "post">;

const PRIORITY_COLOR: Record<string, string> = { elderly: "gold", disabled: "blue", pregnant: "magenta" };

/** 叫号台: sign in to a counter, call, recall, mark no-show, transfer, finish, and start intake from the ticket. */
export function QueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // A press repeated after a lost answer replays it: never a second ticket called.
  const post = usePost();
  const navigate = useNavigate();
  const { user } = useSession();
  const siteCode = user?.roles.find((r) => r.role === "clerk")?.orgCode ?? user?.orgCode ?? "";
  const [tick, setTick] = useState(0);
  const [current, setCurrent] = useState<TicketInfo>();
  const [pausing, setPausing] = useState(false);
  const [transferring, setTransferring] = useState(false);

  const counters = useLoad(() => api<Counters>(`/queue/sites/${siteCode}/counters`), [siteCode, tick]);
  const mine = counters.data?.items.find((c) => c.staffId === user?.id && c.status !== "closed");
  const line = useLoad(
    () => api<Line>(`/queue/sites/${siteCode}/line${mine ? `?counterId=${mine.id}` : ""}`),
    [siteCode, mine?.id, tick],
  );
  const kpis = useLoad(() => api<Kpis>(`/queue/sites/${siteCode}/kpis`), [siteCode, tick]);

  // The hall's own event stream tells us when anything changes (a ticket taken, a call elsewhere).
  useEffect(() => {
    if (!siteCode) return;
    const source = new EventSource(`/api/v1/queue/sites/${siteCode}/events`);
    const bump = () => setTick((n) => n + 1);
    source.addEventListener("line", bump);
    source.addEventListener("call", bump);
    return () => source.close();
  }, [siteCode]);

  useEffect(() => {
    const id = mine?.current?.id;
    if (!id) return setCurrent(undefined);
    if (current?.id === id) return;
    api<Answer<"/api/v1/queue/tickets/{id}">>(`/queue/tickets/${id}`).then(
      (tk) => setCurrent({ id: tk.id, number: tk.number, recalls: tk.recalls, status: tk.status }),
      () => setCurrent(undefined),
    );
  }, [mine?.current?.id]);

  async function run<T>(fn: () => Promise<T>, after?: (r: T) => void) {
    try {
      const r = await fn();
      after?.(r);
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setTick((n) => n + 1);
    }
  }
  const onTicket = (r: Called | undefined) => {
    if (!r) {
      setCurrent(undefined);
      void message.info(t("queue.nobody"));
    } else setCurrent(r.ticket.status === "called" ? r.ticket : undefined);
  };

  const free = counters.data?.items.filter((c) => c.status === "closed" || !c.staffId) ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      {counters.error && <Alert type="error" title={counters.error.message} />}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card
            title={t("queue.myCounter")}
            extra={
              mine && (
                <Space>
                  <Badge
                    status={mine.status === "open" ? "success" : "warning"}
                    text={t("queue.signedInAs", {
                      counter: mine.name,
                      status: t(`queue.counterStatus.${mine.status}`),
                    })}
                  />
                </Space>
              )
            }
          >
            {!mine ? (
              <Space direction="vertical" style={{ width: "100%" }}>
                <Typography.Text>{t("queue.pickCounter")}</Typography.Text>
                <Space wrap>
                  {free.map((c) => (
                    <Button
                      key={c.id}
                      size="large"
                      onClick={() => void run(() => post(`/queue/counters/${c.id}/sign-in`))}
                    >
                      {c.name} · {t("queue.signIn")}
                    </Button>
                  ))}
                </Space>
              </Space>
            ) : (
              <Space direction="vertical" size="large" style={{ width: "100%" }}>
                <div style={{ textAlign: "center" }}>
                  <Typography.Text type="secondary">{t("queue.current")}</Typography.Text>
                  <div
                    data-testid="current-ticket"
                    style={{ fontSize: 56, fontWeight: 700, color: "#1356a8" }}
                  >
                    {current?.number ?? "—"}
                  </div>
                  {current ? (
                    <Typography.Text type="secondary">
                      {t("queue.recalls", { n: current.recalls })}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">{t("queue.none")}</Typography.Text>
                  )}
                </div>
                <Button
                  type="primary"
                  size="large"
                  block
                  icon={<SoundOutlined />}
                  disabled={mine.status !== "open"}
                  onClick={() =>
                    void run(() => post<Called | undefined>(`/queue/counters/${mine.id}/call`), onTicket)
                  }
                >
                  {t("queue.callNext")}
                </Button>
                {current && (
                  <Space wrap style={{ justifyContent: "center", width: "100%" }}>
                    <Button
                      onClick={() =>
                        void run(() => post<Recalled>(`/queue/tickets/${current.id}/recall`), onTicket)
                      }
                    >
                      {t("queue.recall")}
                    </Button>
                    <Button
                      danger
                      disabled={current.recalls < (line.data?.rules.maxRecalls ?? 0)}
                      onClick={() =>
                        void run(() => post<NoShow>(`/queue/tickets/${current.id}/no-show`), onTicket)
                      }
                    >
                      {t("queue.noShow")}
                    </Button>
                    <Button onClick={() => setTransferring(true)}>{t("queue.transfer")}</Button>
                    <Button
                      onClick={() =>
                        void run(() => post<Finished>(`/queue/tickets/${current.id}/finish`), onTicket)
                      }
                    >
                      {t("queue.finish")}
                    </Button>
                    <Button
                      type="primary"
                      ghost
                      onClick={() => void navigate(`/intake?ticket=${current.id}`)}
                    >
                      {t("queue.intake")}
                    </Button>
                  </Space>
                )}
                <Space style={{ justifyContent: "flex-end", width: "100%" }}>
                  {mine.status === "open" ? (
                    <Button onClick={() => setPausing(true)}>{t("queue.pause")}</Button>
                  ) : (
                    <Button onClick={() => void run(() => post(`/queue/counters/${mine.id}/resume`))}>
                      {t("queue.resume")}
                    </Button>
                  )}
                  <Button onClick={() => void run(() => post(`/queue/counters/${mine.id}/sign-out`))}>
                    {t("queue.signOut")}
                  </Button>
                </Space>
              </Space>
            )}
          </Card>
          <Card title={t("queue.counters")} style={{ marginTop: 16 }} size="small">
            <Table<Counter>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={counters.data?.items ?? []}
              columns={[
                { title: t("orgs.counterName"), dataIndex: "name" },
                {
                  title: t("orgs.counterStatus"),
                  dataIndex: "status",
                  render: (s: Counter["status"], c) => (
                    <span>
                      <Badge
                        status={s === "open" ? "success" : s === "paused" ? "warning" : "default"}
                        text={t(`queue.counterStatus.${s}`)}
                      />
                      {c.pauseReason && (
                        <Typography.Text type="secondary">（{c.pauseReason}）</Typography.Text>
                      )}
                    </span>
                  ),
                },
                { title: t("queue.staff"), dataIndex: "staffName", render: (n: string | null) => n ?? "—" },
                { title: t("queue.current"), render: (_, c) => c.current?.number ?? "—" },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            title={
              <Space>
                {t("queue.line")}
                <Tag color="green">{t("queue.live")}</Tag>
              </Space>
            }
          >
            {line.data && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t("queue.rule", { every: line.data.rules.priorityEvery })}
                description={t("queue.lineHelp")}
              />
            )}
            <Table<LineItem>
              rowKey="id"
              size="middle"
              loading={line.loading && !line.data}
              dataSource={line.data?.items ?? []}
              locale={{ emptyText: <Empty description={t("queue.nobody")} /> }}
              pagination={{ pageSize: 12, hideOnSinglePage: true }}
              columns={[
                { title: t("queue.position"), dataIndex: "position", width: 64 },
                {
                  title: t("queue.number"),
                  dataIndex: "number",
                  width: 80,
                  render: (n: string) => <Typography.Text strong>{n}</Typography.Text>,
                },
                { title: t("queue.service"), dataIndex: "serviceName", width: 96 },
                {
                  title: t("queue.priority"),
                  dataIndex: "priority",
                  width: 84,
                  render: (p: string) =>
                    p === "normal" ? (
                      t("queue.priorities.normal")
                    ) : (
                      <Tag color={PRIORITY_COLOR[p]}>{t(`queue.priorities.${p}`)}</Tag>
                    ),
                },
                {
                  title: t("queue.waited"),
                  dataIndex: "waitedMinutes",
                  width: 84,
                  render: (n: number) => t("queue.minutes", { n }),
                },
                { title: t("queue.reason"), dataIndex: "reasonText" },
                {
                  title: "",
                  render: (_, row) =>
                    mine?.status === "open" && (
                      <Button
                        size="small"
                        onClick={() =>
                          void run(
                            () =>
                              post<Called>(`/queue/counters/${mine.id}/call`, {
                                ticketId: row.id,
                              }),
                            onTicket,
                          )
                        }
                      >
                        {t("queue.callThis")}
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
          <KpiCard kpis={kpis.data} />
        </Col>
      </Row>
      <PauseDialog
        open={pausing}
        onClose={() => setPausing(false)}
        onPause={(reason) => mine && void run(() => post(`/queue/counters/${mine.id}/pause`, { reason }))}
      />
      {current && mine && (
        <TransferDialog
          open={transferring}
          counters={(counters.data?.items ?? []).filter((c) => c.id !== mine.id)}
          siteCode={siteCode}
          onClose={() => setTransferring(false)}
          onTransfer={(body) =>
            void run(() => post<Transferred>(`/queue/tickets/${current.id}/transfer`, body), onTicket)
          }
        />
      )}
    </Space>
  );
}
