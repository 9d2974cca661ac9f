import { match } from "pinyin-pro";
import { HOTLINES, searchGuide } from "@onewindow/shared";
import type { Ctx } from "../../http/context.js";
import { presentItemSummary, searchItems } from "../catalog/index.js";

/** pinyin-pro's matcher: full pinyin, initials or a mix ("zsy", "zaishengyu", "zaisy"). */
const pinyinMatch = (text: string, input: string) => match(text, input, { precision: "start" }) ?? null;

/** 办事指南 智能查询 over the whole catalog (in a category when given). */
export async function searchGuideItems(ctx: Ctx, q: string, category?: string) {
  const { items, materials } = await searchItems(ctx, { category });
  return searchGuide(items, q, pinyinMatch).map(({ item, by }) => ({
    ...presentItemSummary(item, materials, ctx.locale),
    matchedBy: by,
  }));
}

/** 便民服务热线: national numbers and the district's own service halls and offices. */
export async function hotlines(ctx: Ctx) {
  const offices = await ctx.db
    .selectFrom("orgs")
    .select(["code", "name", "kind", "phone", "address"])
    .where("district_code", "=", ctx.districtCode)
    .where("phone", "is not", null)
    .where("kind", "in", ["district", "street", "department"])
    .orderBy("sort_order")
    .orderBy("code")
    .execute();
  return {
    national: HOTLINES,
    offices: offices.map((o) => ({
      code: o.code,
      name: o.name,
      kind: o.kind,
      phone: o.phone!,
      address: o.address,
    })),
  };
}
