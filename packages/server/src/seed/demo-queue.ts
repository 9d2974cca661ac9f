import { buildResidentId, chinaDate } from "@onewindow/shared";
import type { DeviceActor } from "../http/actor.js";
import type { Ctx } from "../http/context.js";
import { ensureDeviceWithToken } from "../modules/auth/index.js";
import { issueTicket } from "../modules/queue/index.js";

const XINCHENG = "430105001001";

/**
 * Demo devices at 欣城社区 with tokens printed in the README, so `npm start` can open
 * the kiosk and the hall display at once. Demo data only; a real device gets a random
 * token from 系统管理 › 设备.
 */
export const DEMO_DEVICES = [
  { name: "欣城社区取号机（演示）", kind: "kiosk", token: "owd_demo-xincheng-kiosk" },
  { name: "欣城社区叫号屏（演示）", kind: "display", token: "owd_demo-xincheng-display" },
] as const;

/** The demo devices, and a few people waiting at 欣城 today so the hall looks alive. */
export async function loadDemoQueue(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  let kioskId = "";
  for (const d of DEMO_DEVICES) {
    const id = await ensureDeviceWithToken(ctx, {
      name: d.name,
      siteCode: XINCHENG,
      kind: d.kind,
      token: d.token,
    });
    if (d.kind === "kiosk") kioskId = id;
  }
  const today = chinaDate(now);
  const already = await ctx.db
    .selectFrom("queue_tickets")
    .select("id")
    .where("site_code", "=", XINCHENG)
    .where("day", "=", today)
    .executeTakeFirst();
  if (already) return 0;
  const kiosk: DeviceActor = {
    type: "device",
    id: kioskId,
    name: DEMO_DEVICES[0].name,
    siteCode: XINCHENG,
    kind: "kiosk",
  };
  const asKiosk = { ...ctx, actor: kiosk };
  const people = [
    {},
    { idNumber: buildResidentId("430105", "1948-06-02", 31) }, // 78: elderly priority from the ID
    { serviceCode: "B" },
    {},
    { priority: "pregnant" as const },
    { serviceCode: "C" },
  ];
  for (const p of people) await issueTicket(asKiosk, { siteCode: XINCHENG, ...p });
  return people.length;
}
