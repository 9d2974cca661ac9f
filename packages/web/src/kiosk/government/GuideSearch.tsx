import { useEffect, useState } from "react";
import { deviceApi } from "../../devices/deviceApi.js";
import { LETTERS, NumPad } from "../NumPad.js";

type Hit = {
  code: string;
  name: string;
  categoryName: string;
  timeLimitText: string;
  departmentName: string;
  matchedBy: "name" | "synonym" | "pinyin";
};
type Detail = {
  name: string;
  timeLimitText: string;
  departmentName: string;
  feeText: string;
  communityIssuable: boolean;
  notIssuableReason: string | null;
  consultPhone: string | null;
  levelText: string;
  materials: {
    id: string;
    name: string;
    formName: string;
    copies: number;
    required: boolean;
    note: string | null;
  }[];
};

const COMMON = ["二胎", "低保", "社保卡", "残疾证", "老年证", "公租房", "居住证", "开证明"];

/** 办事指南 with 智能查询: everyday words, pinyin initials on a letter pad, or browsing the list. */
export function GuideSearch() {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>();
  const [detail, setDetail] = useState<Detail>();
  const [letters, setLetters] = useState(false);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      deviceApi<{ items: Hit[] }>(`/public/guide?q=${encodeURIComponent(q)}`).then(
        (r) => setHits(r.items),
        () => setHits([]),
      );
    }, 250);
    return () => window.clearTimeout(timer);
  }, [q]);

  if (detail)
    return (
      <section data-testid="guide-detail">
        <h2 className="section-title">{detail.name}</h2>
        <dl className="facts">
          <dt>办理时限</dt>
          <dd>{detail.timeLimitText}</dd>
          <dt>主管部门</dt>
          <dd>{detail.departmentName}</dd>
          <dt>办理层级</dt>
          <dd>{detail.levelText}</dd>
          <dt>收费</dt>
          <dd>{detail.feeText}</dd>
          <dt>在哪办</dt>
          <dd>
            {detail.communityIssuable
              ? "社区服务中心综合窗口即可受理"
              : (detail.notIssuableReason ?? "请到主管部门办理")}
          </dd>
          {detail.consultPhone && (
            <>
              <dt>咨询电话</dt>
              <dd>{detail.consultPhone}</dd>
            </>
          )}
        </dl>
        <h3>需要带的材料</h3>
        <ol className="materials">
          {detail.materials.map((m) => (
            <li key={m.id}>
              {m.name}（{m.formName}
              {m.copies > 1 ? ` ${m.copies} 份` : ""}
              {m.required ? "" : "，如有"}）{m.note && <div className="note">{m.note}</div>}
            </li>
          ))}
        </ol>
        <div className="actions">
          <button onClick={() => setDetail(undefined)}>返回查询结果</button>
        </div>
      </section>
    );

  return (
    <section>
      <div className="entry">
        <label className="active">
          输入事项名称、常用说法或拼音首字母
          <input
            value={q}
            onChange={(e) => setQ(e.target.value)}
            autoComplete="off"
            placeholder="如：二胎、低保、zsy"
            data-testid="guide-q"
          />
        </label>
      </div>
      <div className="chips">
        {COMMON.map((w) => (
          <button key={w} onClick={() => setQ(w)}>
            {w}
          </button>
        ))}
        <button aria-pressed={letters} onClick={() => setLetters(!letters)} data-testid="guide-letters">
          {letters ? "收起字母键盘" : "拼音首字母"}
        </button>
      </div>
      {letters && (
        <NumPad
          value={q}
          onChange={(v) => setQ(v.toLowerCase())}
          maxLength={12}
          testId="guide"
          keys={LETTERS}
          columns={7}
        />
      )}
      {hits && hits.length === 0 && <p className="lead">没有找到相关事项，可拨打 12345 咨询。</p>}
      <div className="list" data-testid="guide-hits">
        {hits?.slice(0, 30).map((h) => (
          <button
            key={h.code}
            className="list-row"
            onClick={() =>
              void deviceApi<Detail>(`/catalog/items/${encodeURIComponent(h.code)}`).then(setDetail)
            }
          >
            <span className="name">{h.name}</span>
            <span className="hint">
              {h.categoryName} · {h.timeLimitText} · {h.departmentName}
            </span>
          </button>
        ))}
      </div>
    </section>
  );
}
