import { useRef, useState } from "react";
import { parseResidentId } from "@onewindow/shared";
import { ApiError } from "../api/client.js";
import { deviceApi } from "../devices/deviceApi.js";

type CaseRow = { caseNo: string; itemName: string; status: string; statusText: string; acceptedAt: string };
type Progress = {
  caseNo: string;
  itemName: string;
  statusText: string;
  status: string;
  deadline: string | null;
  timeline: { at: string; stage: string; text: string }[];
};

const FINISHED = ["approved", "rejected", "not_accepted"];
const LEVELS = [
  [5, "非常满意"],
  [4, "满意"],
  [3, "基本满意"],
  [2, "不满意"],
  [1, "非常不满意"],
] as const;

const day = (iso: string) => iso.slice(0, 10);
const time = (iso: string) => iso.slice(0, 16).replace("T", " ");

/**
 * 办件查询 on the kiosk: the ID card (read by the reader, typed until the device
 * bridge is connected) lists the resident's cases; one case shows its timeline in
 * plain Chinese, and a finished case can be rated (一事一评, skippable).
 */
export function CaseLookup() {
  const [idNumber, setIdNumber] = useState("");
  const [cases, setCases] = useState<CaseRow[]>();
  const [open, setOpen] = useState<Progress>();
  const [error, setError] = useState<string>();
  const [rated, setRated] = useState<string>();
  const ratingKey = useRef<string>(undefined);

  async function lookup() {
    setError(undefined);
    const id = idNumber.trim().toUpperCase();
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

  async function show(caseNo: string) {
    setRated(undefined);
    ratingKey.current = crypto.randomUUID();
    const q = new URLSearchParams({ caseNo, idNumber: idNumber.trim().toUpperCase() });
    setOpen(await deviceApi<Progress>(`/public/progress?${q.toString()}`));
  }

  async function rate(level: number) {
    if (!open) return;
    try {
      await deviceApi("/public/evaluations", {
        method: "POST",
        body: { caseNo: open.caseNo, idNumber: idNumber.trim().toUpperCase(), level },
        headers: { "idempotency-key": ratingKey.current ?? crypto.randomUUID() },
      });
      setRated("感谢您的评价！");
    } catch (e) {
      setRated(
        e instanceof ApiError && e.code === "EVALUATION_EXISTS"
          ? "您已评价过这个办件，谢谢！"
          : "评价没有提交成功，请稍后再试",
      );
    }
  }

  if (open)
    return (
      <div className="kiosk-page" data-testid="kiosk-case">
        <h1>{open.itemName}</h1>
        <p className="lead">
          办件编号 {open.caseNo} · <b>{open.statusText}</b>
          {open.deadline && !FINISHED.includes(open.status) ? ` · 承诺 ${day(open.deadline)} 前办结` : ""}
        </p>
        <ol className="timeline">
          {open.timeline.map((e, i) => (
            <li key={i}>
              <span className="stage">{e.stage}</span>
              <span className="when">{time(e.at)}</span>
              <div>{e.text}</div>
            </li>
          ))}
        </ol>
        {FINISHED.includes(open.status) && (
          <section className="rating" aria-label="办件评价">
            <h2>请为这次办理评价（可跳过）</h2>
            {rated ? (
              <p className="lead" role="status">
                {rated}
              </p>
            ) : (
              <div className="levels">
                {LEVELS.map(([level, text]) => (
                  <button key={level} onClick={() => void rate(level)} data-testid={`rate-${level}`}>
                    {text}
                  </button>
                ))}
              </div>
            )}
          </section>
        )}
        <div className="actions">
          <button onClick={() => setOpen(undefined)}>返回列表</button>
        </div>
      </div>
    );

  return (
    <div className="kiosk-page">
      <h1>办件查询</h1>
      <p className="lead">请将身份证放在读卡区，查看您在办和已办的事项</p>
      <section className="idcard">
        <label>
          身份证号码（读卡器读入）
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
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {cases && cases.length === 0 && <p className="lead">没有查到您的办件。</p>}
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
