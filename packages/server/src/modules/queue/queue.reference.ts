/**
 * The service groups every hall starts with; an administrator may change them per
 * hall afterwards (reference loading never overwrites an existing row).
 */
export const DEFAULT_QUEUE_SERVICES = [
  { code: "A", name: "综合业务", categories: [] as string[], sortOrder: 1 },
  { code: "B", name: "社保就业", categories: ["labor"], sortOrder: 2 },
  { code: "C", name: "出件咨询", categories: [] as string[], sortOrder: 3 },
] as const;

/** Which groups a counter serves by its kind: a comprehensive window serves all (null). */
export function defaultCounterServices(kind: "comprehensive" | "dedicated" | "collection"): string[] | null {
  if (kind === "collection") return ["C"];
  if (kind === "dedicated") return ["B"];
  return null;
}
