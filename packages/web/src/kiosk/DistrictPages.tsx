import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer, ItemOf } from "../api/contract.js";
import { deviceApi } from "../devices/deviceApi.js";

type Pages = Answer<"/api/v1/public/district-pages">;
type Page = ItemOf<Pages["items"]>;

/** 魅力开福: the district's pages (edited in the console's 系统管理 › 魅力开福). */
export function DistrictPages() {
  const { t } = useTranslation();
  const [pages, setPages] = useState<Page[]>();
  const [open, setOpen] = useState(0);
  useEffect(() => {
    deviceApi<Pages>("/public/district-pages").then(
      (r) => setPages(r.items),
      () => setPages([]),
    );
  }, []);
  const page = pages?.[open];
  return (
    <div className="kiosk-page" data-testid="kiosk-district">
      <h1>{t("district.title")}</h1>
      {pages && pages.length === 0 && <p className="lead">{t("district.empty")}</p>}
      <div className="chips" role="tablist">
        {pages?.map((p, i) => (
          <button
            key={p.section}
            role="tab"
            aria-selected={i === open}
            aria-pressed={i === open}
            onClick={() => setOpen(i)}
          >
            {p.sectionName}
          </button>
        ))}
      </div>
      {page && (
        <article className="district-page" data-testid="district-page">
          <h2 className="section-title">{page.title}</h2>
          <p className="lead">{page.summary}</p>
          {page.images.map((img) => (
            <figure key={img.id}>
              <img src={img.url} alt={img.caption} />
              {img.caption && <figcaption>{img.caption}</figcaption>}
            </figure>
          ))}
          {page.paragraphs.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </article>
      )}
    </div>
  );
}
