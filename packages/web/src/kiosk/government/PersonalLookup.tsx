import { useState } from "react";
import { maskIdNumber, yuan } from "@onewindow/shared";
import { ApiError } from "../../api/client.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { useReader } from "../../devices/bridge.js";
import { ErrorNote } from "../ErrorNote.js";

type SocialSecurity = {
  schemes: { scheme: string; status: string; since: string; monthsPaid: number; lastPaidMonth: string }[];
  recent: { month: string; scheme: string; baseFen: number; personalFen: number; employerFen: number }[];
};
type MedicalAccount = { balanceFen: number; transfers: { month: string; amountFen: number; note: string }[] };

const WHAT = {
  "social-security": { title: "社保查询", purpose: "查询您的社会保险参保和缴费记录" },
  "medical-account": { title: "医保划拨", purpose: "查询您的医保个人账户余额和每月划入" },
} as const;

/**
 * 社保查询 / 医保划拨: the ID card or social-security card on the reader, the resident's
 * consent on screen, then the records. Nothing is asked before the consent is given.
 */
export function PersonalLookup({ kind }: { kind: keyof typeof WHAT }) {
  const [person, setPerson] = useState<{ idNumber: string; name: string }>();
  const [result, setResult] = useState<SocialSecurity | MedicalAccount>();
  const [error, setError] = useState<string>();
  const reading = !person;
  useReader("idcard", reading, setPerson);
  useReader("sscard", reading, setPerson);

  async function consent() {
    if (!person) return;
    try {
      setResult(
        await deviceApi(`/kiosk/${kind}`, {
          method: "POST",
          body: { idNumber: person.idNumber, consent: true },
        }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "网络异常，请稍后再试");
    }
  }

  if (!person)
    return (
      <div className="ways single">
        <div className="way ready">
          <span className="name">请刷身份证或社保卡</span>
          <span className="hint">把证件放在读卡区，{WHAT[kind].purpose}</span>
        </div>
      </div>
    );

  if (!result)
    return (
      <section className="consent" data-testid="consent">
        <h2 className="section-title">本人授权</h2>
        <p className="lead">
          {person.name}（{maskIdNumber(person.idNumber)}），本次将{WHAT[kind].purpose}
          。查询结果只显示在本屏幕上，离开后即清除；查询记录依法留存备查。
        </p>
        <div className="actions">
          <button onClick={() => setPerson(undefined)}>不同意</button>
          <button className="primary" onClick={() => void consent()} data-testid="consent-yes">
            同意并查询
          </button>
        </div>
        <ErrorNote text={error} />
      </section>
    );

  if ("schemes" in result)
    return (
      <section data-testid="personal-result">
        <table className="phone-table">
          <tbody>
            {result.schemes.map((s) => (
              <tr key={s.scheme}>
                <th>{s.status}</th>
                <td>
                  {s.scheme}
                  <div className="note">
                    {s.since} 起参保，累计 {s.monthsPaid} 个月，已缴至 {s.lastPaidMonth}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>近 6 个月养老保险缴费</h3>
        <table className="phone-table">
          <tbody>
            {result.recent.map((r) => (
              <tr key={r.month}>
                <th>{r.month}</th>
                <td>
                  基数 {yuan(r.baseFen)} 元 · 个人 {yuan(r.personalFen)} 元 · 单位 {yuan(r.employerFen)} 元
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );

  return (
    <section data-testid="personal-result">
      <dl className="facts">
        <dt>个人账户余额</dt>
        <dd className="money">{yuan(result.balanceFen)} 元</dd>
      </dl>
      <table className="phone-table">
        <tbody>
          {result.transfers.map((t) => (
            <tr key={t.month}>
              <th>{t.month}</th>
              <td>
                划入 {yuan(t.amountFen)} 元<div className="note">{t.note}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
