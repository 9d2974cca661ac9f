import { useEffect, useRef, useState } from "react";
import { yuan } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import { deviceApi } from "../devices/deviceApi.js";
import { bridge, BridgeError } from "../devices/bridge.js";
import { NumPad } from "./NumPad.js";
import { RateVisit } from "./RateVisit.js";
import { ErrorNote } from "./ErrorNote.js";

type Biller = {
  code: string;
  name: string;
  accountLabel: string;
  accountHint: string;
  accountPattern: string;
  presetsFen: number[];
};
type Bill = {
  account: string;
  accountMasked: string;
  holderName: string;
  amountDueFen: number;
  period: string;
  balanceFen?: number;
};
type Receipt = {
  billerName: string;
  accountMasked: string;
  holderName: string | null;
  amountText: string;
  statusText: string;
  failureReason: string | null;
  createdAt: string;
  lines: string[];
};
type Order = {
  orderNo: string;
  status: "pending" | "succeeded" | "failed";
  statusText: string;
  receipt: Receipt;
};

type Step = "biller" | "account" | "amount" | "confirm" | "pin" | "paying" | "result";

const PREPAY_FEN = [5000, 10000, 20000];
const message = (e: unknown) => (e instanceof ApiError ? e.message : "网络异常，请稍后再试");

/**
 * 我的缴费: pick a biller, enter the number (a phone number twice, so a slip of the finger
 * cannot top up a stranger), see the bill, choose the amount, pay by bank card on the PIN pad,
 * get a printed receipt, then rate the service (skippable).
 */
export function Payments({ onDone }: { onDone: () => void }) {
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
    deviceApi<{ items: Biller[] }>("/payments/billers").then((r) => setBillers(r.items), setErrorFrom);
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
      setError(`${biller.accountLabel}不正确：${biller.accountHint}`);
      return;
    }
    if (mobile && again !== account) {
      setError("两次输入的手机号码不一致，请再输入一次");
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
        setError(card.reason === "wrong_pin" ? "银行卡密码不正确，请重新付款" : "付款已取消");
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
      setError(e instanceof BridgeError ? `密码键盘暂不可用：${e.message}` : message(e));
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
      deviceApi<Order>(`/payments/orders/${order.orderNo}`).then(
        (o) => o.status !== "pending" && setOrder(o),
        () => undefined,
      );
    }, 3000);
    return () => window.clearInterval(timer);
  }, [order]);

  useEffect(() => {
    if (!order || order.status === "pending") return;
    bridge.print({ lines: order.receipt.lines }).then(
      () => setPrinted("凭条已打印，请取走"),
      (e: unknown) =>
        setPrinted(`凭条没有打印出来（${e instanceof Error ? e.message : "打印机故障"}），请记下订单号`),
    );
  }, [order]);

  const heading = biller ? biller.name : "我的缴费";
  return (
    <div className="kiosk-page" data-testid="kiosk-payments">
      <h1>{heading}</h1>
      {step === "biller" && (
        <>
          <p className="lead">请选择缴费项目</p>
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
            请输入{biller.accountLabel}
            {mobile ? "，并再输入一次核对" : ""}
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
                再输入一次
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
            <button onClick={() => setStep("biller")}>上一步</button>
            <button className="primary" onClick={() => void queryBill()} data-testid="pay-next">
              下一步
            </button>
          </div>
        </>
      )}
      {step === "amount" && biller && bill && (
        <>
          <dl className="facts" data-testid="pay-bill">
            <dt>{biller.accountLabel}</dt>
            <dd>{bill.accountMasked}</dd>
            <dt>户名</dt>
            <dd>{bill.holderName}</dd>
            {bill.balanceFen !== undefined ? (
              <>
                <dt>当前余额</dt>
                <dd>{yuan(bill.balanceFen)} 元</dd>
              </>
            ) : (
              <>
                <dt>{bill.period} 应缴</dt>
                <dd>{bill.amountDueFen > 0 ? `${yuan(bill.amountDueFen)} 元` : "本期无欠费，可预存"}</dd>
              </>
            )}
          </dl>
          <p className="lead">请选择金额</p>
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
                  {yuan(fen).replace(/\.00$/, "")} 元
                </button>
              ),
            )}
          </div>
          <div className="actions">
            <button onClick={() => setStep("account")}>上一步</button>
            <button
              className="primary"
              disabled={!amountFen}
              onClick={() => setStep("confirm")}
              data-testid="pay-next"
            >
              下一步
            </button>
          </div>
        </>
      )}
      {(step === "confirm" || step === "pin" || step === "paying") && biller && bill && amountFen && (
        <>
          <p className="lead">请核对缴费信息</p>
          <dl className="facts">
            <dt>项目</dt>
            <dd>{biller.name}</dd>
            <dt>{biller.accountLabel}</dt>
            <dd>{bill.accountMasked}</dd>
            <dt>户名</dt>
            <dd>{bill.holderName}</dd>
            <dt>金额</dt>
            <dd className="money">{yuan(amountFen)} 元</dd>
          </dl>
          {step === "confirm" && (
            <div className="actions">
              <button onClick={() => setStep("amount")}>上一步</button>
              <button className="primary" onClick={() => void payByCard()} data-testid="pay-confirm">
                确认，刷卡付款
              </button>
            </div>
          )}
          {step === "pin" && (
            <div className="notice" role="status" data-testid="pay-pin">
              请插入银行卡，在密码键盘上输入密码并按确认键
              <button
                onClick={() => {
                  pinAbort.current?.abort();
                  setStep("confirm");
                }}
              >
                取消
              </button>
            </div>
          )}
          {step === "paying" && (
            <div className="notice" role="status">
              正在缴费，请稍候…
            </div>
          )}
        </>
      )}
      {step === "result" && order && (
        <section data-testid="pay-result">
          <p className={`lead result ${order.status}`} role="status">
            {order.status === "pending"
              ? "缴费处理中：缴费单位尚未确认，结果稍后显示，不会重复扣款"
              : order.statusText}
          </p>
          <dl className="facts">
            <dt>订单号</dt>
            <dd>{order.orderNo}</dd>
            <dt>项目</dt>
            <dd>{order.receipt.billerName}</dd>
            <dt>号码</dt>
            <dd>{order.receipt.accountMasked}</dd>
            <dt>金额</dt>
            <dd className="money">{order.receipt.amountText}</dd>
            {order.receipt.failureReason && (
              <>
                <dt>原因</dt>
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

async function submit(body: object, key: string): Promise<Order> {
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
