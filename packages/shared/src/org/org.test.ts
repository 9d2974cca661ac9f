import { describe, expect, it } from "vitest";
import { parentAreaCode, parseAreaCode } from "./area-code.js";
import { isWithinPath } from "./roles.js";

describe("area codes", () => {
  it("recognises district, street and community levels", () => {
    expect(parseAreaCode("430105000000")?.level).toBe("district");
    expect(parseAreaCode("430105001000")).toMatchObject({ level: "street", townshipKind: "subdistrict" });
    expect(parseAreaCode("430105100000")).toMatchObject({ level: "street", townshipKind: "town" });
    expect(parseAreaCode("430105001002")).toMatchObject({
      level: "community",
      villageKind: "neighbourhood",
    });
    expect(parseAreaCode("430105020201")).toMatchObject({ level: "community", villageKind: "village" });
  });

  it("rejects malformed codes", () => {
    for (const bad of [
      "43010500000",
      "4301050000000",
      "430100000000",
      "430105000001",
      "430105400000",
      "430105001400",
      "43010500100a",
    ]) {
      expect(parseAreaCode(bad)).toBeUndefined();
    }
  });

  it("walks up the tree", () => {
    expect(parentAreaCode("430105001002")).toBe("430105001000");
    expect(parentAreaCode("430105001000")).toBe("430105000000");
    expect(parentAreaCode("430105000000")).toBeUndefined();
  });

  it("treats an org path as inside its own subtree and its ancestors' only", () => {
    expect(isWithinPath("430105000000/430105001000", "430105000000")).toBe(true);
    expect(isWithinPath("430105000000/430105001000", "430105000000/430105001000")).toBe(true);
    expect(isWithinPath("430105000000/4301050010001", "430105000000/430105001000")).toBe(false);
    expect(isWithinPath("430105000000", "430105000000/430105001000")).toBe(false);
  });
});
