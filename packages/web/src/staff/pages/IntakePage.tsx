import { CheckCircleTwoTone, IdcardOutlined, PrinterOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api, ApiError } from "../../api/client.js";
import type { ItemDetail, ItemSummary } from "../../api/types.js";
import { Receipt, type ReceiptData } from "../../ui/Receipt.js";
import {
  ApplicationForm,
  filledIn,
  prefilled,
  type FormValues,
  type PrefillSource,
} from "../../ui/ApplicationForm.js";
import { RefusalDialog } from "../../ui/RefusalDialog.js";
import { ReceiptsPanel } from "./ReceiptsPanel.js";
import { MissingNotice, ReceivedSlip, type Received } from "./IntakeDialogs.js";

type Lookup = {
  known: boolean;
  name?: string;
  phoneMasked?: string | null;
  communityName?: string | null;
  address?: string | null;
  sex: string;
  birthDate: string;
  documents?: { name: string; trustLevel: string; trustText: string; reusable: boolean; source: string }[];
};
type Accepted = Omit<ReceiptData, "applicantName">;

/** What a known resident brings to the form's prefillable fields. */
function prefillFrom(person: Lookup | undefined): PrefillSource {
  return person?.known
    ? {
        "resident.address": person.address,
        "resident.name": person.name,
        "resident.community": person.communityName,
      }
    : {};
}

/** 综合窗口受理: read the applicant, pick the item, check materials, then accept or list what is missing. */
export function IntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [idNumber, setIdNumber] = useState("");
  const [idError, setIdError] = useState<string>();
  const [person, setPerson] = useState<Lookup>();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [options, setOptions] = useState<ItemSummary[]>([]);
  const [item, setItem] = useState<ItemDetail>();
  const [checked, setChecked] = useState<string[]>([]);
  const [formData, setFormData] = useState<FormValues>({});
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<Accepted>();
  const [notice, setNotice] = useState(false);
  const [showReceipt, setShowReceipt] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [received, setReceived] = useState<Received>();
  const [receipts, setReceipts] = useState(0);
  const [fieldError, setFieldError] = useState<{ field?: string; message: string }>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ticketId = params.get("ticket");
  const [ticket, setTicket] = useState<{ id: string; number: string; idNumber: string | null }>();

  // Started from a called ticket: the ID read at the kiosk and the item chosen there come along.
  useEffect(() => {
    if (!ticketId) return setTicket(undefined);
    api<{ id: string; number: string; idNumber: string | null; itemCode: string | null }>(
      `/queue/tickets/${encodeURIComponent(ticketId)}`,
    ).then(
      (tk) => {
        setTicket(tk);
        if (tk.idNumber) {
          setIdNumber(tk.idNumber);
          void read(tk.idNumber);
        }
        if (tk.itemCode) void pick(tk.itemCode);
      },
      () => setTicket(undefined),
    );
  }, [ticketId]);

  const missing = item ? item.materials.filter((m) => m.required && !checked.includes(m.id)) : [];
  // Materials the resident has on file at A or B: no need to hand them over again.
  const onFile = item
    ? item.materials.filter((m) => person?.documents?.some((d) => d.reusable && d.name === m.name))
    : [];

  async function read(value = idNumber) {
    setIdError(undefined);
    try {
      const found = await api<Lookup>(`/residents/lookup?idNumber=${encodeURIComponent(value.trim())}`);
      setPerson(found);
      setName(found.name ?? "");
      setPhone("");
      if (item?.form) setFormData((v) => prefilled(item.form!, v, prefillFrom(found)));
    } catch (e) {
      setPerson(undefined);
      setIdError(e instanceof ApiError ? e.message : String(e));
    }
  }

  async function search(q: string) {
    const { items } = await api<{ items: ItemSummary[] }>(`/catalog/items?q=${encodeURIComponent(q)}`);
    setOptions(items.slice(0, 30));
  }

  async function pick(code: string) {
    const detail = await api<ItemDetail>(`/catalog/items/${encodeURIComponent(code)}`);
    setItem(detail);
    setChecked([]);
    setFormData(detail.form ? prefilled(detail.form, {}, prefillFrom(person)) : {});
  }

  /** Sends the application as entered (受理 or 收件); field errors show beside the form. */
  async function send<T>(path: string, extra: object, done: (result: T) => void) {
    if (!item || !person) return;
    setBusy(true);
    setFieldError(undefined);
    try {
      const result = await api<T>(path, {
        method: "POST",
        headers: { "idempotency-key": crypto.randomUUID() },
        body: {
          itemCode: item.code,
          applicant: {
            idNumber: idNumber.trim(),
            name: name.trim(),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
          },
          materials: item.materials.map((m) => ({ id: m.id, provided: checked.includes(m.id) })),
          ...(item.form ? { formData: filledIn(formData) } : {}),
          ...extra,
        },
      });
      done(result);
    } catch (e) {
      if (e instanceof ApiError)
        setFieldError({ ...(e.field ? { field: e.field } : {}), message: e.message });
      else void message.error(String(e));
    } finally {
      setBusy(false);
    }
  }

  const submit = (mode: "normal" | "tolerate-missing") =>
    send<Accepted>("/cases", { acceptMode: mode, ...(ticket ? { ticketId: ticket.id } : {}) }, (result) => {
      setAccepted(result);
      setShowReceipt(true);
    });

  const receive = () =>
    send<Received>("/cases/receipts", {}, (r) => {
      setReceived(r);
      setReceipts((n) => n + 1);
    });

  function reset() {
    setAccepted(undefined);
    setPerson(undefined);
    setIdNumber("");
    setName("");
    setPhone("");
    setItem(undefined);
    setChecked([]);
    setFieldError(undefined);
    if (ticketId) void navigate("/intake", { replace: true });
  }

  if (accepted) {
    return (
      <Card>
        <Result
          icon={<CheckCircleTwoTone twoToneColor="#52c41a" />}
          title={t("intake.acceptedTitle")}
          subTitle={
            <Space direction="vertical">
              <span data-testid="accepted-case-no">
                {t("intake.caseNo")}：
                <Typography.Text strong copyable>
                  {accepted.caseNo}
                </Typography.Text>
              </span>
              <span>
                {t("intake.deadline")}：{accepted.deadlineDate}
              </span>
            </Space>
          }
          extra={[
            <Button key="receipt" icon={<PrinterOutlined />} onClick={() => setShowReceipt(true)}>
              {t("receipt.print")}
            </Button>,
            <Button type="primary" key="next" onClick={reset}>
              {t("intake.next")}
            </Button>,
            <Link key="open" to={`/cases/${accepted.caseNo}`}>
              <Button>{t("intake.open")}</Button>
            </Link>,
          ]}
        />
        <Receipt
          data={{ ...accepted, applicantName: name.trim() }}
          open={showReceipt}
          onClose={() => setShowReceipt(false)}
        />
      </Card>
    );
  }

  return (
    <>
      <ReceiptsPanel refreshKey={receipts} />
      <Row gutter={24}>
        <Col span={9}>
          <Card
            title={
              <>
                <IdcardOutlined /> {t("intake.applicant")}
              </>
            }
          >
            {ticket && (
              <Alert
                type="info"
                showIcon
                data-testid="intake-ticket"
                style={{ marginBottom: 16 }}
                title={t(ticket.idNumber ? "intake.fromTicketWithId" : "intake.fromTicket", {
                  number: ticket.number,
                })}
              />
            )}
            <Form layout="vertical">
              <Form.Item
                label={t("intake.idNumber")}
                extra={t("intake.idHelp")}
                validateStatus={idError ? "error" : undefined}
                help={idError}
              >
                <Input.Search
                  size="large"
                  value={idNumber}
                  onChange={(e) => setIdNumber(e.target.value)}
                  onSearch={() => void read()}
                  enterButton={t("intake.read")}
                  maxLength={18}
                  data-testid="intake-id"
                  style={{ fontFamily: "monospace" }}
                />
              </Form.Item>
              {person && (
                <>
                  <Alert
                    type={person.known ? "success" : "info"}
                    showIcon
                    title={person.known ? t("intake.known") : t("intake.unknown")}
                    style={{ marginBottom: 16 }}
                  />
                  <Form.Item
                    label={t("intake.name")}
                    validateStatus={fieldError?.field === "applicant.name" ? "error" : undefined}
                  >
                    <Input value={name} onChange={(e) => setName(e.target.value)} data-testid="intake-name" />
                  </Form.Item>
                  <Form.Item
                    label={t("intake.phone")}
                    extra={
                      person.phoneMasked ? t("intake.phoneOnFile", { phone: person.phoneMasked }) : undefined
                    }
                    validateStatus={fieldError?.field === "applicant.phone" ? "error" : undefined}
                    help={fieldError?.field === "applicant.phone" ? fieldError.message : undefined}
                  >
                    <Input
                      value={phone}
                      onChange={(e) => setPhone(e.target.value)}
                      maxLength={11}
                      data-testid="intake-phone"
                    />
                  </Form.Item>
                  {person.known && (
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label="社区">{person.communityName}</Descriptions.Item>
                      <Descriptions.Item label="出生日期">{person.birthDate}</Descriptions.Item>
                    </Descriptions>
                  )}
                </>
              )}
            </Form>
          </Card>
        </Col>
        <Col span={15}>
          <Card title={t("intake.item")} style={{ marginBottom: 24 }}>
            <Select
              showSearch
              size="large"
              placeholder={t("intake.itemSearch")}
              filterOption={false}
              onSearch={(q) => void search(q)}
              onFocus={() => options.length === 0 && void search("")}
              // Controlled, so that clearing for the next applicant clears the choice too.
              value={item?.code ?? null}
              onChange={(code: string) => void pick(code)}
              options={options.map((o) => ({ value: o.code, label: `${o.name}（${o.timeLimitText}）` }))}
              style={{ width: "100%" }}
              data-testid="intake-item"
            />
            {item && !item.communityIssuable && (
              <Alert
                type="error"
                showIcon
                title={t("intake.notIssuable")}
                description={item.notIssuableReason}
                style={{ marginTop: 16 }}
                action={
                  <Button danger disabled={!person} onClick={() => setRefusing(true)}>
                    {t("refusal.title")}
                  </Button>
                }
              />
            )}
          </Card>
          {item?.form && item.communityIssuable && (
            <ApplicationForm
              schema={item.form}
              values={formData}
              onChange={setFormData}
              error={fieldError?.field?.startsWith("formData.") ? fieldError : undefined}
            />
          )}
          {item && item.communityIssuable && (
            <Card
              title={t("intake.materials")}
              extra={<Typography.Text type="secondary">{t("intake.materialsHelp")}</Typography.Text>}
            >
              {onFile.length > 0 && (
                <Alert
                  type="success"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={t("intake.onFile", { count: onFile.length })}
                  action={
                    <Button
                      size="small"
                      onClick={() => setChecked((c) => [...new Set([...c, ...onFile.map((m) => m.id)])])}
                      data-testid="reuse-documents"
                    >
                      {t("intake.reuse")}
                    </Button>
                  }
                />
              )}
              <Checkbox.Group value={checked} onChange={(v) => setChecked(v)} style={{ width: "100%" }}>
                <Space direction="vertical" style={{ width: "100%" }}>
                  {item.materials.map((m) => {
                    const doc = person?.documents?.find((d) => d.name === m.name);
                    return (
                      <Checkbox key={m.id} value={m.id} data-testid={`material-${m.id}`}>
                        {m.name} <Typography.Text type="secondary">（{m.formName}）</Typography.Text>{" "}
                        {m.required && <Tag color="red">{t("intake.required")}</Tag>}
                        {doc && (
                          <Tag color={doc.reusable ? "green" : "default"} title={doc.source}>
                            {t("intake.docOnFile", { level: doc.trustText })}
                          </Tag>
                        )}
                      </Checkbox>
                    );
                  })}
                </Space>
              </Checkbox.Group>
              {missing.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginTop: 16 }}
                  title={t("intake.missingTitle")}
                  description={missing.map((m) => m.name).join("、")}
                />
              )}
              {fieldError && fieldError.field !== "applicant.phone" && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 16 }}
                  title={fieldError.message}
                  data-testid="intake-error"
                />
              )}
              <Space style={{ marginTop: 24 }}>
                <Button
                  type="primary"
                  size="large"
                  disabled={!person || missing.length > 0}
                  loading={busy}
                  onClick={() => void submit("normal")}
                >
                  {t("intake.accept")}
                </Button>
                <Button
                  size="large"
                  disabled={!person || missing.length === 0}
                  loading={busy}
                  onClick={() => void submit("tolerate-missing")}
                >
                  {t("intake.tolerate")}
                </Button>
                <Button
                  size="large"
                  icon={<PrinterOutlined />}
                  disabled={missing.length === 0}
                  onClick={() => setNotice(true)}
                >
                  {t("intake.notice")}
                </Button>
                <Button
                  size="large"
                  disabled={!person}
                  loading={busy}
                  onClick={() => void receive()}
                  data-testid="intake-receive"
                >
                  {t("receipts.receive")}
                </Button>
                <Button size="large" danger disabled={!person} onClick={() => setRefusing(true)}>
                  {t("refusal.title")}
                </Button>
              </Space>
            </Card>
          )}
        </Col>
        <ReceivedSlip
          received={received}
          onDone={() => {
            setReceived(undefined);
            reset();
          }}
        />
        <MissingNotice
          open={notice}
          onClose={() => setNotice(false)}
          item={item}
          missing={missing}
          applicantName={person?.name}
        />
        {item && person && (
          <RefusalDialog
            open={refusing}
            onClose={() => setRefusing(false)}
            itemCode={item.code}
            applicant={{
              idNumber: idNumber.trim(),
              name: name.trim(),
              ...(phone.trim() ? { phone: phone.trim() } : {}),
            }}
          />
        )}
      </Row>
    </>
  );
}
