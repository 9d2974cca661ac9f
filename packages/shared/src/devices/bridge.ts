/**
 * The device bridge protocol (docs/device-bridge.md): HTTP + JSON on the kiosk's own machine,
 * between the kiosk page and the vendor's drivers. Reads are long polls that end with what the
 * device produced, 408 when nothing happened in time, or 409 when the read was cancelled.
 * Biometrics never cross it: the fingerprint reader matches on the device and returns an ID number.
 */

export const BRIDGE_DEVICES = ["idcard", "fingerprint", "sscard", "scanner", "printer", "pinpad"] as const;
export type BridgeDevice = (typeof BRIDGE_DEVICES)[number];

/** Where a kiosk finds its bridge unless told otherwise (`?bridge=` when the kiosk page is opened). */
export const DEFAULT_BRIDGE_URL = "http://127.0.0.1:17800/v1";

export type DeviceStatus = {
  kind: BridgeDevice;
  status: "ready" | "absent" | "error";
  model: string;
  detail?: string;
};

export type IdCardRead = { idNumber: string; name: string };
export type FingerprintMatch = { idNumber: string };
export type SocialSecurityCardRead = { idNumber: string; name: string; cardNoMasked: string };
export type ScanRead = { text: string };
export type PrintJob = { lines: string[]; qr?: string };
export type PinPadResult =
  | { approved: true; cardMasked: string; authCode: string }
  | { approved: false; reason: "wrong_pin" | "cancelled" | "declined" };

/** Error codes a bridge answers with, in `{error: {code, message}}`. */
export type BridgeErrorCode = "TIMEOUT" | "CANCELLED" | "BUSY" | "NO_MATCH" | "PAPER_OUT" | "DEVICE_ABSENT";
