/**
 * 办事指南 智能查询: residents search with the words they use ("二胎", "低保"), with pinyin
 * initials typed on a letter pad ("zsy"), or with full pinyin. Pure: the pinyin matcher is
 * passed in, so the kiosk need not ship a pinyin dictionary.
 */

/** Everyday words → words in the official item names. */
export const GUIDE_SYNONYMS: Record<string, string[]> = {
  二胎: ["再生育"],
  二孩: ["再生育"],
  三胎: ["再生育"],
  三孩: ["再生育"],
  准生证: ["生育登记", "再生育"],
  生孩子: ["生育登记"],
  低保: ["最低生活保障"],
  困难补助: ["临时救助", "低收入家庭"],
  五保: ["特困人员"],
  残疾证: ["残疾人证"],
  老年证: ["老年人优待证"],
  敬老证: ["老年人优待证"],
  老人补贴: ["高龄津贴"],
  失业金: ["失业登记"],
  找工作: ["就业创业证", "失业登记"],
  社保卡: ["社会保障卡"],
  医保: ["医疗保险", "异地就医"],
  养老金: ["养老保险", "养老金领取资格认证"],
  退休: ["退休人员", "养老"],
  廉租房: ["公共租赁住房"],
  公租房: ["公共租赁住房"],
  住房补贴: ["住房租赁补贴"],
  经适房: ["经济适用住房"],
  拆迁: ["棚户区改造"],
  独生子女证: ["独生子女父母光荣证"],
  暂住证: ["居住证", "居住登记"],
  租房登记: ["出租房屋登记"],
  打官司: ["法律援助"],
  纠纷: ["人民调解", "矛盾纠纷"],
  当兵: ["兵役登记"],
  退伍军人: ["退役军人"],
  开证明: ["证明"],
  入党: ["入党申请"],
};

export type GuideItem = { code: string; name: string };
export type GuideMatch<T> = { item: T; by: "name" | "synonym" | "pinyin"; score: number };

/** Matches `input` against `text` by pinyin (full or initials); the matched character positions, or null. */
export type PinyinMatcher = (text: string, input: string) => number[] | null;

function normalise(q: string): string {
  return q.trim().replace(/\s+/g, "").toLowerCase();
}

/** The items matching `query`, best first: names containing it, then synonyms, then pinyin. */
export function searchGuide<T extends GuideItem>(
  items: T[],
  query: string,
  pinyin: PinyinMatcher,
): GuideMatch<T>[] {
  const q = normalise(query);
  if (!q) return items.map((item) => ({ item, by: "name", score: 0 }));
  const synonymTerms = Object.entries(GUIDE_SYNONYMS)
    .filter(([word]) => q.includes(word) || (q.length >= 2 && word.includes(q)))
    .flatMap(([, terms]) => terms);
  const latin = /^[a-z]+$/.test(q);
  const out: GuideMatch<T>[] = [];
  for (const item of items) {
    const name = item.name.toLowerCase();
    if (name.includes(q)) {
      out.push({ item, by: "name", score: 300 - name.indexOf(q) });
    } else if (synonymTerms.some((t) => name.includes(t))) {
      out.push({ item, by: "synonym", score: 200 });
    } else if (latin) {
      const hit = pinyin(item.name, q);
      // Consecutive characters (the start of a word) rank above scattered ones.
      if (hit)
        out.push({
          item,
          by: "pinyin",
          score: 100 - (hit[hit.length - 1]! - hit[0]! - hit.length + 1) - hit[0]!,
        });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** National and local public service hotlines (便民服务热线). */
export const HOTLINES: { number: string; name: string; hint: string }[] = [
  { number: "12345", name: "政务服务便民热线", hint: "咨询、求助、投诉、建议，24 小时" },
  { number: "12333", name: "人力资源和社会保障", hint: "社保、就业、劳动关系" },
  { number: "12329", name: "住房公积金", hint: "公积金缴存、提取、贷款" },
  { number: "12315", name: "市场监管投诉举报", hint: "消费维权、食品安全" },
  { number: "12348", name: "公共法律服务", hint: "法律咨询、法律援助" },
  { number: "12338", name: "妇女维权", hint: "妇女儿童权益保护" },
  { number: "12355", name: "青少年服务台", hint: "心理咨询、权益保护" },
  { number: "12369", name: "生态环境投诉", hint: "噪声、油烟、污染" },
  { number: "12320", name: "卫生健康热线", hint: "医疗咨询、计生服务" },
  { number: "95598", name: "国家电网供电服务", hint: "停电报修、电费" },
  { number: "110", name: "报警", hint: "紧急情况" },
  { number: "119", name: "火警", hint: "火灾、抢险救援" },
  { number: "120", name: "医疗急救", hint: "急病、受伤" },
  { number: "122", name: "交通事故报警", hint: "道路交通事故" },
];
