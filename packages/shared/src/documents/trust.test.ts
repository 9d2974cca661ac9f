import { describe, expect, it } from "vitest";
import { issuedDocumentName, reusable, strongerTrust } from "./trust.js";

describe("documents on file", () => {
  it("names the certificate an approved item issues", () => {
    expect(issuedDocumentName("老年人优待证办理")).toBe("老年人优待证");
    expect(issuedDocumentName("就业创业证申领")).toBe("就业创业证");
    expect(issuedDocumentName("残疾人证办理（受理）")).toBe("残疾人证");
    expect(issuedDocumentName("居住证申领受理")).toBe("居住证");
    expect(issuedDocumentName("独生子女父母光荣证")).toBe("独生子女父母光荣证");
    expect(issuedDocumentName("亲属关系证明")).toBe("亲属关系证明");
    expect(issuedDocumentName("最低生活保障")).toBeUndefined();
    expect(issuedDocumentName("再生育审批")).toBeUndefined();
  });

  it("reuses agency-issued and window-verified documents only, and keeps the stronger level", () => {
    expect(["A", "B", "C", "D"].map((l) => reusable(l as "A"))).toEqual([true, true, false, false]);
    expect(strongerTrust("C", "B")).toBe("B");
    expect(strongerTrust("A", "D")).toBe("A");
  });
});
