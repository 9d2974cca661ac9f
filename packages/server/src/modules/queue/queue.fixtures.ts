import { afterAll, beforeAll, expect } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test/test-app.js";
import { daysAfterTestNow } from "../../test/test-now.js";

// The queue test files share one hall (欣城) with two signed-in counters. The bindings below are
// live: each file imports them, and `useQueueApp()` and `nextDay()` set them for that file.

export const XINCHENG = "430105001001";
export const JIANGWAN_CLERK = "jw.clerk";
export let t: TestApp;
export let kiosk: string;
export let clerk: string;
export let clerk2: string;
export let counters: { id: string; name: string; number: number; kind: string }[];

export const post = (url: string, token: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });
export const get = (url: string, token?: string) =>
  t.app.inject({ url: `/api/v1${url}`, headers: token ? bearer(token) : {} });

export type Ticket = { id: string; number: string; ahead: number; priority: string; positionUrl: string };
export const take = async (body: object = {}, token = kiosk) => {
  const res = await post("/queue/tickets", token, { siteCode: XINCHENG, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Ticket>();
};
export const call = (counterId: string, token = clerk, body?: object) =>
  post(`/queue/counters/${counterId}/call`, token, body);
export const calledNumber = async (counterId: string, token = clerk) => {
  const res = await call(counterId, token);
  return res.statusCode === 204 ? null : res.json<{ ticket: { number: string } }>().ticket.number;
};

/**
 * Each test starts on a new day, so numbering and the line start afresh (staff sign in again).
 * The days begin a month after the demo's, whose waiting residents are dated TEST_NOW's day.
 */
const FIRST_DAY = 30;
let day = 0;
export async function nextDay() {
  day += 1;
  t.clock.set(daysAfterTestNow(FIRST_DAY + day));
  clerk = await t.login("xc.clerk");
  clerk2 = await t.login("xc.clerk2");
}

/** A demo-district app for a queue test file: 欣城's kiosk registered, two clerks at two counters. */
export function useQueueApp() {
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(daysAfterTestNow(FIRST_DAY));
    const admin = await t.login("xc.admin");
    const dev = await post("/admin/devices", admin, {
      name: "欣城取号机",
      siteCode: XINCHENG,
      kind: "kiosk",
    });
    kiosk = dev.json<{ token: string }>().token;
    clerk = await t.login("xc.clerk");
    clerk2 = await t.login("xc.clerk2");
    counters = (await get(`/queue/sites/${XINCHENG}/counters`, clerk)).json<{ items: typeof counters }>()
      .items;
    expect((await post(`/queue/counters/${counters[0]!.id}/sign-in`, clerk)).statusCode).toBe(200);
    expect((await post(`/queue/counters/${counters[1]!.id}/sign-in`, clerk2)).statusCode).toBe(200);
  }, 60_000);
  afterAll(() => t?.close());
}
