import { useState } from "react";
import { chinaDate, parseResidentId } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import { deviceApi } from "../devices/deviceApi.js";
import { useReader } from "../devices/bridge.js";
import { RateVisit } from "./RateVisit.js";
import { ErrorNote } from "./ErrorNote.js";

type CaseRow = { caseNo: string; itemName: string; status: string; statusText: string; acceptedAt: string };
type Progress = {
  caseNo: string;
  itemName: string;
  statusText: string;
  status: string;
  deadline: string | null;
  paused: boolean;
  timeline: { at: string; stage: string; text: string }[];
  collect: { siteName: string; address: string; openingHours: string; until: string } | null;
  supplementDue: string | null;
};

const FINISHED = ["approved", "rejected", "not_accepted"];

/** A date already past is no use to a resident: then just "as soon as you can". */
const byWhen = (until: string) => (until < chinaDate(new Date()) ? "请尽快" : `请于 ${until} 前`);

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
  const [idNumber, setIdNumber] = useState("");
  const [cases, setCases] = useState<CaseRow[]>();
  const [open, setOpen] = useState<Progress>();
  const [error, setError] = useState<string>();
  const [finger, setFinger] = useState(false);

  const identifying = !cases && !open;
  const card = useReader("idcard", identifying, (r) => void lookup(r.idNumber));
  useReader("scanner", identifying, (r) => void scanned(r.text));
  const fingerState = useReader(
    "fingerprint",
    identifying && finger,
    (r) => {
      setFinger(false);
      void lookup(r.idNumber);
    },
    () => setError("指纹未能识别，请重新按压或改用身份证"),
  );

  async function lookup(raw = idNumber) {
    setError(undefined);
    const id = raw.trim().toUpperCase();
    setIdNumber(id);
    if (!parseResidentId(id).ok) {
      setError("身份证号码不正确，请重新刷卡");
      return;
    }
    try {
      const r = await deviceApi<{ items: CaseRow[] }>(`/kiosk/cases?idNumber=${encodeURIComponent(id)}`);
      setCases(r.items);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "网络异常，请稍后再试");
    }
  }

  async function scanned(text: string) {
    const token = progressToken(text);
    if (!token) {
      setError("这不是受理回执上的二维码，请扫描回执右下角的二维码");
      return;
    }
    try {
      setIdNumber("");
      setOpen(await deviceApi<Progress>(`/public/progress?token=${encodeURIComponent(token)}`));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "网络异常，请稍后再试");
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
          办件编号 {open.caseNo} · <b>{open.statusText}</b>
          {open.paused
            ? " · 暂停计时，办结日期相应顺延"
            : open.deadline && !FINISHED.includes(open.status)
              ? ` · 承诺 ${day(open.deadline)} 前办结`
              : ""}
        </p>
        {open.supplementDue && (
          <p className="collect todo" data-testid="kiosk-supplement">
            <b>请补交材料：</b>
            {`${byWhen(open.supplementDue)}携带需要补正的材料（见下方办理过程）到受理窗口，补正期间暂停计时。`}
          </p>
        )}
        {open.collect && (
          <p className="collect" data-testid="kiosk-collect">
            <b>请领取办理结果：</b>
            {`${byWhen(open.collect.until)}到${open.collect.siteName}（${open.collect.address}）领取，办公时间 ${open.collect.openingHours}。请带本人身份证；他人代领请带代领人身份证和委托书。`}
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
          <button onClick={() => setOpen(undefined)}>{cases ? "返回列表" : "返回"}</button>
        </div>
      </div>
    );

  return (
    <div className="kiosk-page">
      <h1>办件查询</h1>
      <p className="lead">请将身份证放在读卡区，查看您在办和已办的事项</p>
      {identifying && (
        <div className="ways" data-testid="kiosk-ways">
          <div className={card === "waiting" ? "way ready" : "way"}>
            <span className="name">刷身份证</span>
            <span className="hint">
              {card === "unreachable" ? "读卡器未连接，请在下方输入身份证号" : "把身份证放在读卡区"}
            </span>
          </div>
          <button
            className={finger ? "way ready" : "way"}
            onClick={() => setFinger(true)}
            aria-pressed={finger}
            data-testid="kiosk-finger"
          >
            <span className="name">按指纹</span>
            <span className="hint">
              {finger && fingerState === "waiting" ? "请把手指按在指纹仪上" : "已在社区登记指纹的居民"}
            </span>
          </button>
          <div className="way">
            <span className="name">扫回执二维码</span>
            <span className="hint">把受理回执上的二维码对准扫码口</span>
          </div>
        </div>
      )}
      <section className="idcard">
        <label>
          或输入身份证号码
          <input
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value.toUpperCase())}
            onKeyDown={(e) => e.key === "Enter" && void lookup()}
            inputMode="numeric"
            maxLength={18}
            autoComplete="off"
            data-testid="kiosk-case-id"
          />
        </label>
        <button className="primary" onClick={() => void lookup()} data-testid="kiosk-case-lookup">
          查询
        </button>
      </section>
      <ErrorNote text={error} />
      {cases && cases.length === 0 && <p className="lead">没有查到您的办件。</p>}
      {cases && (
        <div className="actions">
          <button
            onClick={() => {
              setCases(undefined);
              setIdNumber("");
            }}
          >
            换一个人查询
          </button>
        </div>
      )}
      {cases && cases.length > 0 && (
        <div className="services" data-testid="kiosk-case-list">
          {cases.map((c) => (
            <button key={c.caseNo} className="service" onClick={() => void show(c.caseNo)}>
              <span className="name">{c.itemName}</span>
              <span className="waiting">
                {c.statusText} · {day(c.acceptedAt)} 受理
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
