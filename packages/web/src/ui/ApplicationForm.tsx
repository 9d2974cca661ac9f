import { Card, Form, Input, InputNumber, Select, Switch, Typography } from "antd";
import type { FormField, FormSchema, Prefill } from "@onewindow/shared";
import { useTranslation } from "react-i18next";

export type FormValues = Record<string, unknown>;

/** What the platform already knows about the applicant, for fields marked x-prefill. */
export type PrefillSource = Partial<Record<Prefill, string | null | undefined>>;

/**
 * The item's 申请表, or null when it has none. The catalogue answer declares the form only as
 * "a JSON value or null" (the server checks each form when the catalogue is loaded).
 */
export function formOf(item: { form: unknown } | undefined): FormSchema | null {
  const form = item?.form;
  return typeof form === "object" && form !== null ? (form as FormSchema) : null;
}

/** Fills empty prefillable fields from what we hold (一次收集: the resident never retypes it). */
export function prefilled(schema: FormSchema, values: FormValues, source: PrefillSource): FormValues {
  const out = { ...values };
  for (const [key, f] of Object.entries(schema.properties)) {
    const from = f.type === "string" ? f["x-prefill"] : undefined;
    const known = from ? source[from] : undefined;
    if (known && (out[key] === undefined || out[key] === "")) out[key] = known;
  }
  return out;
}

/** Only the fields filled in, so optional blanks are not sent as empty strings. */
export function filledIn(values: FormValues): FormValues {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  );
}

function input(key: string, f: FormField, v: unknown, set: (key: string, v: unknown) => void) {
  const id = `form-${key}`;
  switch (f.type) {
    case "boolean":
      return <Switch id={id} checked={v === true} onChange={(c) => set(key, c)} />;
    case "integer":
    case "number":
      return (
        <InputNumber
          id={id}
          value={typeof v === "number" ? v : null}
          min={f.minimum}
          max={f.maximum}
          precision={f.type === "integer" ? 0 : undefined}
          onChange={(n) => set(key, n ?? undefined)}
          style={{ width: 200 }}
        />
      );
    case "string":
      return f.enum ? (
        <Select
          id={id}
          value={typeof v === "string" ? v : undefined}
          allowClear
          onChange={(s: string | undefined) => set(key, s)}
          options={f.enum.map((o) => ({ value: o, label: o }))}
          style={{ width: 240 }}
        />
      ) : (
        <Input
          id={id}
          type={f.format === "date" ? "date" : "text"}
          value={typeof v === "string" ? v : ""}
          maxLength={f.maxLength}
          onChange={(e) => set(key, e.target.value)}
        />
      );
  }
}

/** The item's 申请表, laid out from its schema; the server's error for a field shows under it. */
export function ApplicationForm({
  schema,
  values,
  onChange,
  error,
}: {
  schema: FormSchema;
  values: FormValues;
  onChange: (v: FormValues) => void;
  error?: { field?: string; message: string } | undefined;
}) {
  const { t } = useTranslation();
  const required = new Set(schema.required ?? []);
  const set = (key: string, v: unknown) => onChange({ ...values, [key]: v });
  return (
    <Card title={t("intake.form")} data-testid="application-form">
      <Form layout="vertical">
        {Object.entries(schema.properties).map(([key, f]) => {
          const failed = error?.field === `formData.${key}`;
          const label = (
            <span>
              {f.title}
              {"unit" in f && f.unit ? (
                <Typography.Text type="secondary">（{f.unit}）</Typography.Text>
              ) : null}
              {f.type === "string" && f["x-prefill"] && values[key] ? (
                <Typography.Text type="secondary"> · {t("intake.prefilled")}</Typography.Text>
              ) : null}
            </span>
          );
          const v = values[key];
          return (
            <Form.Item
              key={key}
              label={label}
              required={required.has(key)}
              validateStatus={failed ? "error" : undefined}
              help={failed ? error?.message : undefined}
              htmlFor={`form-${key}`}
            >
              {input(key, f, v, set)}
            </Form.Item>
          );
        })}
      </Form>
    </Card>
  );
}
