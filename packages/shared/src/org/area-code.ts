/**
 * 12-digit statistical area codes: 6-digit county (GB/T 2260) + 3-digit township
 * (GB/T 10114: 001–099 街道, 100–199 镇, 200–399 乡) + 3-digit village level
 * (001–199 居委会/社区, 200–399 村).
 */

export type AreaLevel = "district" | "street" | "community";
export type TownshipKind = "subdistrict" | "town" | "township";
export type VillageKind = "neighbourhood" | "village";

export type AreaCode =
  | { level: "district"; code: string; county: string }
  | { level: "street"; code: string; county: string; township: string; townshipKind: TownshipKind }
  | {
      level: "community";
      code: string;
      county: string;
      township: string;
      townshipKind: TownshipKind;
      villageKind: VillageKind;
    };

function townshipKindOf(n: number): TownshipKind | undefined {
  if (n >= 1 && n <= 99) return "subdistrict";
  if (n >= 100 && n <= 199) return "town";
  if (n >= 200 && n <= 399) return "township";
  return undefined;
}

function villageKindOf(n: number): VillageKind | undefined {
  if (n >= 1 && n <= 199) return "neighbourhood";
  if (n >= 200 && n <= 399) return "village";
  return undefined;
}

/** Parses a 12-digit area code, or returns undefined when it is not well formed. */
export function parseAreaCode(code: string): AreaCode | undefined {
  if (!/^\d{12}$/.test(code)) return undefined;
  const county = code.slice(0, 6);
  if (county.endsWith("00")) return undefined; // a province or city, not a county-level unit
  const township = Number(code.slice(6, 9));
  const village = Number(code.slice(9, 12));
  if (township === 0) return village === 0 ? { level: "district", code, county } : undefined;
  const townshipKind = townshipKindOf(township);
  if (!townshipKind) return undefined;
  if (village === 0) {
    return { level: "street", code, county, township: code.slice(0, 9), townshipKind };
  }
  const villageKind = villageKindOf(village);
  if (!villageKind) return undefined;
  return {
    level: "community",
    code,
    county,
    township: code.slice(0, 9),
    townshipKind,
    villageKind,
  };
}

/** The code of the unit one level up (community → street → district), if any. */
export function parentAreaCode(code: string): string | undefined {
  const parsed = parseAreaCode(code);
  if (!parsed || parsed.level === "district") return undefined;
  return parsed.level === "community" ? `${parsed.township}000` : `${parsed.county}000000`;
}
