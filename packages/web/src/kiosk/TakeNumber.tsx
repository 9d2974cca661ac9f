import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { maskIdNumber, parseResidentId } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import type { Answer, ItemOf } from "../api/contract.js";
import { useRetryKey } from "../ui/useRetryKey.js";
import { deviceApi, type DeviceInfo } from "../devices/deviceApi.js";
import { useReader } from "../devices/bridge.js";
import { ErrorNote } from "./ErrorNote.js";
import { dateLocale } from "./i18n/index.js";

type Services = Answer<"/api/v1/queue/sites/{siteCode}/services">;
type Service = ItemOf<Services["items"]>;
type Ticket = Answer<"/api/v1/queue/tickets", "post">;

/** 取号 on the kiosk (portrait, touch): pick a service, optionally read the ID card, get a slip. */
export function TakeNumber({ device }: { device: DeviceInfo }) {
  const { t } = useTranslation();
  const [services, setServices] = useState<Service[]>([]);
  const [idNumber, setIdNumber] = useState("");
  // An ID read from the card is shown masked: the kiosk's screen is public.
  const [fromCard, setFromCard] = useState(false);
  const reader = useReader("idcard", true, (card) => {
    setIdNumber(card.idNumber);
    setFromCard(true);
  });
  const [priority, setPriority] = useState<"disabled" | "pregnant" | undefined>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<Ticket>();
  // A retried press after a timeout gets the same ticket, never two.
  const withRetryKey = useRetryKey();

  const reset = () => {
    setIdNumber("");
    setFromCard(false);
    setPriority(undefined);
    setError(undefined);
    setTicket(undefined);
    withRetryKey.forget();
  };

  useEffect(() => {
    const load = () =>
      deviceApi<Services>(`/queue/sites/${device.siteCode}/services`).then(
        (r) => setServices(r.items),
        () => undefined,
      );
    void load();
    const timer = window.setInterval(() => void load(), 10_000);
    return () => window.clearInterval(timer);
  }, [device.siteCode, ticket]);

  async function take(serviceCode: string) {
    setError(undefined);
    const id = idNumber.trim();
    if (id && !parseResidentId(id).ok) {
      setError(t("queue.badId"));
      return;
    }
    const body = {
      siteCode: device.siteCode,
      serviceCode,
      ...(id ? { idNumber: id } : {}),
      ...(priority ? { priority } : {}),
    };
    setBusy(true);
    try {
      const taken = await withRetryKey(body, (key) =>
        deviceApi<Ticket>("/queue/tickets", { method: "POST", body, headers: { "idempotency-key": key } }),
      );
      setTicket(taken);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("queue.retry"));
    } finally {
      setBusy(false);
    }
  }

  if (ticket) return <Slip ticket={ticket} onDone={reset} />;

  return (
    <div className="kiosk-page">
      <h1>{t("queue.title")}</h1>
      <p className="lead">{t("queue.lead")}</p>
      <div className="services">
        {services.map((s) => (
          <button
            key={s.code}
            className="service"
            disabled={busy}
            onClick={() => void take(s.code)}
            data-testid={`service-${s.code}`}
          >
            <span className="code">{s.code}</span>
            <span className="name">{s.name}</span>
            <span className="waiting">{t("queue.waiting", { count: s.waiting })}</span>
          </button>
        ))}
      </div>
      <section className="idcard">
        <h2>{t("queue.idCardTitle")}</h2>
        <p>{reader === "unreachable" ? t("queue.readerDown") : t("queue.readerHint")}</p>
        <label>
          {t("queue.idNumber")}
          <input
            value={fromCard ? maskIdNumber(idNumber) : idNumber}
            readOnly={fromCard}
            // Typing over a card read starts a typed number afresh.
            onKeyDown={() => {
              if (fromCard) {
                setFromCard(false);
                setIdNumber("");
              }
            }}
            onChange={(e) => setIdNumber(e.target.value.toUpperCase())}
            inputMode="numeric"
            maxLength={18}
            autoComplete="off"
            data-testid="kiosk-id"
          />
        </label>
        <div className="priority">
          {(["disabled", "pregnant"] as const).map((p) => (
            <button
              key={p}
              aria-pressed={priority === p}
              className={priority === p ? "toggle on" : "toggle"}
              onClick={() => setPriority(priority === p ? undefined : p)}
            >
              {t(`queue.priority.${p}`)}
            </button>
          ))}
        </div>
      </section>
      <ErrorNote text={error} />
    </div>
  );
}

/** The slip, laid out for a 58 mm thermal roll when printed. */
function Slip({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    void QRCode.toDataURL(ticket.positionUrl, { margin: 1, width: 180 }).then(setQr);
  }, [ticket.positionUrl]);
  const at = new Date(ticket.issuedAt).toLocaleString(dateLocale, {
    timeZone: "Asia/Shanghai",
    hour12: false,
  });
  return (
    <div className="kiosk-page">
      <div className="slip print-area" data-testid="slip">
        <div className="slip-site">{ticket.siteName}</div>
        <div className="slip-service">{ticket.serviceName}</div>
        <div className="slip-number" data-testid="slip-number">
          {ticket.number}
        </div>
        {ticket.priority !== "normal" && (
          <div className="slip-priority">{t(`queue.priority.${ticket.priority}`)}</div>
        )}
        <div className="slip-ahead">
          <Trans t={t} i18nKey="queue.ahead" count={ticket.ahead} components={{ b: <b /> }} />
        </div>
        <div className="slip-time">{t("queue.takenAt", { at })}</div>
        {qr && <img src={qr} alt={t("queue.qrAlt")} width={180} height={180} data-url={ticket.positionUrl} />}
        <div className="slip-hint">{t("queue.slipHint")}</div>
      </div>
      <div className="actions">
        <button className="primary" onClick={() => window.print()}>
          {t("queue.print")}
        </button>
        <button onClick={onDone}>{t("queue.done")}</button>
      </div>
    </div>
  );
}
