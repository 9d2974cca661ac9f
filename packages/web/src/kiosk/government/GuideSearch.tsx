import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer, ItemOf } from "../../api/contract.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { LETTERS, NumPad } from "../NumPad.js";

type Guide = Answer<"/api/v1/public/guide">;
type Hit = ItemOf<Guide["items"]>;
type Detail = Answer<"/api/v1/catalog/items/{code}">;

/**
 * Common searches, one touch each. Search terms, not texts: they stay in Chinese in every
 * language, as the catalogue and its everyday words are Chinese.
 */
const COMMON = ["二胎", "低保", "社保卡", "残疾证", "老年证", "公租房", "居住证", "开证明"];

/** 办事指南 with 智能查询: everyday words, pinyin initials on a letter pad, or browsing the list. */
export function GuideSearch() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>();
  const [detail, setDetail] = useState<Detail>();
  const [letters, setLetters] = useState(false);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      deviceApi<Guide>(`/public/guide?q=${encodeURIComponent(q)}`).then(
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
          <dt>{t("guide.timeLimit")}</dt>
          <dd>{detail.timeLimitText}</dd>
          <dt>{t("guide.department")}</dt>
          <dd>{detail.departmentName}</dd>
          <dt>{t("guide.level")}</dt>
          <dd>{detail.levelText}</dd>
          <dt>{t("guide.fee")}</dt>
          <dd>{detail.feeText}</dd>
          <dt>{t("guide.where")}</dt>
          <dd>
            {detail.communityIssuable
              ? t("guide.atCommunity")
              : (detail.notIssuableReason ?? t("guide.atDepartment"))}
          </dd>
          {detail.consultPhone && (
            <>
              <dt>{t("guide.phone")}</dt>
              <dd>{detail.consultPhone}</dd>
            </>
          )}
        </dl>
        <h3>{t("guide.materials")}</h3>
        <ol className="materials">
          {detail.materials.map((m) => (
            <li key={m.id}>
              {t("guide.material", {
                name: m.name,
                form: m.formName,
                copies: m.copies > 1 ? t("guide.copies", { count: m.copies }) : "",
                optional: m.required ? "" : t("guide.ifAny"),
              })}
              {m.note && <div className="note">{m.note}</div>}
            </li>
          ))}
        </ol>
        <div className="actions">
          <button onClick={() => setDetail(undefined)}>{t("guide.backToHits")}</button>
        </div>
      </section>
    );

  return (
    <section>
      <div className="entry">
        <label className="active">
          {t("guide.searchLabel")}
          <input
            value={q}
            onChange={(e) => setQ(e.target.value)}
            autoComplete="off"
            placeholder={t("guide.placeholder")}
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
          {letters ? t("guide.lettersOff") : t("guide.lettersOn")}
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
      {hits && hits.length === 0 && <p className="lead">{t("guide.noHits")}</p>}
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
