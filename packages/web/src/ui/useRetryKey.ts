import { useRef } from "react";
import { ApiError } from "../api/client.js";

/** Answers after which sending the same body again must be a new request. */
function settled(e: unknown) {
  return e instanceof ApiError && e.status >= 400 && e.status < 500 && e.code !== "IDEMPOTENCY_IN_PROGRESS";
}

/**
 * Sends a write the user may press again with an Idempotency-Key. Pressing again after a
 * lost answer (network cut, timeout, 5xx, still in progress) sends the same key with the
 * same body, so the server does the work once and answers with the first result. Once an
 * answer arrived (success or a 4xx), or the body changed, the next press is a new request.
 */
export function useRetryKey() {
  const last = useRef<{ body: string; key: string } | undefined>(undefined);
  async function withRetryKey<T>(body: unknown, send: (key: string) => Promise<T>): Promise<T> {
    const text = JSON.stringify(body ?? null);
    if (last.current?.body !== text) last.current = { body: text, key: crypto.randomUUID() };
    try {
      const result = await send(last.current.key);
      last.current = undefined;
      return result;
    } catch (e) {
      if (settled(e)) last.current = undefined;
      throw e;
    }
  }
  /** For a screen that starts over for someone else (a kiosk's next resident). */
  withRetryKey.forget = () => {
    last.current = undefined;
  };
  return withRetryKey;
}
