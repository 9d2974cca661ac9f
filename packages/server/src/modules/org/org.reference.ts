/**
 * Reference organisation data of the demo district, 长沙市开福区 (430105).
 * Street codes are the official ones (DOMAIN.md); community codes are not public,
 * so they are generated well formed: 001–199 for 社区, 200–399 for 村.
 * The five pilot communities carry their real names under their real streets.
 */

export const DISTRICT = { code: "430105000000", name: "长沙市开福区", shortName: "开福区" } as const;

type StreetSpec = { code: string; name: string; communities: string[]; villages?: string[] };

export const STREETS: StreetSpec[] = [
  {
    code: "430105001000",
    name: "芙蓉北路",
    communities: ["欣城", "江湾", "鸭子铺", "福城", "金泰", "砚瓦池", "丽臣", "开福寺"],
  },
  {
    code: "430105002000",
    name: "东风路",
    communities: ["东风", "德雅村", "王家垅", "东风二村", "竹山园", "双拥路", "湘麓", "裕华"],
  },
  {
    code: "430105003000",
    name: "清水塘",
    communities: ["清水塘路", "湘春", "荷花园", "北正街", "营盘路", "文昌阁", "开福", "小吴门"],
  },
  {
    code: "430105004000",
    name: "望麓园",
    communities: ["荷花池", "望麓园", "留芳岭", "惠风", "华夏", "兴汉门", "戥子桥", "教育街"],
  },
  {
    code: "430105005000",
    name: "湘雅路",
    communities: ["湘雅", "三公里", "紫凤", "湘江", "楚家湖", "马厂", "北辰", "黄泥塅"],
  },
  {
    code: "430105006000",
    name: "伍家岭",
    communities: ["伍家岭", "新码头", "五一新村", "车站北路", "潘家坪", "松桂园", "晴岚", "正街"],
  },
  {
    code: "430105009000",
    name: "新河",
    communities: ["三角洲", "新河", "福庆", "苏家托", "长城", "世纪城", "北站路", "新安", "湘江世纪"],
  },
  {
    code: "430105010000",
    name: "通泰街",
    communities: ["通泰街", "营盘", "西园", "清泰", "潮宗街", "蔡锷北路", "连升街", "福源巷"],
  },
  {
    code: "430105012000",
    name: "四方坪",
    communities: ["四方坪", "上大垅", "洪西", "万家丽", "德峰", "福元", "丰泽", "双拥"],
  },
  {
    code: "430105013000",
    name: "洪山",
    communities: ["洪山", "洪山桥", "金鹰", "新竹", "马栏山", "鸿园", "洪新"],
    villages: ["汉回"],
  },
  {
    code: "430105014000",
    name: "浏阳河",
    communities: ["浏阳河", "鸿铭", "盛世", "民福", "和平", "兴福", "浏城桥", "青宁"],
  },
  {
    code: "430105015000",
    name: "月湖",
    communities: ["月湖", "鸿湖", "金岭", "景园", "湖畔", "凤亭", "花园", "月映"],
  },
  {
    code: "430105016000",
    name: "秀峰",
    communities: ["秀峰", "双湖", "金泉", "陡岭", "秀望", "迎宾", "丰林", "秀洲"],
  },
  {
    code: "430105019000",
    name: "沙坪",
    communities: ["沙坪", "沙坪老街"],
    villages: ["白鹤", "明月", "金霞", "欧阳", "芦塘", "中青", "新港"],
  },
  {
    code: "430105020000",
    name: "捞刀河",
    communities: ["捞刀河", "彭家巷", "新港湾"],
    villages: ["五星", "大明", "高岭", "杨家湾", "中南", "连湖"],
  },
  {
    code: "430105021000",
    name: "青竹湖",
    communities: ["青竹湖", "金霞湾"],
    villages: ["大塘", "湖湘", "青竹", "高家坪", "黄石", "金马"],
  },
];

export const PILOT_COMMUNITIES = ["欣城社区", "江湾社区", "清水塘路社区", "荷花池社区", "三角洲社区"];

/** District bureaus; `key` is how workflow steps name the department that acts. */
export const DISTRICT_DEPARTMENTS = [
  { key: "MZ", name: "开福区民政局" },
  { key: "RS", name: "开福区人力资源和社会保障局" },
  { key: "WJ", name: "开福区卫生健康局" },
  { key: "YB", name: "开福区医疗保障局" },
  { key: "ZJ", name: "开福区住房和城乡建设局" },
  { key: "FC", name: "开福区房产服务中心" },
  { key: "ZR", name: "长沙市自然资源和规划局开福分局" },
  { key: "CL", name: "开福区残疾人联合会" },
  { key: "CG", name: "开福区城市管理和综合执法局" },
  { key: "SF", name: "开福区司法局" },
  { key: "TJ", name: "开福区统计局" },
  { key: "ZF", name: "中共开福区委政法委员会" },
  { key: "ZZ", name: "中共开福区委组织部" },
  { key: "TY", name: "开福区退役军人事务局" },
  { key: "GA", name: "长沙市公安局开福分局" },
  { key: "SJ", name: "开福区市场监督管理局" },
  { key: "ZW", name: "开福区政务服务中心" },
] as const;

/** Offices inside every street office; the keys match the district bureau they report to. */
export const STREET_OFFICES = [
  { key: "MZ", name: "社会事务办" },
  { key: "WJ", name: "卫生计生办" },
  { key: "RS", name: "劳动保障事务所" },
  { key: "ZF", name: "综治办" },
  { key: "ZZ", name: "党建办" },
] as const;

export type OrgRow = {
  code: string;
  name: string;
  shortName: string;
  kind: "district" | "street" | "community" | "department";
  parentCode: string | null;
  path: string;
  deptKey: string | null;
  phone: string;
  address: string;
  sortOrder: number;
};

export type SiteRow = { code: string; name: string; address: string; openingHours: string; phone: string };
export type CounterRow = {
  siteCode: string;
  number: number;
  name: string;
  kind: "comprehensive" | "dedicated" | "collection";
};

const ROADS = [
  "芙蓉中路",
  "湘江北路",
  "营盘路",
  "三一大道",
  "中山路",
  "晴岚路",
  "浏阳河路",
  "秀峰路",
  "月湖路",
  "北辰路",
];

/** Deterministic, obviously local-looking phone numbers (0731-8xxxxxxx). */
function phoneFor(seed: number): string {
  return `0731-8${String(4000000 + ((seed * 7919) % 999999)).padStart(7, "0")}`;
}

function addressFor(streetName: string, seed: number): string {
  return `长沙市开福区${streetName}街道${ROADS[seed % ROADS.length]}${((seed * 37) % 400) + 1}号`;
}

const HOURS = "周一至周五 8:30–12:00，14:30–17:30（法定节假日除外）";

/** The whole reference tree as rows, parents before children. */
export function referenceOrgs(): { orgs: OrgRow[]; sites: SiteRow[]; counters: CounterRow[] } {
  const orgs: OrgRow[] = [];
  const sites: SiteRow[] = [];
  const counters: CounterRow[] = [];
  const districtPath = DISTRICT.code;
  orgs.push({
    code: DISTRICT.code,
    name: DISTRICT.name,
    shortName: DISTRICT.shortName,
    kind: "district",
    parentCode: null,
    path: districtPath,
    deptKey: null,
    phone: "0731-84310000",
    address: "长沙市开福区三一大道 1 号",
    sortOrder: 0,
  });
  sites.push({
    code: DISTRICT.code,
    name: "开福区政务服务中心",
    address: "长沙市开福区三一大道 1 号",
    openingHours: HOURS,
    phone: "0731-84310000",
  });
  for (let n = 1; n <= 8; n++) {
    counters.push({
      siteCode: DISTRICT.code,
      number: n,
      name: `${n}号窗口`,
      kind: n === 8 ? "collection" : "comprehensive",
    });
  }
  DISTRICT_DEPARTMENTS.forEach((d, i) => {
    orgs.push({
      code: `${DISTRICT.code}-${d.key}`,
      name: d.name,
      shortName: d.name.replace(/^开福区|^中共开福区委/, ""),
      kind: "department",
      parentCode: DISTRICT.code,
      path: `${districtPath}/${DISTRICT.code}-${d.key}`,
      deptKey: d.key,
      phone: phoneFor(100 + i),
      address: "长沙市开福区三一大道 1 号",
      sortOrder: 100 + i,
    });
  });
  let seed = 1;
  STREETS.forEach((s, si) => {
    const streetPath = `${districtPath}/${s.code}`;
    const address = addressFor(s.name, si + 3);
    orgs.push({
      code: s.code,
      name: `${s.name}街道办事处`,
      shortName: `${s.name}街道`,
      kind: "street",
      parentCode: DISTRICT.code,
      path: streetPath,
      deptKey: null,
      phone: phoneFor(si + 1),
      address,
      sortOrder: si + 1,
    });
    sites.push({
      code: s.code,
      name: `${s.name}街道政务服务中心`,
      address,
      openingHours: HOURS,
      phone: phoneFor(si + 1),
    });
    for (let n = 1; n <= 4; n++) {
      counters.push({ siteCode: s.code, number: n, name: `${n}号窗口`, kind: "comprehensive" });
    }
    STREET_OFFICES.forEach((o, oi) => {
      const code = `${s.code}-${o.key}`;
      orgs.push({
        code,
        name: `${s.name}街道${o.name}`,
        shortName: o.name,
        kind: "department",
        parentCode: s.code,
        path: `${streetPath}/${code}`,
        deptKey: o.key,
        phone: phoneFor(200 + si * 10 + oi),
        address,
        sortOrder: 50 + oi,
      });
    });
    const units = [
      ...s.communities.map((name, i) => ({
        name: `${name}社区`,
        code: `${s.code.slice(0, 9)}${String(i + 1).padStart(3, "0")}`,
      })),
      ...(s.villages ?? []).map((name, i) => ({
        name: `${name}村`,
        code: `${s.code.slice(0, 9)}${String(200 + i + 1)}`,
      })),
    ];
    units.forEach((u, ui) => {
      seed++;
      const isVillage = u.name.endsWith("村");
      const uAddress = addressFor(s.name, seed);
      orgs.push({
        code: u.code,
        name: isVillage ? `${u.name}村民委员会` : `${u.name}居民委员会`,
        shortName: u.name,
        kind: "community",
        parentCode: s.code,
        path: `${streetPath}/${u.code}`,
        deptKey: null,
        phone: phoneFor(1000 + seed),
        address: uAddress,
        sortOrder: ui + 1,
      });
      sites.push({
        code: u.code,
        name: `${u.name}${isVillage ? "便民服务站" : "服务中心"}`,
        address: uAddress,
        openingHours: HOURS,
        phone: phoneFor(1000 + seed),
      });
      const pilot = PILOT_COMMUNITIES.includes(u.name);
      const count = pilot ? 4 : 2 + (seed % 3);
      for (let n = 1; n <= count; n++) {
        counters.push({
          siteCode: u.code,
          number: n,
          name: `${n}号窗口`,
          kind: n === 1 || n < count ? "comprehensive" : "collection",
        });
      }
    });
  });
  return { orgs, sites, counters };
}
