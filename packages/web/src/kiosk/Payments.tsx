import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { yuan } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import type { Answer, ItemOf, RequestBody } from "../api/contract.js";
import { deviceApi } from "../devices/deviceApi.js";
import { bridge, BridgeError } from "../devices/bridge.js";
import { NumPad } from "./NumPad.js";
import { RateVisit } from "./RateVisit.js";
import { ErrorNote } from "./ErrorNote.js";
import i18n from "./i18n/index.js";

type Billers = Answer<"/api/v1/payments/billers">;
type Biller = ItemOf<Billers["items"]>;
type Bill = Answer<"/api/v1/payments/bills">;
/** A payment as paying answers it; asking after the order again answers the same shape. */
type Order = Answer<"/api/v1/payments", "post">;

type Step = "biller" | "account" | "amount" | "confirm" | "pin" | "paying" | "result";

const PREPAY_FEN = [5000, 10000, 20000];
const message = (e: unknown) => (e instanceof ApiError ? e.message : i18n.t("common.networkError"));

/**
 * 我的缴费: pick a biller, enter the number (a phone number twice, so a slip of the finger
 * cannot top up a stranger), see the bill, choose the amount, pay by bank card on the PIN pad,
 * get a printed receipt, then rate the service (skippable).
 */
export function Payments({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [billers, setBillers] = useState<Biller[]>([]);
  const [biller, setBiller] = useState<Biller>();
  const [step, setStep] = useState<Step>("biller");
  const [account, setAccount] = useState("");
  const [again, setAgain] = useState("");
  const [bill, setBill] = useState<Bill>();
  const [amountFen, setAmountFen] = useState<number>();
  const [order, setOrder] = useState<Order>();
  const [printed, setPrinted] = useState<string>();
  const [error, setError] = useState<string>();
  // One key per payment attempt: a retried request after a network error pays once.
  const attemptKey = useRef<string>(undefined);
  const pinAbort = useRef<AbortController>(undefined);

  useEffect(() => {
    deviceApi<Billers>("/payments/billers").then((r) => setBillers(r.items), setErrorFrom);
    return () => pinAbort.current?.abort();
  }, []);

  function setErrorFrom(e: unknown) {
    setError(message(e));
  }

  const mobile = biller?.code === "mobile";
  const complete = biller ? new RegExp(biller.accountPattern).test(account) : false;

  function choose(b: Biller) {
    setBiller(b);
    setAccount("");
    setAgain("");
    setError(undefined);
    setStep("account");
  }

  async function queryBill() {
    if (!biller) return;
    setError(undefined);
    if (!complete) {
      setError(t("payments.accountInvalid", { label: biller.accountLabel, hint: biller.accountHint }));
      return;
    }
    if (mobile && again !== account) {
      setError(t("payments.mismatch"));
      setAgain("");
      return;
    }
    try {
      const q = new URLSearchParams({ biller: biller.code, account });
      const b = await deviceApi<Bill>(`/payments/bills?${q.toString()}`);
      setBill(b);
      setAmountFen(mobile ? undefined : b.amountDueFen || undefined);
      setStep("amount");
    } catch (e) {
      setErrorFrom(e);
    }
  }

  async function payByCard() {
    if (!biller || !amountFen) return;
    setError(undefined);
    setStep("pin");
    pinAbort.current = new AbortController();
    try {
      const card = await bridge.pay(amountFen, pinAbort.current.signal);
      if (!card.approved) {
        setError(card.reason === "wrong_pin" ? t("payments.wrongPin") : t("payments.cancelled"));
        setStep("confirm");
        return;
      }
      setStep("paying");
      attemptKey.current ??= crypto.randomUUID();
      const body = {
        biller: biller.code,
        account,
        amountFen,
        cardMasked: card.cardMasked,
        cardAuthCode: card.authCode,
      };
      setOrder(await submit(body, attemptKey.current));
      setStep("result");
    } catch (e) {
      if (e instanceof BridgeError && e.code === "CANCELLED") return;
      setError(e instanceof BridgeError ? t("payments.pinPadDown", { reason: e.message }) : message(e));
      setStep("confirm");
    }
  }

  useEffect(() => {
    if (step !== "pin" && step !== "paying") return;
    document.body.dataset.kioskBusy = "1";
    return () => {
      delete document.body.dataset.kioskBusy;
    };
  }, [step]);

  useEffect(() => {
    if (!order || order.status !== "pending") return;
    // The biller has not answered yet; the server settles the order by reconciliation.
    const timer = window.setInterval(() => {
      deviceApi<Answer<"/api/v1/payments/orders/{orderNo}">>(`/payments/orders/${order.orderNo}`).then(
        (o) => o.status !== "pending" && setOrder(o),
        () => undefined,
      );
    }, 3000);
    return () => window.clearInterval(timer);
  }, [order]);

  useEffect(() => {
    if (!order || order.status === "pending") return;
    bridge.print({ lines: order.receipt.lines }).then(
      () => setPrinted(i18n.t("payments.printed")),
      (e: unknown) =>
        setPrinted(
          i18n.t("payments.notPrinted", {
            reason: e instanceof Error ? e.message : i18n.t("payments.printerFault"),
          }),
        ),
    );
  }, [order]);

  const heading = biller ? biller.name : t("payments.title");
  return (
    <div className="kiosk-page" data-testid="kiosk-payments">
      <h1>{heading}</h1>
      {step === "biller" && (
        <>
          <p className="lead">{t("payments.pickBiller")}</p>
          <div className="tiles">
            {billers.map((b) => (
              <button
                key={b.code}
                className="tile"
                onClick={() => choose(b)}
                data-testid={`biller-${b.code}`}
              >
                <span className="name">{b.name}</span>
                <span className="hint">{b.accountHint}</span>
              </button>
            ))}
          </div>
        </>
      )}
      {step === "account" && biller && (
        <>
          <p className="lead">
            {t(mobile ? "payments.enterAccountTwice" : "payments.enterAccount", {
              label: biller.accountLabel,
            })}
          </p>
          <div className="entry">
            <label className={mobile && complete ? "" : "active"}>
              {biller.accountLabel}
              <input
                value={account}
                onChange={(e) => setAccount(e.target.value.replace(/\D/g, ""))}
                inputMode="numeric"
                autoComplete="off"
                data-testid="pay-account"
              />
            </label>
            {mobile && (
              <label className={complete ? "active" : ""}>
                {t("payments.again")}
                <input
                  value={again}
                  onChange={(e) => setAgain(e.target.value.replace(/\D/g, ""))}
                  onKeyDown={(e) => e.key === "Enter" && void queryBill()}
                  inputMode="numeric"
                  autoComplete="off"
                  data-testid="pay-account-again"
                />
              </label>
            )}
          </div>
          <NumPad
            value={mobile && complete ? again : account}
            onChange={mobile && complete ? setAgain : setAccount}
            maxLength={mobile ? 11 : 12}
            testId="pay"
          />
          <div className="actions">
            <button onClick={() => setStep("biller")}>{t("common.back")}</button>
            <button className="primary" onClick={() => void queryBill()} data-testid="pay-next">
              {t("common.next")}
            </button>
          </div>
        </>
      )}
      {step === "amount" && biller && bill && (
        <>
          <dl className="facts" data-testid="pay-bill">
            <dt>{biller.accountLabel}</dt>
            <dd>{bill.accountMasked}</dd>
            <dt>{t("payments.holder")}</dt>
            <dd>{bill.holderName}</dd>
            {bill.balanceFen !== undefined ? (
              <>
                <dt>{t("payments.balance")}</dt>
                <dd>{t("common.yuan", { amount: yuan(bill.balanceFen) })}</dd>
              </>
            ) : (
              <>
                <dt>{t("payments.dueFor", { period: bill.period })}</dt>
                <dd>
                  {bill.amountDueFen > 0
                    ? t("common.yuan", { amount: yuan(bill.amountDueFen) })
                    : t("payments.nothingDue")}
                </dd>
              </>
            )}
          </dl>
          <p className="lead">{t("payments.pickAmount")}</p>
          <div className="amounts">
            {(mobile ? biller.presetsFen : bill.amountDueFen > 0 ? [bill.amountDueFen] : PREPAY_FEN).map(
              (fen) => (
                <button
                  key={fen}
                  className={fen === amountFen ? "amount on" : "amount"}
                  aria-pressed={fen === amountFen}
                  onClick={() => setAmountFen(fen)}
                  data-testid={`pay-amount-${fen}`}
                >
                  {t("common.yuan", { amount: yuan(fen).replace(/\.00$/, "") })}
                </button>
              ),
            )}
          </div>
          <div className="actions">
            <button onClick={() => setStep("account")}>{t("common.back")}</button>
            <button
              className="primary"
              disabled={!amountFen}
              onClick={() => setStep("confirm")}
              data-testid="pay-next"
            >
              {t("common.next")}
            </button>
          </div>
        </>
      )}
      {(step === "confirm" || step === "pin" || step === "paying") && biller && bill && amountFen && (
        <>
          <p className="lead">{t("payments.check")}</p>
          <dl className="facts">
            <dt>{t("payments.item")}</dt>
            <dd>{biller.name}</dd>
            <dt>{biller.accountLabel}</dt>
            <dd>{bill.accountMasked}</dd>
            <dt>{t("payments.holder")}</dt>
            <dd>{bill.holderName}</dd>
            <dt>{t("payments.amount")}</dt>
            <dd className="money">{t("common.yuan", { amount: yuan(amountFen) })}</dd>
          </dl>
          {step === "confirm" && (
            <div className="actions">
              <button onClick={() => setStep("amount")}>{t("common.back")}</button>
              <button className="primary" onClick={() => void payByCard()} data-testid="pay-confirm">
                {t("payments.confirm")}
              </button>
            </div>
          )}
          {step === "pin" && (
            <div className="notice" role="status" data-testid="pay-pin">
              {t("payments.pinPrompt")}
              <button
                onClick={() => {
                  pinAbort.current?.abort();
                  setStep("confirm");
                }}
              >
                {t("common.cancel")}
              </button>
            </div>
          )}
          {step === "paying" && (
            <div className="notice" role="status">
              {t("payments.paying")}
            </div>
          )}
        </>
      )}
      {step === "result" && order && (
        <section data-testid="pay-result">
          <p className={`lead result ${order.status}`} role="status">
            {order.status === "pending" ? t("payments.pending") : order.statusText}
          </p>
          <dl className="facts">
            <dt>{t("payments.orderNo")}</dt>
            <dd>{order.orderNo}</dd>
            <dt>{t("payments.item")}</dt>
            <dd>{order.receipt.billerName}</dd>
            <dt>{t("payments.number")}</dt>
            <dd>{order.receipt.accountMasked}</dd>
            <dt>{t("payments.amount")}</dt>
            <dd className="money">{order.receipt.amountText}</dd>
            {order.receipt.failureReason && (
              <>
                <dt>{t("payments.reason")}</dt>
                <dd>{order.receipt.failureReason}</dd>
              </>
            )}
          </dl>
          {printed && <p className="lead">{printed}</p>}
          {order.status !== "pending" && (
            <RateVisit path={`/kiosk/payments/${order.orderNo}/evaluation`} onDone={onDone} />
          )}
        </section>
      )}
      <ErrorNote text={error} />
    </div>
  );
}

async function submit(body: RequestBody<"/api/v1/payments">, key: string): Promise<Order> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deviceApi<Order>("/payments", {
        method: "POST",
        body,
        headers: { "idempotency-key": key },
      });
    } catch (e) {
      // Only a lost connection is retried (same key: the server answers what it did the first time).
      if (e instanceof ApiError || attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
}
