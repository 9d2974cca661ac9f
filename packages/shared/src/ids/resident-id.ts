/**
 * 居民身份证号 (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male), 1 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/** Province-level prefixes of GB/T 2260 (11 北京 … 82 澳门). */
const PROVINCE_PREFIXES = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
]);

export type ResidentIdProblem = "format" | "area" | "birthDate" | "checksum";

export type ResidentIdResult =
  | { ok: true; idNumber: string; areaCode: string; birthDate: string; sex: "male" | "female" }
  | { ok: false; problem: ResidentIdProblem };

/** Computes the check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("need exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True when `y-m-d` is a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Validates a resident ID number: format, province prefix, a real birth date
 * between 1900 and `today`, and the GB 11643 checksum. Lower-case x is accepted.
 */
export function parseResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: "format" };
  if (!PROVINCE_PREFIXES.has(id.slice(0, 2))) return { ok: false, problem: "area" };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return { ok: false, problem: "birthDate" };
  const birth = Date.UTC(year, month - 1, day);
  if (birth > today.getTime()) return { ok: false, problem: "birthDate" };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: "checksum" };
  return {
    ok: true,
    idNumber: id,
    areaCode: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? "male" : "female",
  };
}

/** Builds a valid ID from its parts (used for synthetic demo residents and tests). */
export function buildResidentId(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = `${areaCode}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}
