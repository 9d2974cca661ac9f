import { createHash, randomInt } from "node:crypto";
import type { Registration } from "@onewindow/shared";
import { behave, type SandboxBehaviour } from "../integrations/index.js";

export type { Registration };

/** Systems behind 我的政府 at the kiosk: 社保, 医保, hospitals' booking, traffic police. Each throws DepartmentUnavailable when down. */

export type SocialSecurity = {
  schemes: { scheme: string; status: string; since: string; monthsPaid: number; lastPaidMonth: string }[];
  recent: { month: string; scheme: string; baseFen: number; personalFen: number; employerFen: number }[];
};
export type MedicalAccount = {
  balanceFen: number;
  transfers: { month: string; amountFen: number; note: string }[];
};
export type Violation = {
  at: string;
  place: string;
  act: string;
  points: number;
  fineFen: number;
  handled: boolean;
};
export type Hospital = { id: string; name: string; level: string; address: string };
export type Department = { id: string; name: string };
export type Doctor = { id: string; name: string; title: string; feeFen: number };
export type Slot = { id: string; doctorId: string; date: string; period: "上午" | "下午"; left: number };

export type CitizenSystems = {
  socialSecurity(idNumber: string): Promise<SocialSecurity>;
  medicalAccount(idNumber: string): Promise<MedicalAccount>;
  violations(plate: string, engineTail: string): Promise<Violation[] | null>;
  hospitals(): Promise<Hospital[]>;
  departments(hospitalId: string): Promise<Department[]>;
  doctors(hospitalId: string, departmentId: string): Promise<Doctor[]>;
  slots(doctorId: string, fromDate: string, days: number): Promise<Slot[]>;
  book(input: {
    slotId: string;
    idNumber: string;
    requestId: string;
  }): Promise<Registration | "FULL" | "NO_SLOT">;
  cancel(bookingNo: string, idNumber: string): Promise<Registration | null>;
};

function seeded(text: string) {
  let n = createHash("sha256").update(text).digest().readUInt32BE(0);
  return () => {
    n = (n * 1103515245 + 12345) % 2 ** 31;
    return n / 2 ** 31;
  };
}

function monthsBack(from: string, count: number): string[] {
  const [y, m] = from.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

const HOSPITALS: (Hospital & { departments: Department[] })[] = [
  {
    id: "H01",
    name: "长沙市第一医院",
    level: "三级甲等",
    address: "开福区营盘路 311 号",
    departments: [
      { id: "NK", name: "心血管内科" },
      { id: "HX", name: "呼吸内科" },
      { id: "GK", name: "骨科" },
      { id: "EK", name: "儿科" },
    ],
  },
  {
    id: "H02",
    name: "开福区第一人民医院",
    level: "二级甲等",
    address: "开福区湘春路 135 号",
    departments: [
      { id: "QK", name: "全科医学科" },
      { id: "ZY", name: "中医科" },
      { id: "KQ", name: "口腔科" },
    ],
  },
  {
    id: "H03",
    name: "芙蓉北路街道社区卫生服务中心",
    level: "一级",
    address: "开福区芙蓉北路 1 号",
    departments: [
      { id: "QK", name: "全科门诊" },
      { id: "YF", name: "预防接种" },
    ],
  },
];
const DOCTOR_NAMES = ["刘建华", "陈思敏", "王立新", "赵雅琴", "彭志强", "谭晓燕", "周国平", "罗丽"];
const TITLES: [string, number][] = [
  ["主任医师", 5000],
  ["副主任医师", 3000],
  ["主治医师", 1500],
];
/** Vehicles the demo names (plate → the engine number's last six digits). */
export const DEMO_VEHICLES: Record<string, string> = { 湘AD12345: "246810", 湘A8K6M2: "135790" };

const PLACES = ["湘江北路与北辰路口", "芙蓉中路一段", "三一大道东风路口", "营盘东路", "开福寺路"];
const ACTS: [string, number, number][] = [
  ["机动车违反禁止标线指示", 3, 20000],
  ["机动车违反规定停放", 0, 15000],
  ["驾驶机动车不按导向车道行驶", 2, 10000],
  ["机动车行驶超过规定时速未达 20%", 3, 20000],
];

/**
 * Sandboxes with realistic data (deterministic per person, plate or doctor), latency and
 * failures. Bookings are kept like a hospital system keeps them: a slot's places go down,
 * a request id books once, a cancel gives the place back.
 */
export function sandboxCitizenSystems(b: SandboxBehaviour, today: () => string): CitizenSystems {
  const taken = new Map<string, number>();
  // What the hospital tells the caller: not the internal slot key or the patient's ID.
  const view = ({ slotId: _s, idNumber: _i, ...r }: Registration & { slotId: string; idNumber: string }) => ({
    ...r,
  });
  const bookings = new Map<string, Registration & { slotId: string; idNumber: string }>();
  const byRequest = new Map<string, string>();
  const doctorsOf = (hospitalId: string, departmentId: string): Doctor[] => {
    const r = seeded(`${hospitalId}:${departmentId}`);
    return Array.from({ length: 2 + Math.floor(r() * 2) }, (_, i) => {
      const [title, feeFen] = TITLES[Math.floor(r() * TITLES.length)]!;
      return {
        id: `${hospitalId}-${departmentId}-${i + 1}`,
        name: DOCTOR_NAMES[Math.floor(r() * DOCTOR_NAMES.length)]!,
        title,
        feeFen,
      };
    });
  };
  const slotCapacity = (slotId: string) => 5 + Math.floor(seeded(slotId)() * 15);
  const describeSlot = (slotId: string) => {
    const [hospitalId, departmentId, n, date, half] = slotId.split("|") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const hospital = HOSPITALS.find((h) => h.id === hospitalId);
    const department = hospital?.departments.find((d) => d.id === departmentId);
    const doctor = doctorsOf(hospitalId, departmentId).find(
      (d) => d.id === `${hospitalId}-${departmentId}-${n}`,
    );
    if (!hospital || !department || !doctor || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) return undefined;
    return { hospital, department, doctor, date, period: half === "AM" ? "上午" : "下午" };
  };

  return {
    async socialSecurity(idNumber) {
      await behave(b, Math.random);
      const r = seeded(`ss:${idNumber}`);
      const months = monthsBack(today().slice(0, 7), 12).slice(1);
      const baseFen = (4000 + Math.floor(r() * 8000)) * 100;
      const since = `20${String(5 + Math.floor(r() * 15)).padStart(2, "0")}-0${1 + Math.floor(r() * 9)}`;
      const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
      const monthsPaid = monthIndex(months[0]!) - monthIndex(since) + 1;
      return {
        schemes: [
          {
            scheme: "企业职工基本养老保险",
            status: "正常参保",
            since,
            monthsPaid,
            lastPaidMonth: months[0]!,
          },
          { scheme: "职工基本医疗保险", status: "正常参保", since, monthsPaid, lastPaidMonth: months[0]! },
          { scheme: "失业保险", status: "正常参保", since, monthsPaid, lastPaidMonth: months[0]! },
        ],
        recent: months.slice(0, 6).map((month) => ({
          month,
          scheme: "企业职工基本养老保险",
          baseFen,
          personalFen: Math.round(baseFen * 0.08),
          employerFen: Math.round(baseFen * 0.16),
        })),
      };
    },

    async medicalAccount(idNumber) {
      await behave(b, Math.random);
      const r = seeded(`yb:${idNumber}`);
      const monthly = 8000 + Math.floor(r() * 12000);
      const transfers = monthsBack(today().slice(0, 7), 7)
        .slice(1)
        .map((month) => ({ month, amountFen: monthly, note: "个人账户按月划入" }));
      return { balanceFen: Math.floor(r() * 300000) + monthly, transfers };
    },

    async violations(plate, engineTail) {
      await behave(b, Math.random);
      const r = seeded(`wz:${plate}`);
      // The engine number's last six digits must match what the vehicle was registered with.
      const registeredTail = DEMO_VEHICLES[plate] ?? String(Math.floor(r() * 1_000_000)).padStart(6, "0");
      if (engineTail !== registeredTail) return null;
      const count = Math.floor(r() * 3);
      return Array.from({ length: count }, (_, i) => {
        const [act, points, fineFen] = ACTS[Math.floor(r() * ACTS.length)]!;
        const day = 1 + Math.floor(r() * 27);
        const month = 1 + ((Number(today().slice(5, 7)) - 1 - i + 12) % 12);
        return {
          at: `${today().slice(0, 4)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(8 + Math.floor(r() * 10)).padStart(2, "0")}:${String(Math.floor(r() * 60)).padStart(2, "0")}:00+08:00`,
          place: `长沙市开福区${PLACES[Math.floor(r() * PLACES.length)]}`,
          act,
          points,
          fineFen,
          handled: r() < 0.3,
        };
      });
    },

    async hospitals() {
      await behave(b, Math.random);
      return HOSPITALS.map(({ departments: _, ...h }) => h);
    },
    async departments(hospitalId) {
      await behave(b, Math.random);
      return HOSPITALS.find((h) => h.id === hospitalId)?.departments ?? [];
    },
    async doctors(hospitalId, departmentId) {
      await behave(b, Math.random);
      if (!HOSPITALS.find((h) => h.id === hospitalId)?.departments.some((d) => d.id === departmentId))
        return [];
      return doctorsOf(hospitalId, departmentId);
    },
    async slots(doctorId, fromDate, days) {
      await behave(b, Math.random);
      const [hospitalId, departmentId, n] = doctorId.split("-");
      const out: Slot[] = [];
      const start = Date.parse(`${fromDate}T00:00:00Z`);
      for (let d = 0; d < days; d++) {
        const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
        for (const half of ["AM", "PM"] as const) {
          const id = `${hospitalId}|${departmentId}|${n}|${date}|${half}`;
          if (!describeSlot(id)) continue;
          out.push({
            id,
            doctorId,
            date,
            period: half === "AM" ? "上午" : "下午",
            left: Math.max(0, slotCapacity(id) - (taken.get(id) ?? 0)),
          });
        }
      }
      return out;
    },
    async book({ slotId, idNumber, requestId }) {
      await behave(b, Math.random);
      const again = byRequest.get(requestId);
      if (again) return view(bookings.get(again)!);
      const slot = describeSlot(slotId);
      if (!slot) return "NO_SLOT";
      const used = taken.get(slotId) ?? 0;
      if (used >= slotCapacity(slotId)) return "FULL";
      taken.set(slotId, used + 1);
      const bookingNo = `GH${slot.date.replaceAll("-", "")}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
      const registration = {
        bookingNo,
        hospital: slot.hospital.name,
        department: slot.department.name,
        doctor: `${slot.doctor.name}（${slot.doctor.title}）`,
        date: slot.date,
        period: slot.period,
        queueNo: used + 1,
        feeFen: slot.doctor.feeFen,
        status: "booked" as const,
        slotId,
        idNumber,
      };
      bookings.set(bookingNo, registration);
      byRequest.set(requestId, bookingNo);
      return view(registration);
    },
    async cancel(bookingNo, idNumber) {
      await behave(b, Math.random);
      const booking = bookings.get(bookingNo);
      if (!booking || booking.idNumber !== idNumber) return null;
      if (booking.status === "booked") {
        booking.status = "cancelled";
        taken.set(booking.slotId, (taken.get(booking.slotId) ?? 1) - 1);
      }
      return view(booking);
    },
  };
}
