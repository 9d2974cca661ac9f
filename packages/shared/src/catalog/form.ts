/**
 * An item's application form (申请表) as a small JSON Schema subset: an object of
 * flat fields, each with a Chinese title. Small enough to render as a form at the
 * window and to check on the server with the same pure function.
 */
export type FormField =
  | {
      type: "string";
      title: string;
      maxLength?: number;
      enum?: string[];
      format?: "date";
      "x-prefill"?: Prefill;
    }
  | { type: "integer" | "number"; title: string; minimum?: number; maximum?: number; unit?: string }
  | { type: "boolean"; title: string };

/** Fields the window fills from what the platform already holds (一次收集、多方共享). */
export const PREFILLS = ["resident.address", "resident.name", "resident.community"] as const;
export type Prefill = (typeof PREFILLS)[number];

export type FormSchema = {
  type: "object";
  properties: Record<string, FormField>;
  required?: string[];
};

export type FormProblem = {
  /** The field's key (or the schema path when checking a schema). */
  field: string;
  problem: "required" | "type" | "enum" | "range" | "length" | "format" | "unknown";
};

const KEY = /^[a-z][A-Za-z0-9]{0,31}$/;
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** Checks form data against the schema; every problem, in field order. Unknown fields are problems too. */
export function formProblems(schema: FormSchema, data: Record<string, unknown>): FormProblem[] {
  const out: FormProblem[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, field] of Object.entries(schema.properties)) {
    const v = data[key];
    if (v === undefined || v === null || v === "") {
      if (required.has(key)) out.push({ field: key, problem: "required" });
      continue;
    }
    if (field.type === "string") {
      if (typeof v !== "string") out.push({ field: key, problem: "type" });
      else if (field.enum && !field.enum.includes(v)) out.push({ field: key, problem: "enum" });
      else if (field.maxLength !== undefined && [...v].length > field.maxLength)
        out.push({ field: key, problem: "length" });
      else if (field.format === "date" && !isDate(v)) out.push({ field: key, problem: "format" });
    } else if (field.type === "boolean") {
      if (typeof v !== "boolean") out.push({ field: key, problem: "type" });
    } else {
      if (typeof v !== "number" || !Number.isFinite(v) || (field.type === "integer" && !Number.isInteger(v)))
        out.push({ field: key, problem: "type" });
      else if (
        (field.minimum !== undefined && v < field.minimum) ||
        (field.maximum !== undefined && v > field.maximum)
      )
        out.push({ field: key, problem: "range" });
    }
  }
  for (const key of Object.keys(data))
    if (!(key in schema.properties)) out.push({ field: key, problem: "unknown" });
  return out;
}

/** Is this a schema the platform can render and check? Problems name the place in the schema. */
export function formSchemaProblems(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null) return ["form is not an object"];
  const s = schema as Partial<FormSchema>;
  const out: string[] = [];
  if (s.type !== "object") out.push('form.type must be "object"');
  const props = s.properties;
  if (typeof props !== "object" || props === null || Object.keys(props).length === 0)
    return [...out, "form.properties must list at least one field"];
  for (const [key, f] of Object.entries(props)) {
    const at = `form.properties.${key}`;
    if (!KEY.test(key)) out.push(`${at}: keys are camelCase letters and digits`);
    if (typeof f?.title !== "string" || !f.title.trim()) out.push(`${at}.title is missing`);
    if (!["string", "integer", "number", "boolean"].includes(f?.type))
      out.push(`${at}.type "${String(f?.type)}" is not supported`);
    if (f?.type === "string" && f["x-prefill"] && !PREFILLS.includes(f["x-prefill"]))
      out.push(`${at}.x-prefill "${f["x-prefill"]}" is unknown`);
  }
  for (const r of s.required ?? [])
    if (!(r in props)) out.push(`form.required names "${r}", which is not a field`);
  return out;
}
