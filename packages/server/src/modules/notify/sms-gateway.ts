import { setTimeout as sleep } from "node:timers/promises";
import { randomUUID } from "node:crypto";

/** An SMS gateway. `send` resolves with the provider's message id, or throws. */
export type SmsGateway = {
  send(message: { to: string; text: string; idempotencyKey: string }): Promise<{ providerId: string }>;
};

export type SandboxMode = "ok" | "fail" | "timeout";

/**
 * Behaves like a real gateway for offline use and tests: latency, switchable
 * failures and timeouts, and idempotency (a retried key is not sent twice).
 * Keeps what it "sent" so people and tests can read it.
 */
export class SandboxSmsGateway implements SmsGateway {
  readonly sent: { providerId: string; to: string; text: string; at: Date }[] = [];
  private readonly byKey = new Map<string, string>();
  constructor(
    public mode: SandboxMode = "ok",
    private readonly latencyMs: [number, number] = [20, 80],
    private readonly timeoutMs = 3000,
  ) {}

  async send(message: { to: string; text: string; idempotencyKey: string }) {
    const [min, max] = this.latencyMs;
    await sleep(min + Math.random() * (max - min));
    if (this.mode === "fail") throw new Error("sandbox gateway: 运营商通道繁忙 (simulated failure)");
    if (this.mode === "timeout") {
      await sleep(this.timeoutMs);
      throw new Error("sandbox gateway: timed out");
    }
    const known = this.byKey.get(message.idempotencyKey);
    if (known) return { providerId: known };
    const providerId = `SBX-${randomUUID()}`;
    this.byKey.set(message.idempotencyKey, providerId);
    this.sent.push({ providerId, to: message.to, text: message.text, at: new Date() });
    return { providerId };
  }
}

/** A generic HTTP gateway: POST JSON {to, text} with the key as Idempotency-Key; expects {id}. */
export class HttpSmsGateway implements SmsGateway {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 5000,
  ) {}

  async send(message: { to: string; text: string; idempotencyKey: string }) {
    const res = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": message.idempotencyKey,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ to: message.to, text: message.text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    const body = (await res.json()) as { id?: unknown };
    return { providerId: typeof body.id === "string" || typeof body.id === "number" ? String(body.id) : "" };
  }
}
