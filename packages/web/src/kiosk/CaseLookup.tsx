import { useState } from "react";
import { useTranslation } from "react-i18next";
import { chinaDate, maskIdNumber, parseResidentId } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import type { Answer, ItemOf } from "../api/contract.js";
import { deviceApi } from "../devices/deviceApi.js";
import { useReader } from "../devices/bridge.js";
import { RateVisit } from "./RateVisit.js";
import { ErrorNote } from "./ErrorNote.js";
import i18n from "./i18n/index.js";

type Cases = Answer<"/api/v1/kiosk/cases">;
type CaseRow = ItemOf<Cases["items"]>;
type Progress = Answer<"/api/v1/public/progress">;

const FINISHED = ["approved", "rejected", "not_accepted"];

/** A date already past is no use to a resident: then just "as soon as you can". */
const byWhen = (until: string) =>
  until < chinaDate(new Date()) ? i18n.t("cases.asSoonAsYouCan") : i18n.t("cases.byDate", { date: until });

const day = (iso: string) => iso.slice(0, 10);
const time = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** The progress token in a receipt's QR code (…/p/<token>), or undefined for another code. */
export function progressToken(text: string): string | undefined {
  return /\/p\/([A-Za-z0-9_-]{8,64})(?:[?#]|$)/.exec(text.trim())?.[1];
}

/**
 * 办件查询 on the kiosk: the ID card on the reader (or a finger on the fingerprint reader,
 * or the ID typed) lists the resident's cases; scanning the 受理回执's QR code opens that
 * case. A case shows its timeline in plain Chinese, and a finished case can be rated
 * (一事一评, skippable).
 */
export function CaseLookup() {
  const { t } = useTranslation();
  const [idNumber, setIdNumber] = useState("");
  // An ID from the card or the fingerprint is shown masked: the kiosk's screen is public.
  const [fromDevice, setFromDevice] = useState(false);
  const [cases, setCases] = useState<CaseRow[]>();
  const [open, setOpen] = useState<Progress>();
  const [error, setError] = useState<string>();
  const [finger, setFinger] = useState(false);

  const identifying = !cases && !open;
  const card = useReader("idcard", identifying, (r) => void lookup(r.idNumber, true));
  useReader("scanner", identifying, (r) => void scanned(r.text));
  const fingerState = useReader(
    "fingerprint",
    identifying && finger,
    (r) => {
      setFinger(false);
      void lookup(r.idNumber, true);
    },
    () => setError(t("cases.fingerFailed")),
  );

  async function lookup(raw = idNumber, read = fromDevice) {
    setError(undefined);
    const id = raw.trim().toUpperCase();
    setIdNumber(id);
    setFromDevice(read);
    if (!parseResidentId(id).ok) {
      setError(t("cases.badId"));
      return;
    }
    try {
      const r = await deviceApi<Cases>(`/kiosk/cases?idNumber=${encodeURIComponent(id)}`);
      setCases(r.items);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("common.networkError"));
    }
  }

  async function scanned(text: string) {
    const token = progressToken(text);
    if (!token) {
      setError(t("cases.notReceiptCode"));
      return;
    }
    try {
      setIdNumber("");
      setFromDevice(false);
      setOpen(await deviceApi<Progress>(`/public/progress?token=${encodeURIComponent(token)}`));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("common.networkError"));
    }
  }

  async function show(caseNo: string) {
    const q = new URLSearchParams({ caseNo, idNumber: idNumber.trim().toUpperCase() });
    setOpen(await deviceApi<Progress>(`/public/progress?${q.toString()}`));
  }

  if (open)
    return (
      <div className="kiosk-page" data-testid="kiosk-case">
        <h1>{open.itemName}</h1>
        <p className="lead">
          {t("cases.caseNo", { caseNo: open.caseNo })} · <b>{open.statusText}</b>
          {open.paused
            ? ` · ${t("cases.paused")}`
            : open.deadline && !FINISHED.includes(open.status)
              ? ` · ${t("cases.promised", { date: day(open.deadline) })}`
              : ""}
        </p>
        {open.supplementDue && (
          <p className="collect todo" data-testid="kiosk-supplement">
            <b>{t("cases.supplementTitle")}</b>
            {t("cases.supplementText", { when: byWhen(open.supplementDue) })}
          </p>
        )}
        {open.collect && (
          <p className="collect" data-testid="kiosk-collect">
            <b>{t("cases.collectTitle")}</b>
            {t("cases.collectText", {
              when: byWhen(open.collect.until),
              site: open.collect.siteName,
              address: open.collect.address,
              hours: open.collect.openingHours,
            })}
          </p>
        )}
        <ol className="timeline">
          {open.timeline.map((e, i) => (
            <li key={i}>
              <span className="stage">{e.stage}</span>
              <span className="when">{time(e.at)}</span>
              <div>{e.text}</div>
            </li>
          ))}
        </ol>
        {FINISHED.includes(open.status) && idNumber && (
          <RateVisit key={open.caseNo} path="/public/evaluations" body={{ caseNo: open.caseNo, idNumber }} />
        )}
        <div className="actions">
          <button onClick={() => setOpen(undefined)}>
            {cases ? t("cases.backToList") : t("cases.back")}
          </button>
        </div>
      </div>
    );

  return (
    <div className="kiosk-page">
      <h1>{t("cases.title")}</h1>
      <p className="lead">{t("cases.lead")}</p>
      {identifying && (
        <div className="ways" data-testid="kiosk-ways">
          <div className={card === "waiting" ? "way ready" : "way"}>
            <span className="name">{t("cases.idCard")}</span>
            <span className="hint">
              {card === "unreachable" ? t("cases.readerDown") : t("cases.placeCard")}
            </span>
          </div>
          <button
            className={finger ? "way ready" : "way"}
            onClick={() => setFinger(true)}
            aria-pressed={finger}
            data-testid="kiosk-finger"
          >
            <span className="name">{t("cases.finger")}</span>
            <span className="hint">
              {finger && fingerState === "waiting" ? t("cases.fingerNow") : t("cases.fingerWho")}
            </span>
          </button>
          <div className="way">
            <span className="name">{t("cases.receiptCode")}</span>
            <span className="hint">{t("cases.receiptCodeHint")}</span>
          </div>
        </div>
      )}
      <section className="idcard">
        <label>
          {t("cases.orTypeId")}
          <input
            value={fromDevice ? maskIdNumber(idNumber) : idNumber}
            readOnly={fromDevice}
            onChange={(e) => setIdNumber(e.target.value.toUpperCase())}
            onKeyDown={(e) => {
              // Typing over a number read by a device starts a typed number afresh.
              if (fromDevice && e.key !== "Enter") {
                setFromDevice(false);
                setIdNumber("");
              } else if (e.key === "Enter") void lookup();
            }}
            inputMode="numeric"
            maxLength={18}
            autoComplete="off"
            data-testid="kiosk-case-id"
          />
        </label>
        <button className="primary" onClick={() => void lookup()} data-testid="kiosk-case-lookup">
          {t("common.search")}
        </button>
      </section>
      <ErrorNote text={error} />
      {cases && cases.length === 0 && <p className="lead">{t("cases.none")}</p>}
      {cases && (
        <div className="actions">
          <button
            onClick={() => {
              setCases(undefined);
              setIdNumber("");
              setFromDevice(false);
            }}
          >
            {t("cases.anotherPerson")}
          </button>
        </div>
      )}
      {cases && cases.length > 0 && (
        <div className="services" data-testid="kiosk-case-list">
          {cases.map((c) => (
            <button key={c.caseNo} className="service" onClick={() => void show(c.caseNo)}>
              <span className="name">{c.itemName}</span>
              <span className="waiting">
                {c.statusText} · {t("cases.acceptedOn", { date: day(c.acceptedAt) })}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
