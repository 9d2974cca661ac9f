import { describe, expect, it } from "vitest";
import { formProblems, formSchemaProblems, type FormSchema } from "./form.js";

const dibao: FormSchema = {
  type: "object",
  properties: {
    householdSize: { type: "integer", title: "家庭人口", minimum: 1, maximum: 20 },
    monthlyIncome: { type: "number", title: "家庭月收入", minimum: 0, unit: "元" },
    source: { type: "string", title: "主要收入来源", maxLength: 10 },
    hardship: { type: "string", title: "困难情形", enum: ["因病", "因灾"] },
    since: { type: "string", title: "起始日期", format: "date" },
    urgent: { type: "boolean", title: "急难型" },
  },
  required: ["householdSize", "monthlyIncome"],
};

describe("application forms", () => {
  it("accepts complete data and names each problem's field", () => {
    expect(formProblems(dibao, { householdSize: 3, monthlyIncome: 1200.5 })).toEqual([]);
    expect(
      formProblems(dibao, {
        householdSize: 2.5,
        source: "一二三四五六七八九十十一",
        hardship: "因穷",
        since: "2026-02-30x",
        urgent: "yes",
        extra: 1,
      }),
    ).toEqual([
      { field: "householdSize", problem: "type" },
      { field: "monthlyIncome", problem: "required" },
      { field: "source", problem: "length" },
      { field: "hardship", problem: "enum" },
      { field: "since", problem: "format" },
      { field: "urgent", problem: "type" },
      { field: "extra", problem: "unknown" },
    ]);
    expect(formProblems(dibao, { householdSize: 0, monthlyIncome: -1 })).toEqual([
      { field: "householdSize", problem: "range" },
      { field: "monthlyIncome", problem: "range" },
    ]);
  });

  it("refuses schemas it cannot render", () => {
    expect(formSchemaProblems(dibao)).toEqual([]);
    expect(
      formSchemaProblems({
        type: "object",
        properties: { "bad key": { type: "array", title: "" } },
        required: ["x"],
      }),
    ).toEqual([
      "form.properties.bad key: keys are camelCase letters and digits",
      "form.properties.bad key.title is missing",
      'form.properties.bad key.type "array" is not supported',
      'form.required names "x", which is not a field',
    ]);
  });
});
