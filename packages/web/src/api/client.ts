/** The staff console's HTTP client: session cookie, CSRF header on writes, errors as ApiError. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let language = "zh-CN";
let onUnauthenticated: (() => void) | undefined;

export function setApiLanguage(lang: string) {
  language = lang;
}

/** Called when the server says the session is gone (idle timeout, logout elsewhere). */
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const method = init.method ?? "GET";
  const headers: Record<string, string> = { "accept-language": language, ...init.headers };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-onewindow-csrf"] = "1";
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: "same-origin",
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = (data as { error?: { code: string; message: string; field?: string } } | undefined)?.error;
    if (res.status === 401 && path !== "/auth/login") onUnauthenticated?.();
    throw new ApiError(
      res.status,
      err?.code ?? "HTTP_" + res.status,
      err?.message ?? res.statusText,
      err?.field,
    );
  }
  return data as T;
}
