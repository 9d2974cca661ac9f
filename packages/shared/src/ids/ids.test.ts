import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildResidentId, parseResidentId, residentIdCheckChar } from "./resident-id.js";
import { isValidUscc, usccCheckChar } from "./uscc.js";
import { isValidMobile } from "./mobile.js";

describe("resident ID (GB 11643)", () => {
  it("computes the check characters of the DOMAIN.md examples", () => {
    expect(residentIdCheckChar("37010119010203997")).toBe("3");
    expect(residentIdCheckChar("34052419800101001")).toBe("X");
  });

  it("accepts a valid ID and reads birth date and sex from it", () => {
    const r = parseResidentId("34052419800101001x");
    expect(r).toEqual({
      ok: true,
      idNumber: "34052419800101001X",
      areaCode: "340524",
      birthDate: "1980-01-01",
      sex: "male",
    });
    const f = parseResidentId("370101190102039973");
    expect(f.ok && f.sex).toBe("male");
    const female = parseResidentId(buildResidentId("430105", "1990-05-20", 2));
    expect(female.ok && female.sex).toBe("female");
  });

  it("rejects a wrong check digit", () => {
    expect(parseResidentId("370101190102039974")).toEqual({ ok: false, problem: "checksum" });
  });

  it("rejects impossible and future birth dates even with a correct checksum", () => {
    const feb30 = "43010519900230123";
    expect(parseResidentId(feb30 + residentIdCheckChar(feb30))).toEqual({
      ok: false,
      problem: "birthDate",
    });
    const notLeap = "43010519000229123"; // 1900 is not a leap year
    expect(parseResidentId(notLeap + residentIdCheckChar(notLeap)).ok).toBe(false);
    const leap = "43010520000229123";
    expect(parseResidentId(leap + residentIdCheckChar(leap)).ok).toBe(true);
    const future = buildResidentId("430105", "2030-01-01", 11);
    expect(parseResidentId(future, new Date("2026-11-25"))).toEqual({
      ok: false,
      problem: "birthDate",
    });
  });

  it("rejects bad formats and unknown provinces", () => {
    for (const bad of ["", "12345", "4301051990010112345", "43010519900101123Y", "43010519900101 234"]) {
      expect(parseResidentId(bad)).toEqual({ ok: false, problem: "format" });
    }
    const unknownProvince = buildResidentId("990105", "1990-01-01", 1);
    expect(parseResidentId(unknownProvince)).toEqual({ ok: false, problem: "area" });
  });

  it("detects every single-digit typo (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1901-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (birth, seq, pos, delta) => {
          const id = buildResidentId("430105", birth.toISOString().slice(0, 10), seq);
          expect(parseResidentId(id).ok).toBe(true);
          if (pos < 6 || (pos >= 6 && pos < 14)) return; // typo may break area/date first
          const digit = (Number(id[pos]) + delta) % 10;
          const typo = id.slice(0, pos) + String(digit) + id.slice(pos + 1);
          expect(parseResidentId(typo).ok).toBe(false);
        },
      ),
    );
  });
});

describe("USCC (GB 32100)", () => {
  it("validates real-shaped codes and rejects a changed character", () => {
    const first17 = "91430105MA4L12345";
    const code = first17 + usccCheckChar(first17);
    expect(isValidUscc(code)).toBe(true);
    expect(isValidUscc(code.toLowerCase())).toBe(true);
    const other = code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
    expect(isValidUscc(other)).toBe(false);
  });

  it("accepts a known published code", () => {
    // 91350100M000100Y43 is the worked example in GB 32100-2015 Annex.
    expect(isValidUscc("91350100M000100Y43")).toBe(true);
  });

  it("rejects letters outside the alphabet (I, O, S, V, Z) and wrong lengths", () => {
    expect(isValidUscc("91430105MA4L1234I0")).toBe(false);
    expect(isValidUscc("91430105MA4L123O50")).toBe(false);
    expect(isValidUscc("91430105")).toBe(false);
  });
});

describe("mobile numbers", () => {
  it("accepts 11 digits starting 13–19 and nothing else", () => {
    expect(isValidMobile("13812345678")).toBe(true);
    expect(isValidMobile("19912345678")).toBe(true);
    expect(isValidMobile("12812345678")).toBe(false);
    expect(isValidMobile("1381234567")).toBe(false);
    expect(isValidMobile("138123456789")).toBe(false);
    expect(isValidMobile("+8613812345678")).toBe(false);
  });
});
