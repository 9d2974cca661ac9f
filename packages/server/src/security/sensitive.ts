import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Field-level protection of sensitive personal information (PIPL): AES-256-GCM
 * for storage, and an HMAC "blind index" so exact lookups work without decrypting.
 * Both keys are derived from one 32-byte master key kept outside the database.
 */
export type SensitiveBox = {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  /** Deterministic keyed digest of a normalised value, for equality lookup. */
  blindIndex(kind: "idNumber" | "phone" | "billAccount", plain: string): string;
};

const VERSION = "v1";

export function createSensitiveBox(masterKey: Buffer): SensitiveBox {
  if (masterKey.length !== 32) throw new Error("the master key must be 32 bytes");
  const encKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "onewindow/encrypt", 32));
  const indexKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "onewindow/blind-index", 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv.toString("base64"), body.toString("base64"), tag.toString("base64")].join(".");
    },
    decrypt(sealed) {
      const [version, iv, body, tag] = sealed.split(".");
      if (version !== VERSION || !iv || !body || !tag) throw new Error("unknown cipher format");
      const decipher = createDecipheriv("aes-256-gcm", encKey, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
    },
    blindIndex(kind, plain) {
      return createHmac("sha256", indexKey).update(`${kind}:${plain.trim().toUpperCase()}`).digest("hex");
    },
  };
}
