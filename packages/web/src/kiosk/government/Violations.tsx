import { useState } from "react";
import { yuan } from "@onewindow/shared";
import { ApiError } from "../../api/client.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { LETTERS, NumPad } from "../NumPad.js";
import { ErrorNote } from "../ErrorNote.js";

type Result = {
  plate: string;
  items: { at: string; place: string; act: string; points: number; fineFen: number; handled: boolean }[];
  unhandled: number;
  totalFineFen: number;
  totalPoints: number;
};

const PLATE_KEYS = [..."0123456789", ...LETTERS.filter((k) => k !== "I" && k !== "O")];

/** 车辆违章: the plate (湘 + letters and digits) and the engine number's last six digits. */
export function Violations() {
  const [plate, setPlate] = useState("");
  const [tail, setTail] = useState("");
  const [field, setField] = useState<"plate" | "tail">("plate");
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();

  async function search() {
    setError(undefined);
    try {
      const q = new URLSearchParams({ plate: `湘${plate}`, engineTail: tail });
      setResult(await deviceApi<Result>(`/kiosk/traffic-violations?${q.toString()}`));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "网络异常，请稍后再试");
    }
  }

  if (result)
    return (
      <section data-testid="violations">
        <p className="lead">
          {result.plate}：
          {result.unhandled === 0
            ? "没有未处理的违法记录"
            : `${result.unhandled} 条未处理，罚款 ${yuan(result.totalFineFen)} 元，记 ${result.totalPoints} 分`}
        </p>
        <table className="phone-table">
          <tbody>
            {result.items.map((v, i) => (
              <tr key={i}>
                <th>{v.handled ? "已处理" : "未处理"}</th>
                <td>
                  {v.act}
                  <div className="note">
                    {v.at.slice(0, 16).replace("T", " ")} · {v.place} · 罚款 {yuan(v.fineFen)} 元 · 记{" "}
                    {v.points} 分
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button onClick={() => setResult(undefined)}>查询其他车辆</button>
        </div>
      </section>
    );

  return (
    <section>
      <div className="entry">
        <label className={field === "plate" ? "active" : ""} onClick={() => setField("plate")}>
          车牌号码
          <span className="plate">
            湘
            <input
              value={plate}
              onFocus={() => setField("plate")}
              onChange={(e) => setPlate(e.target.value.toUpperCase())}
              maxLength={7}
              data-testid="plate"
            />
          </span>
        </label>
        <label className={field === "tail" ? "active" : ""} onClick={() => setField("tail")}>
          发动机号后六位
          <input
            value={tail}
            onFocus={() => setField("tail")}
            onChange={(e) => setTail(e.target.value.toUpperCase())}
            maxLength={6}
            data-testid="engine-tail"
          />
        </label>
      </div>
      <NumPad
        value={field === "plate" ? plate : tail}
        onChange={field === "plate" ? setPlate : setTail}
        maxLength={field === "plate" ? 7 : 6}
        testId="violations"
        keys={PLATE_KEYS}
        columns={8}
      />
      <div className="actions">
        <button className="primary" onClick={() => void search()} data-testid="violations-search">
          查询
        </button>
      </div>
      <ErrorNote text={error} />
    </section>
  );
}
