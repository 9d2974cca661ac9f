import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fieldLabel, translate, type Locale, type MessageKey } from "@onewindow/shared";
import { AppError } from "../errors.js";

type AjvError = {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
};

/** "/roles/0/orgCode" → "roles[0].orgCode" */
function toFieldPath(pointer: string): string {
  return pointer
    .split("/")
    .filter(Boolean)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

function join(base: string, name: unknown): string {
  const n = typeof name === "string" ? name : "";
  return base ? `${base}.${n}` : n;
}

/** Turns the first schema violation into a domain error that names the field. */
export function validationToAppError(errors: AjvError[]): AppError {
  const e = errors.find((x) => x.keyword !== "if") ?? errors[0];
  if (!e) return new AppError("VALIDATION_FAILED");
  const path = toFieldPath(e.instancePath);
  const variants: Record<string, { key: MessageKey; field: string; params?: Record<string, string> }> = {
    required: { key: "VALIDATION_FAILED.required", field: join(path, e.params.missingProperty) },
    additionalProperties: {
      key: "VALIDATION_FAILED.unknown",
      field: join(path, e.params.additionalProperty),
    },
    type: { key: "VALIDATION_FAILED.type", field: path, params: { expected: String(e.params.type) } },
    enum: {
      key: "VALIDATION_FAILED.enum",
      field: path,
      params: { allowed: ((e.params.allowedValues as unknown[]) ?? []).join(", ") },
    },
    const: { key: "VALIDATION_FAILED.enum", field: path, params: { allowed: String(e.params.allowedValue) } },
    minLength: { key: "VALIDATION_FAILED.length", field: path },
    maxLength: { key: "VALIDATION_FAILED.length", field: path },
    minItems: { key: "VALIDATION_FAILED.length", field: path },
    maxItems: { key: "VALIDATION_FAILED.length", field: path },
    minimum: { key: "VALIDATION_FAILED.range", field: path },
    maximum: { key: "VALIDATION_FAILED.range", field: path },
  };
  const v = variants[e.keyword] ?? { key: "VALIDATION_FAILED.format" as const, field: path };
  if (!v.field) return new AppError("VALIDATION_FAILED", { messageKey: "VALIDATION_FAILED.body" });
  return new AppError("VALIDATION_FAILED", {
    field: v.field,
    messageKey: v.key,
    ...(v.params ? { params: v.params } : {}),
  });
}

export function renderError(error: AppError, locale: Locale) {
  // A label the service chose (e.g. a form field's Chinese title) wins over the generic one.
  const params = {
    ...(error.field ? { label: fieldLabel(error.field, locale, error.labelAs) } : {}),
    ...error.params,
  };
  return {
    error: {
      code: error.code,
      message: translate(error.messageKey, locale, params),
      ...(error.field ? { field: error.field } : {}),
      ...error.details,
    },
  };
}

/** Maps every error to the API's error shape once, at the edge. 5xx never carry internals. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    let appError: AppError;
    if (err instanceof AppError) {
      appError = err;
    } else if (err.validation) {
      appError = validationToAppError(err.validation);
    } else if (err.statusCode === 429) {
      appError = new AppError("TOO_MANY_REQUESTS");
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, wrong content type, empty body, body too large…
      appError = new AppError("VALIDATION_FAILED", { messageKey: "VALIDATION_FAILED.body" });
    } else {
      req.log.error({ err }, "unhandled error");
      appError = new AppError("INTERNAL");
    }
    if (appError.status >= 500) req.log.error({ code: appError.code }, "request failed");
    return reply.status(appError.status).send(renderError(appError, req.locale));
  });
}
