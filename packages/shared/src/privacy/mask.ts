/** Masking of personal data for screens and logs (PIPL: show only what the reader needs). */

/** 430105199001011234 → 4301**********1234 */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return "*".repeat(id.length);
  return id.slice(0, 4) + "*".repeat(id.length - 8) + id.slice(-4);
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return "*".repeat(phone.length);
  return phone.slice(0, 3) + "*".repeat(phone.length - 7) + phone.slice(-4);
}

/** 张三 → 张*, 欧阳明月 → 欧*** (the surname stays so a clerk can greet the resident). */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return "*";
  return chars[0] + "*".repeat(chars.length - 1);
}
