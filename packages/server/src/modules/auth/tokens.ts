import { createHash, randomBytes } from "node:crypto";

export const STAFF_TOKEN_PREFIX = "ows_";
export const DEVICE_TOKEN_PREFIX = "owd_";

/** A new random bearer token; only its digest is ever stored. */
export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function tokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
