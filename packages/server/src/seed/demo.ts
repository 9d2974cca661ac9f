import type { Role } from "@onewindow/shared";
import { buildResidentId } from "@onewindow/shared";
import type { Ctx } from "../http/context.js";
import { createStaff, DISTRICT, PILOT_COMMUNITIES, referenceOrgs } from "../modules/org/index.js";
import { insertResidents, type NewResident } from "../modules/residents/index.js";
import { loadDemoCases } from "./demo-cases.js";
import { loadDemoQueue } from "./demo-queue.js";

/** The password of every demo account (listed in the README). Demo only. */
export const DEMO_PASSWORD = "Kaifu@2026!";

const XINCHENG = "430105001001";
const FURONG = "430105001000";
const D = DISTRICT.code;

type DemoAccount = { username: string; name: string; orgCode: string; roles: [Role, string][] };

/** Staff for every role at 欣城社区, 芙蓉北路街道 and the district bureaus. */
export const DEMO_STAFF: DemoAccount[] = [
  { username: "kf.admin", name: "区系统管理员", orgCode: `${D}-ZW`, roles: [["admin", D]] },
  { username: "kf.supervisor", name: "区电子监察员", orgCode: `${D}-ZW`, roles: [["supervisor", D]] },
  { username: "xc.clerk", name: "欣城综窗甲", orgCode: XINCHENG, roles: [["clerk", XINCHENG]] },
  { username: "xc.clerk2", name: "欣城综窗乙", orgCode: XINCHENG, roles: [["clerk", XINCHENG]] },
  { username: "xc.approver", name: "欣城社区审核员", orgCode: XINCHENG, roles: [["approver", XINCHENG]] },
  { username: "xc.supervisor", name: "欣城社区监察员", orgCode: XINCHENG, roles: [["supervisor", XINCHENG]] },
  { username: "xc.admin", name: "欣城社区管理员", orgCode: XINCHENG, roles: [["admin", XINCHENG]] },
  { username: "jw.clerk", name: "江湾综窗", orgCode: "430105001002", roles: [["clerk", "430105001002"]] },
  {
    username: "jw.approver",
    name: "江湾社区审核员",
    orgCode: "430105001002",
    roles: [["approver", "430105001002"]],
  },
  {
    username: "qst.clerk",
    name: "清水塘路综窗",
    orgCode: "430105003001",
    roles: [
      ["clerk", "430105003001"],
      ["approver", "430105003001"],
    ],
  },
  {
    username: "hhc.clerk",
    name: "荷花池综窗",
    orgCode: "430105004001",
    roles: [
      ["clerk", "430105004001"],
      ["approver", "430105004001"],
    ],
  },
  {
    username: "sjz.clerk",
    name: "三角洲综窗",
    orgCode: "430105009001",
    roles: [
      ["clerk", "430105009001"],
      ["approver", "430105009001"],
    ],
  },
  { username: "frbl.clerk", name: "芙蓉北路街道综窗", orgCode: FURONG, roles: [["clerk", FURONG]] },
  { username: "frbl.approver", name: "芙蓉北路街道审核员", orgCode: FURONG, roles: [["approver", FURONG]] },
  {
    username: "frbl.mz",
    name: "街道社会事务办审核员",
    orgCode: `${FURONG}-MZ`,
    roles: [["approver", `${FURONG}-MZ`]],
  },
  {
    username: "frbl.wj",
    name: "街道卫生计生办审核员",
    orgCode: `${FURONG}-WJ`,
    roles: [["approver", `${FURONG}-WJ`]],
  },
  {
    username: "frbl.supervisor",
    name: "芙蓉北路街道监察员",
    orgCode: FURONG,
    roles: [["supervisor", FURONG]],
  },
  { username: "frbl.admin", name: "芙蓉北路街道管理员", orgCode: FURONG, roles: [["admin", FURONG]] },
  { username: "qu.mz", name: "区民政局审批员", orgCode: `${D}-MZ`, roles: [["approver", `${D}-MZ`]] },
  { username: "qu.wj", name: "区卫健局审批员", orgCode: `${D}-WJ`, roles: [["approver", `${D}-WJ`]] },
  { username: "qu.zj", name: "区住建局审批员", orgCode: `${D}-ZJ`, roles: [["approver", `${D}-ZJ`]] },
  { username: "qu.fc", name: "区房产中心核查员", orgCode: `${D}-FC`, roles: [["approver", `${D}-FC`]] },
  { username: "qu.zr", name: "自然资源分局核查员", orgCode: `${D}-ZR`, roles: [["approver", `${D}-ZR`]] },
  { username: "qu.cl", name: "区残联审核员", orgCode: `${D}-CL`, roles: [["approver", `${D}-CL`]] },
  { username: "qu.rs", name: "区人社局审批员", orgCode: `${D}-RS`, roles: [["approver", `${D}-RS`]] },
];

/** Small deterministic PRNG (mulberry32) so every demo install has the same residents. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程";
/** 甲乙丙丁 placeholder given names: plainly fictitious to anyone who reads them. */
const PLACEHOLDERS = "甲乙丙丁戊己庚辛壬癸";
const NUMERALS = "一二三四五六七八九十";

/** 余冰 and a few hundred synthetic residents with valid ID checksums, most in the pilot communities. */
export function demoResidents(count = 320): NewResident[] {
  const random = prng(20261125);
  const communities = referenceOrgs().orgs.filter((o) => o.kind === "community");
  const pilots = communities.filter((c) => PILOT_COMMUNITIES.includes(c.shortName));
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const residents: NewResident[] = [YU_BING_RESIDENT];
  const seen = new Set<string>([YU_BING_RESIDENT.idNumber]);
  while (residents.length < count) {
    const i = residents.length - 1; // synthetic residents are numbered after 余冰
    const year = 1930 + Math.floor(random() * 90);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const sequence = Math.floor(random() * 999) + 1;
    const birthDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const idNumber = buildResidentId("430105", birthDate, sequence);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    const community = random() < 0.6 ? pick(pilots) : pick(communities);
    residents.push({
      idNumber,
      name: `${SURNAMES[i % SURNAMES.length]}${PLACEHOLDERS[Math.floor(i / SURNAMES.length) % 10]}${NUMERALS[i % 10]}`,
      phone: random() < 0.85 ? `1390000${String(1000 + i).padStart(4, "0")}` : null,
      communityCode: community.code,
      address: `${community.address}${1 + Math.floor(random() * 30)}栋${101 + Math.floor(random() * 20)}室`,
      demo: true,
    });
  }
  return residents;
}

/** 余冰, the seed document's applicant: on file at 欣城 with her address, so forms prefill it. */
export const YU_BING_RESIDENT: NewResident = {
  idNumber: buildResidentId("430105", "1991-03-15", 24),
  name: "余冰",
  phone: "13900001234",
  communityCode: XINCHENG,
  address: "开福区芙蓉北路欣城小区3栋201室",
  demo: true,
};

/** Fictitious numbers in the 1380000xxxx block, one per demo account. */
export function demoStaffPhone(index: number): string {
  return `1380000${String(index).padStart(4, "0")}`;
}

/** Loads demo staff and residents; running it again adds nothing twice. */
export async function loadDemoData(ctx: Ctx) {
  let staffCreated = 0;
  for (const account of DEMO_STAFF) {
    const exists = await ctx.db
      .selectFrom("staff")
      .select("id")
      .where("username", "=", account.username)
      .executeTakeFirst();
    if (exists) continue;
    await createStaff(ctx, undefined, {
      username: account.username,
      name: account.name,
      password: DEMO_PASSWORD,
      orgCode: account.orgCode,
      roles: account.roles.map(([role, orgCode]) => ({ role, orgCode })),
      phone: demoStaffPhone(DEMO_STAFF.indexOf(account)),
    });
    staffCreated++;
  }
  const residentsCreated = await insertResidents(ctx, demoResidents());
  const casesCreated = await loadDemoCases(ctx);
  const ticketsIssued = await loadDemoQueue(ctx);
  return { staffCreated, residentsCreated, casesCreated, ticketsIssued };
}
