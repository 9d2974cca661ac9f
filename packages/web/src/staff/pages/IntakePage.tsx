import { CheckCircleTwoTone, PrinterOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Result, Row, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { api, ApiError } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import type { ItemDetail, ItemSummary } from "../../api/types.js";
import { Receipt } from "../../ui/Receipt.js";
import { ApplicationForm, filledIn, formOf, prefilled, type FormValues } from "../../ui/ApplicationForm.js";
import { RefusalDialog } from "../../ui/RefusalDialog.js";
import { ReceiptsPanel } from "./ReceiptsPanel.js";
import { MissingNotice, ReceivedSlip, type Received } from "./IntakeDialogs.js";
import { ApplicantCard, prefillFrom, type FieldError, type Lookup } from "./IntakeApplicant.js";
import { MaterialsCard } from "./IntakeMaterials.js";
import { ResultsToCollect } from "./IntakeResults.js";
import { usePost } from "../../ui/usePost.js";
import { errorText } from "../../ui/errors.js";

type Accepted = Answer<"/api/v1/cases", "post">;
type Ticket = Answer<"/api/v1/queue/tickets/{id}">;

/** 综合窗口受理: read the applicant, pick the item, check materials, then accept or list what is missing. */
export function IntakePage() {
  const { t } = useTranslation();
  const [idNumber, setIdNumber] = useState("");
  const [idError, setIdError] = useState<string>();
  const [person, setPerson] = useState<Lookup>();
  /** The ID number the applicant card was read with (the field may be edited afterwards). */
  const [readId, setReadId] = useState<string>();
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
  const [fieldError, setFieldError] = useState<FieldError>();
  const [params] = useSearchParams();
  const post = usePost();
  const navigate = useNavigate();
  const ticketId = params.get("ticket");
  const [ticket, setTicket] = useState<Ticket>();

  // Started from a called ticket: the ID read at the kiosk and the item chosen there come along.
  useEffect(() => {
    if (!ticketId) return setTicket(undefined);
    api<Ticket>(`/queue/tickets/${encodeURIComponent(ticketId)}`).then(
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

  const form = formOf(item);
  const missing = item ? item.materials.filter((m) => m.required && !checked.includes(m.id)) : [];
  // Materials the resident has on file at A or B: no need to hand them over again.
  const onFile = item
    ? item.materials.filter(
        (m) => person?.known && person.documents.some((d) => d.reusable && d.name === m.name),
      )
    : [];

  async function read(value = idNumber) {
    setIdError(undefined);
    try {
      const found = await api<Lookup>(`/residents/lookup?idNumber=${encodeURIComponent(value.trim())}`);
      setPerson(found);
      setReadId(value.trim());
      setName(found.known ? found.name : "");
      setPhone("");
      if (form) setFormData((v) => prefilled(form, v, prefillFrom(found)));
    } catch (e) {
      setPerson(undefined);
      setIdError(e instanceof ApiError ? e.message : String(e));
    }
  }

  async function search(q: string) {
    const { items } = await api<Answer<"/api/v1/catalog/items">>(`/catalog/items?q=${encodeURIComponent(q)}`);
    setOptions(items.slice(0, 30));
  }

  async function pick(code: string) {
    const detail = await api<ItemDetail>(`/catalog/items/${encodeURIComponent(code)}`);
    setItem(detail);
    setChecked([]);
    const detailForm = formOf(detail);
    setFormData(detailForm ? prefilled(detailForm, {}, prefillFrom(person)) : {});
  }

  /** Sends the application as entered (受理 or 收件); field errors show beside the form. */
  async function send<T>(path: string, extra: object, done: (result: T) => void) {
    if (!item || !person) return;
    setBusy(true);
    setFieldError(undefined);
    const body = {
      itemCode: item.code,
      applicant: {
        idNumber: idNumber.trim(),
        name: name.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
      },
      materials: item.materials.map((m) => ({ id: m.id, provided: checked.includes(m.id) })),
      ...(form ? { formData: filledIn(formData) } : {}),
      ...extra,
    };
    try {
      const result = await post<T>(path, body);
      done(result);
    } catch (e) {
      // Beside the buttons, and it stays until the next press: pressing again is safe.
      setFieldError({
        ...(e instanceof ApiError && e.field ? { field: e.field } : {}),
        message: errorText(e, t),
      });
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
          <ApplicantCard
            ticket={ticket}
            idNumber={idNumber}
            setIdNumber={setIdNumber}
            idError={idError}
            read={() => void read()}
            person={person}
            name={name}
            setName={setName}
            phone={phone}
            setPhone={setPhone}
            fieldError={fieldError}
          />
          {person?.known && readId && <ResultsToCollect idNumber={readId} />}
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
          {item && form && item.communityIssuable && (
            <ApplicationForm
              schema={form}
              values={formData}
              onChange={setFormData}
              error={fieldError?.field?.startsWith("formData.") ? fieldError : undefined}
            />
          )}
          {item && item.communityIssuable && (
            <MaterialsCard
              item={item}
              person={person}
              checked={checked}
              setChecked={setChecked}
              missing={missing}
              onFile={onFile}
              fieldError={fieldError}
              busy={busy}
              submit={(mode) => void submit(mode)}
              receive={() => void receive()}
              showNotice={() => setNotice(true)}
              refuse={() => setRefusing(true)}
            />
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
          applicantName={person?.known ? person.name : undefined}
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
