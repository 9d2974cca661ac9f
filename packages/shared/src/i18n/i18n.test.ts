import { describe, expect, it } from "vitest";
import { fieldLabel } from "./field-labels.js";
import { pickLocale, translate } from "./messages.js";
import { maskIdNumber, maskName, maskPhone } from "../privacy/mask.js";
import { passwordProblems } from "../auth/password-policy.js";

describe("locale negotiation", () => {
  it("defaults to Chinese and honours an English preference", () => {
    expect(pickLocale(undefined)).toBe("zh-CN");
    expect(pickLocale("en-US,en;q=0.9")).toBe("en");
    expect(pickLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(pickLocale("fr, en;q=0.5")).toBe("en");
    expect(pickLocale("en;q=0.3, zh-TW;q=0.7")).toBe("zh-CN");
    expect(pickLocale("de")).toBe("zh-CN");
  });

  it("names the field in both languages", () => {
    const zh = translate("VALIDATION_FAILED.idNumber.checksum", "zh-CN", {
      label: fieldLabel("applicant.idNumber", "zh-CN"),
    });
    expect(zh).toBe("身份证号码 (applicant.idNumber)校验码不正确，请核对");
    const en = translate("VALIDATION_FAILED.required", "en", { label: fieldLabel("password", "en") });
    expect(en).toBe("password (password) is required");
    expect(fieldLabel("roles[0].orgCode", "zh-CN")).toBe("机构代码 (roles[0].orgCode)");
  });
});

describe("masking", () => {
  it("hides the middle of ID numbers and phones and all but the surname", () => {
    expect(maskIdNumber("43010519900101123X")).toBe("4301**********123X");
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskName("张三")).toBe("张*");
    expect(maskName("欧阳明月")).toBe("欧***");
  });
});

describe("password policy", () => {
  it("needs length, three character classes and no user name", () => {
    expect(passwordProblems("Short1!")).toContain("length");
    expect(passwordProblems("alllowercaseletters")).toContain("classes");
    expect(passwordProblems("Zhang-2026-window", "zhang")).toEqual(["containsUsername"]);
    expect(passwordProblems("Kaifu#Window2026", "clerk01")).toEqual([]);
  });
});
