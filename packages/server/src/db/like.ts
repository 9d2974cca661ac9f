/** `text` with LIKE's wildcards and escape character taken literally (PostgreSQL's default escape `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
