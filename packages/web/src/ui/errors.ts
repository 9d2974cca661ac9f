import type { TFunction } from "i18next";
import { ApiError } from "../api/client.js";

/**
 * What to tell staff when a request failed: the server's own localized message, or, when
 * no answer came back at all, that pressing again is safe (writes carry a retry key).
 */
export function errorText(e: unknown, t: TFunction): string {
  return e instanceof ApiError ? e.message : t("common.noAnswer");
}
