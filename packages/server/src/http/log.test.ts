import { describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { maskUrl } from "./log.js";

describe("request URLs in logs", () => {
  const id = buildResidentId("430105", "1991-03-15", 24);

  it("masks ID numbers, phones and tokens in known parameters", () => {
    expect(maskUrl(`/api/v1/kiosk/cases?idNumber=${id}&x=1`)).toBe("/api/v1/kiosk/cases?idNumber=***&x=1");
    expect(maskUrl("/q?token=abc&phone=13900001234")).toBe("/q?token=***&phone=***");
  });

  it("masks anything shaped like an ID number under any name, and leaves case numbers alone", () => {
    expect(maskUrl(`/anything?q=${id}`)).toBe("/anything?q=***");
    expect(maskUrl(`/p/${id.slice(0, 17)}X`)).toBe("/p/***");
    expect(maskUrl("/api/v1/cases/KF202611050001")).toBe("/api/v1/cases/KF202611050001");
  });
});
