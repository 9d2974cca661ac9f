import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { ItemDetail } from "../api/types.js";
import { formOf } from "./ApplicationForm.js";
import { useLoad } from "./useLoad.js";

/** The 申请表 as filled in, labelled by the item's form titles. */
export function FormAnswers({ itemCode, values }: { itemCode: string; values: Record<string, unknown> }) {
  const { t } = useTranslation();
  const filled = Object.keys(values).length > 0;
  const item = useLoad(
    () =>
      filled ? api<ItemDetail>(`/catalog/items/${encodeURIComponent(itemCode)}`) : Promise.resolve(undefined),
    [itemCode, filled],
  );
  const schema = formOf(item.data);
  if (!filled || !schema) return null;
  const show = (v: unknown) => (v === true ? t("case.yes") : v === false ? t("case.no") : String(v));
  return (
    <Descriptions
      title={t("intake.form")}
      bordered
      size="small"
      column={2}
      style={{ marginTop: 16 }}
      data-testid="case-form"
    >
      {Object.entries(values).map(([key, v]) => {
        const f = schema.properties[key];
        return (
          <Descriptions.Item key={key} label={f?.title ?? key}>
            {show(v)}
            {f && "unit" in f && f.unit ? ` ${f.unit}` : ""}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}
