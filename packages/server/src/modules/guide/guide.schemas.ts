import { Type } from "typebox";
import { Nullable } from "../../http/schemas.js";
import { ItemSummary } from "../catalog/index.js";

/** A guide hit: the catalog's item summary plus how the words matched it. */
export const GuideHit = Type.Object({
  ...ItemSummary.properties,
  matchedBy: Type.Union([Type.Literal("name"), Type.Literal("synonym"), Type.Literal("pinyin")], {
    description: "命中方式：名称、常用说法或拼音",
  }),
});

export const Hotlines = Type.Object({
  national: Type.Array(
    Type.Object({
      number: Type.String(),
      name: Type.String(),
      hint: Type.String({ description: "受理范围" }),
    }),
    { description: "全国便民服务热线" },
  ),
  offices: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      kind: Type.Union([
        Type.Literal("district"),
        Type.Literal("street"),
        Type.Literal("community"),
        Type.Literal("department"),
      ]),
      phone: Type.String(),
      address: Nullable(Type.String()),
    }),
    { description: "本区、街道与区部门的办事电话（有电话的机构）" },
  ),
});
