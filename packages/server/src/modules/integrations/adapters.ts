import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

/** A record another department holds about a person's property or land. */
export type PropertyRecord = {
  certificateNo: string;
  address: string;
  areaM2: number;
  use: string;
  registeredOn: string;
};
export type LandRecord = {
  parcelNo: string;
  location: string;
  areaM2: number;
  kind: string;
  rightHolderShare: string;
};

export type DepartmentData =
  { source: "property"; records: PropertyRecord[] } | { source: "land"; records: LandRecord[] };

/** A department system we query by ID number (房产 / 国土). Throws when it is unavailable. */
export type DepartmentAdapter = {
  source: DepartmentData["source"];
  lookup(idNumber: string, purpose: string): Promise<DepartmentData>;
};

export class DepartmentUnavailable extends Error {}

export type SandboxBehaviour = {
  mode: "ok" | "fail" | "flaky";
  latencyMs: [number, number];
  failureRate: number;
};

const ROADS = ["湘江北路", "芙蓉中路一段", "三一大道", "营盘东路", "北辰三角洲大道", "秀峰路", "洪山路"];
const ESTATES = ["欣城小区", "江湾家园", "北辰三角洲", "福城小区", "荷花池小区", "月湖兰亭"];

/** Deterministic per person, so the same applicant always has the same records. */
function seeded(idNumber: string, salt: string) {
  let n = createHash("sha256").update(`${salt}:${idNumber}`).digest().readUInt32BE(0);
  return () => {
    n = (n * 1103515245 + 12345) % 2 ** 31;
    return n / 2 ** 31;
  };
}

export async function behave(b: SandboxBehaviour, random: () => number) {
  const [min, max] = b.latencyMs;
  await sleep(min + Math.random() * (max - min));
  if (b.mode === "fail" || (b.mode === "flaky" && random() < b.failureRate)) {
    throw new DepartmentUnavailable("对方系统暂时无法访问，请稍后重试");
  }
}

/** 房产登记 sandbox: 0–2 homes in the district for most people, realistic certificate numbers. */
export function sandboxPropertyAdapter(b: SandboxBehaviour): DepartmentAdapter {
  return {
    source: "property",
    async lookup(idNumber) {
      await behave(b, Math.random);
      const r = seeded(idNumber, "property");
      const count = Math.floor(r() * 3);
      const records: PropertyRecord[] = Array.from({ length: count }, (_, i) => ({
        certificateNo: `湘(2${String(Math.floor(r() * 10))}${String(18 + i)})长沙市不动产权第${String(Math.floor(r() * 9_000_000) + 1_000_000).padStart(7, "0")}号`,
        address: `长沙市开福区${ROADS[Math.floor(r() * ROADS.length)]}${ESTATES[Math.floor(r() * ESTATES.length)]}${1 + Math.floor(r() * 30)}栋${101 + Math.floor(r() * 2800)}室`,
        areaM2: Math.round((45 + r() * 100) * 100) / 100,
        use: "成套住宅",
        registeredOn: `20${String(8 + Math.floor(r() * 17)).padStart(2, "0")}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
      }));
      return { source: "property", records };
    },
  };
}

/** 国土 sandbox: rural homestead or contracted land for a minority of people. */
export function sandboxLandAdapter(b: SandboxBehaviour): DepartmentAdapter {
  return {
    source: "land",
    async lookup(idNumber) {
      await behave(b, Math.random);
      const r = seeded(idNumber, "land");
      const records: LandRecord[] =
        r() < 0.3
          ? [
              {
                parcelNo: `430105${String(Math.floor(r() * 999_999)).padStart(6, "0")}JC${String(Math.floor(r() * 99_999)).padStart(5, "0")}`,
                location: `开福区${["沙坪街道", "捞刀河街道", "青竹湖街道"][Math.floor(r() * 3)]}${["白鹤村", "大明村", "湖湘村"][Math.floor(r() * 3)]}`,
                areaM2: Math.round(80 + r() * 160),
                kind: r() < 0.6 ? "宅基地使用权" : "土地承包经营权",
                rightHolderShare: "家庭共有",
              },
            ]
          : [];
      return { source: "land", records };
    },
  };
}

export function sandboxBehaviourFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxBehaviour {
  const mode = env.ONEWINDOW_DEPT_SANDBOX_MODE;
  return {
    mode: mode === "ok" || mode === "fail" ? mode : "flaky",
    latencyMs: [120, 600],
    failureRate: Number(env.ONEWINDOW_DEPT_SANDBOX_FAILURE_RATE ?? 0.1),
  };
}
