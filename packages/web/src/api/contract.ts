import type { paths } from "./openapi.js";

// The API's shapes as the server declares them (openapi.d.ts is generated from /docs/json by
// `npm run openapi`; CI fails when it is stale). Screens name what they read through these
// helpers instead of writing the shapes out again.

type Method = "get" | "post" | "put" | "delete";
type Path = keyof paths;
type Operation<P extends Path, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Success<R> = R extends { 200: infer A }
  ? A
  : R extends { 201: infer A }
    ? A
    : R extends { 202: infer A }
      ? A
      : never;

/** The JSON body of an operation's success answer, e.g. `Answer<"/api/v1/cases/{caseNo}">`. */
export type Answer<P extends Path, M extends Method = "get"> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<Success<R>> : never;

/** The JSON body an operation takes, e.g. `RequestBody<"/api/v1/cases", "post">`. */
export type RequestBody<P extends Path, M extends Method = "post"> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** One element of an array-valued answer field, e.g. `ItemOf<Answer<"/api/v1/tasks">["items"]>`. */
export type ItemOf<A> = A extends readonly (infer T)[] ? T : never;
