/**
 * The kiosk's side of the device bridge (docs/device-bridge.md): card readers, fingerprint,
 * scanner, PIN pad and receipt printer on the kiosk's own machine, reached over HTTP.
 */
import { useEffect, useRef, useState } from "react";
// The kiosk's i18next instance (kiosk/i18n): the texts below are devices.* in its catalogue.
import i18n from "i18next";
import {
  DEFAULT_BRIDGE_URL,
  type BridgeErrorCode,
  type FingerprintMatch,
  type IdCardRead,
  type PinPadResult,
  type PrintJob,
  type ScanRead,
  type SocialSecurityCardRead,
} from "@onewindow/shared";
import { rememberedParam } from "./deviceApi.js";

export class BridgeError extends Error {
  constructor(
    readonly code: BridgeErrorCode | "UNREACHABLE" | "FAILED",
    message: string,
  ) {
    super(message);
  }
}

let base: string | undefined;
export function bridgeUrl(): string {
  base ??= (rememberedParam("bridge", "ow.bridgeUrl") ?? DEFAULT_BRIDGE_URL).replace(/\/$/, "");
  return base;
}

async function call<T>(path: string, body: object, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${bridgeUrl()}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if (signal?.aborted) throw new BridgeError("CANCELLED", i18n.t("devices.cancelled"));
    throw new BridgeError("UNREACHABLE", e instanceof Error ? e.message : i18n.t("devices.unreachable"));
  }
  const data = (await res.json().catch(() => ({}))) as { error?: { code: BridgeErrorCode; message: string } };
  if (!res.ok)
    throw new BridgeError(data.error?.code ?? "FAILED", data.error?.message ?? `HTTP ${res.status}`);
  return data as T;
}

export const bridge = {
  pay: (amountFen: number, signal?: AbortSignal) =>
    call<PinPadResult>("/pinpad/pay", { amountFen, timeoutMs: 90_000 }, signal),
  print: (job: PrintJob) => call<{ printed: true }>("/printer/print", job),
};

type Reads = {
  idcard: IdCardRead;
  fingerprint: FingerprintMatch;
  sscard: SocialSecurityCardRead;
  scanner: ScanRead;
};
const READ_PATHS: Record<keyof Reads, string> = {
  idcard: "/idcard/read",
  fingerprint: "/fingerprint/match",
  sscard: "/sscard/read",
  scanner: "/scanner/read",
};

export type ReaderState = "idle" | "waiting" | "unreachable";

/**
 * Listens on a reader while `active`: every card, finger or code read calls `onRead`
 * (a finger that matches nobody calls `onError`). Stops, and releases the device, when the
 * screen goes away. Retries every few seconds while the bridge cannot be reached.
 */
export function useReader<K extends keyof Reads>(
  device: K,
  active: boolean,
  onRead: (value: Reads[K]) => void,
  onError?: (e: BridgeError) => void,
): ReaderState {
  const [state, setState] = useState<ReaderState>("idle");
  const handlers = useRef({ onRead, onError });
  handlers.current = { onRead, onError };
  useEffect(() => {
    if (!active) {
      setState("idle");
      return;
    }
    const controller = new AbortController();
    void (async () => {
      while (!controller.signal.aborted) {
        setState("waiting");
        try {
          handlers.current.onRead(
            await call<Reads[K]>(READ_PATHS[device], { timeoutMs: 30_000 }, controller.signal),
          );
        } catch (e) {
          if (controller.signal.aborted || !(e instanceof BridgeError)) return;
          if (e.code === "TIMEOUT") continue;
          // Another page took the device over (a second kiosk window): back off instead of fighting.
          if (e.code === "CANCELLED") {
            await new Promise((r) => setTimeout(r, 1000));
            continue;
          }
          if (e.code === "NO_MATCH") {
            handlers.current.onError?.(e);
            continue;
          }
          setState("unreachable");
          await new Promise((r) => setTimeout(r, 5000));
        }
      }
    })();
    return () => controller.abort();
  }, [device, active]);
  return state;
}
