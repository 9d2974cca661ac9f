/**
 * HTTP for kiosk and hall-display pages, which act as a registered device: the
 * device token arrives once in the URL (?token=…, from the administrator's
 * device registration), is kept in this browser, and removed from the address bar.
 */

import { ApiError } from "../api/client.js";
import type { Answer } from "../api/contract.js";

/** A setting given once in the page's address (?name=…), kept in this browser, removed from the address bar. */
export function rememberedParam(name: string, key: string): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(name);
  if (fromUrl) {
    localStorage.setItem(key, fromUrl);
    url.searchParams.delete(name);
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return localStorage.getItem(key);
}

export function deviceToken(): string | null {
  return rememberedParam("token", "ow.deviceToken");
}

export async function deviceApi<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const token = deviceToken();
  // The page's language (set from ?lang= at start-up): the server's messages, statuses and
  // timelines then come in the language the screen shows.
  const language = document.documentElement.lang === "en" ? "en" : "zh-CN";
  const headers: Record<string, string> = { "accept-language": language, ...init.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`/api/v1${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => ({}))) as {
    error?: { code: string; message: string; field?: string };
  };
  if (!res.ok) {
    throw new ApiError(
      res.status,
      data.error?.code ?? `HTTP_${res.status}`,
      data.error?.message ?? res.statusText,
      data.error?.field,
    );
  }
  return data as T;
}

export type DeviceInfo = Answer<"/api/v1/devices/me">;
