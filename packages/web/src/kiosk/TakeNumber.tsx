import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { parseResidentId } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import { useRetryKey } from "../ui/useRetryKey.js";
import { deviceApi, type DeviceInfo } from "../devices/deviceApi.js";
import { useReader } from "../devices/bridge.js";
import { ErrorNote } from "./ErrorNote.js";

type Service = { code: string; name: string; waiting: number };
type Ticket = {
  id: string;
  number: string;
  siteName: string;
  serviceName: string;
  priority: "normal" | "elderly" | "disabled" | "pregnant";
  priorityDerived: boolean;
  ahead: number;
  issuedAt: string;
  positionUrl: string;
};

const PRIORITY_TEXT = { elderly: "老年人优先", disabled: "残疾人优先", pregnant: "孕妇优先" } as const;

/** 取号 on the kiosk (portrait, touch): pick a service, optionally read the ID card, get a slip. */
export function TakeNumber({ device }: { device: DeviceInfo }) {
  const [services, setServices] = useState<Service[]>([]);
  const [idNumber, setIdNumber] = useState("");
  const reader = useReader("idcard", true, (card) => setIdNumber(card.idNumber));
  const [priority, setPriority] = useState<"disabled" | "pregnant" | undefined>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<Ticket>();
  // A retried press after a timeout gets the same ticket, never two.
  const withRetryKey = useRetryKey();

  const reset = () => {
    setIdNumber("");
    setPriority(undefined);
    setError(undefined);
    setTicket(undefined);
    withRetryKey.forget();
  };

  useEffect(() => {
    const load = () =>
      deviceApi<{ items: Service[] }>(`/queue/sites/${device.siteCode}/services`).then(
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
      setError("身份证号码不正确，请重新刷卡或核对后输入");
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
      const t = await withRetryKey(body, (key) =>
        deviceApi<Ticket>("/queue/tickets", { method: "POST", body, headers: { "idempotency-key": key } }),
      );
      setTicket(t);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "网络异常，请再按一次（不会重复取号）");
    } finally {
      setBusy(false);
    }
  }

  if (ticket) return <Slip ticket={ticket} onDone={reset} />;

  return (
    <div className="kiosk-page">
      <h1>取号</h1>
      <p className="lead">请选择要办理的业务</p>
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
            <span className="waiting">等候 {s.waiting} 人</span>
          </button>
        ))}
      </div>
      <section className="idcard">
        <h2>刷身份证（可选）</h2>
        <p>
          {reader === "unreachable"
            ? "读卡器未连接，可在下方输入身份证号码。"
            : "把身份证放在读卡区；刷证后，窗口办理时无需再次登记，70 岁以上自动优先。"}
        </p>
        <label>
          身份证号码
          <input
            value={idNumber}
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
              {PRIORITY_TEXT[p]}
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
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    void QRCode.toDataURL(ticket.positionUrl, { margin: 1, width: 180 }).then(setQr);
  }, [ticket.positionUrl]);
  const at = new Date(ticket.issuedAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
  return (
    <div className="kiosk-page">
      <div className="slip print-area" data-testid="slip">
        <div className="slip-site">{ticket.siteName}</div>
        <div className="slip-service">{ticket.serviceName}</div>
        <div className="slip-number" data-testid="slip-number">
          {ticket.number}
        </div>
        {ticket.priority !== "normal" && (
          <div className="slip-priority">{PRIORITY_TEXT[ticket.priority]}</div>
        )}
        <div className="slip-ahead">
          您前面还有 <b>{ticket.ahead}</b> 人
        </div>
        <div className="slip-time">取号时间 {at}</div>
        {qr && <img src={qr} alt="扫码查看排队位置" width={180} height={180} data-url={ticket.positionUrl} />}
        <div className="slip-hint">扫码查看实时排队位置 · 过号请重新取号 · 当日有效</div>
      </div>
      <div className="actions">
        <button className="primary" onClick={() => window.print()}>
          打印小票
        </button>
        <button onClick={onDone}>完成</button>
      </div>
    </div>
  );
}
