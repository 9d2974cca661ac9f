import { api } from "../api/client.js";
import { useRetryKey } from "./useRetryKey.js";

/**
 * POST through the staff client with an Idempotency-Key kept per path and body (see
 * useRetryKey): pressing again after a lost answer is answered with the first result.
 */
export function usePost() {
  const withRetryKey = useRetryKey();
  return <T = unknown>(path: string, body?: unknown) =>
    withRetryKey({ path, body }, (key) =>
      api<T>(path, {
        method: "POST",
        headers: { "idempotency-key": key },
        ...(body !== undefined ? { body } : {}),
      }),
    );
}
