import { useRef, useState } from "react";
import { ApiError } from "../api/client.js";
import { deviceApi } from "../devices/deviceApi.js";

const LEVELS = [
  [5, "非常满意"],
  [4, "满意"],
  [3, "基本满意"],
  [2, "不满意"],
  [1, "非常不满意"],
] as const;

/**
 * The 好差评 screen after a transaction: five levels, one rating, skippable. `path` is where the
 * rating goes; `body` says what is rated (a case needs the applicant's ID number too).
 */
export function RateVisit({ path, body = {}, onDone }: { path: string; body?: object; onDone?: () => void }) {
  const [rated, setRated] = useState<string>();
  const key = useRef(crypto.randomUUID());

  async function rate(level: number) {
    try {
      await deviceApi(path, {
        method: "POST",
        body: { ...body, level },
        headers: { "idempotency-key": key.current },
      });
      setRated("感谢您的评价！");
    } catch (e) {
      setRated(
        e instanceof ApiError && e.code === "EVALUATION_EXISTS"
          ? "您已评价过，谢谢！"
          : "评价没有提交成功，请稍后再试",
      );
    }
  }

  return (
    <section className="rating" aria-label="服务评价">
      <h2>请为这次服务评价（可跳过）</h2>
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
      {onDone && (
        <div className="actions">
          <button onClick={onDone} data-testid="rate-done">
            {rated ? "返回首页" : "跳过，返回首页"}
          </button>
        </div>
      )}
    </section>
  );
}
