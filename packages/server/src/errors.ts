import type { MessageKey } from "@onewindow/shared";

/** Error codes of the public API and the HTTP status each maps to (at the edge, once). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  ORG_NOT_FOUND: 404,
  ITEM_NOT_FOUND: 404,
  CASE_NOT_FOUND: 404,
  TASK_NOT_FOUND: 404,
  TASK_NOT_OPEN: 409,
  CASE_NOT_WAITING: 409,
  CASE_PAUSED: 409,
  CASE_ENDED: 409,
  EXTENSION_NOT_ALLOWED: 409,
  CASE_NOT_DECIDED: 409,
  CASE_DELIVERED: 409,
  EXTENSION_TOO_LATE: 409,
  SITE_NOT_FOUND: 404,
  COUNTER_NOT_FOUND: 404,
  TICKET_NOT_FOUND: 404,
  TICKET_STATE: 409,
  COUNTER_NOT_READY: 409,
  COUNTER_TAKEN: 409,
  QUEUE_FULL: 409,
  RECALLS_NOT_DONE: 409,
  ORDER_NOT_FOUND: 404,
  ORDER_ANSWERED: 409,
  EVALUATION_NOT_FOUND: 404,
  EVALUATION_EXISTS: 409,
  APPEAL_STATE: 409,
  RECTIFICATION_NOT_FOUND: 404,
  RECTIFICATION_STATE: 409,
  MATERIALS_MISSING: 422,
  NOT_ISSUABLE_AT_COMMUNITY: 422,
  USERNAME_TAKEN: 409,
  IDEMPOTENCY_CONFLICT: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  ACCOUNT_LOCKED: 429,
  TOO_MANY_REQUESTS: 429,
  DEPARTMENT_UNAVAILABLE: 503,
  BILLER_NOT_FOUND: 404,
  SLOT_FULL: 409,
  RECEIPT_NOT_FOUND: 404,
  RECEIPT_STATE: 409,
  PAGE_CHANGED: 409,
  SLOT_NOT_FOUND: 404,
  BOOKING_NOT_FOUND: 404,
  VEHICLE_NOT_FOUND: 404,
  ACCOUNT_NOT_FOUND: 404,
  PAYMENT_NOT_FOUND: 404,
  BILLER_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * A domain error: a stable code, optionally the field at fault and the message
 * variant that explains it. Services throw these; the HTTP layer renders them.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly messageKey: MessageKey;
  /** Label the field as this one in the message (see fieldLabel). */
  readonly labelAs: string | undefined;
  readonly params: Record<string, string | number>;
  /** Machine-readable details added to the error body (e.g. the missing material ids). */
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    opts: {
      field?: string;
      messageKey?: MessageKey;
      labelAs?: string;
      params?: Record<string, string | number>;
      details?: Record<string, unknown>;
    } = {},
  ) {
    super(opts.messageKey ?? code);
    this.name = "AppError";
    this.code = code;
    this.field = opts.field;
    this.messageKey = opts.messageKey ?? code;
    this.labelAs = opts.labelAs;
    this.params = opts.params ?? {};
    this.details = opts.details ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Shorthand for a 400 about one field. */
export function invalidField(
  field: string,
  messageKey: MessageKey = "VALIDATION_FAILED.format",
  params: Record<string, string | number> = {},
): AppError {
  return new AppError("VALIDATION_FAILED", { field, messageKey, params });
}
