import { Type, type TSchema } from "typebox";

/** The error body every 4xx/5xx carries (API.md "Errors"). */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ examples: ["VALIDATION_FAILED"] }),
      message: Type.String({ description: "zh-CN by default, en per Accept-Language" }),
      field: Type.Optional(Type.String({ description: "the field at fault, e.g. applicant.idNumber" })),
      missing: Type.Optional(
        Type.Array(Type.String(), {
          description: "MATERIALS_MISSING: ids of the required materials not provided",
        }),
      ),
    }),
  },
  { $id: "ErrorBody", title: "Error" },
);

const errorRef = Type.Ref("ErrorBody");

/** Response map entries for the given error statuses. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorRef]));
}

/** Objects in requests reject fields they do not know (400 naming the field). */
export function strictObject<T extends Record<string, TSchema>>(properties: T, options: object = {}) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

export const IdempotencyHeaders = Type.Object({
  "idempotency-key": Type.Optional(
    Type.String({
      description: "Client-chosen key; a retry with the same key and body returns the first answer",
    }),
  ),
});

export const OrgCode = Type.String({
  minLength: 12,
  maxLength: 20,
  description: "12-digit area code, or <area>-<KEY> for a department",
});

/** `/{id}` of a record addressed by uuid. */
export const IdParams = Type.Object({ id: Type.String({ format: "uuid" }) });

// Building blocks for response schemas. The response schema is the allowlist: Fastify serialises
// through it, so a field not declared never leaves the server.

/** `T` or null (a JSON null, declared, so the serialiser keeps it). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An instant as the API writes it: ISO 8601 with the China offset (`isoChina`). */
export const IsoTime = Type.String({ format: "date-time", examples: ["2026-11-18T10:00:00+08:00"] });

/** A China calendar date, YYYY-MM-DD. */
export const DateOnly = Type.String({ format: "date", examples: ["2026-11-18"] });

/** A file answered as bytes (PDF, Excel, an image); the content type is set by the route. */
export const FileBody = (description: string) =>
  Type.Unsafe<Buffer>({ type: "string", format: "binary", description });

/** `204 No Content`. */
export const NoContent = Type.Null({ description: "no body" });
