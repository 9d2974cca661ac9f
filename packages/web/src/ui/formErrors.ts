import type { FormInstance } from "antd";
import { ApiError } from "../api/client.js";

/** Puts a server-side validation error on the form field it names; false when it names none of them. */
export function showFieldError(form: FormInstance, e: unknown): boolean {
  if (!(e instanceof ApiError) || !e.field) return false;
  const path = e.field.replace(/\[(\d+)\]/g, ".$1").split(".");
  const known = form.getFieldsValue(true) as Record<string, unknown>;
  if (!(path[0]! in known)) return false;
  form.setFields([{ name: path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [e.message] }]);
  return true;
}
