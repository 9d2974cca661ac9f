import { afterAll, beforeAll } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, createTestApp, type TestApp } from "../../test/test-app.js";

/** 余冰, the seed document's applicant (a demo resident with her phone on file). */
export const YU_BING = {
  idNumber: buildResidentId("430105", "1991-03-15", 24),
  name: "余冰",
  phone: "13900001234",
};

const USERS = [
  "xc.clerk",
  "xc.approver",
  "frbl.wj",
  "frbl.approver",
  "qu.wj",
  "qu.fc",
  "qu.zr",
  "qu.zj",
  "qu.cl",
];

/**
 * A demo-district app for a case test file, with signed-in staff and shorthands
 * for the calls a case goes through.
 */
export function useCaseApp() {
  const f = {
    t: undefined as unknown as TestApp,
    tokens: {} as Record<string, string>,

    async itemCode(name: string): Promise<string> {
      const res = await f.t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent(name)}` });
      return res.json<{ items: { name: string; code: string }[] }>().items.find((i) => i.name === name)!.code;
    },

    async allMaterials(code: string): Promise<{ id: string; provided: boolean }[]> {
      const item = (await f.t.app.inject({ url: `/api/v1/catalog/items/${code}` })).json<{
        materials: { id: string }[];
      }>();
      return item.materials.map((m) => ({ id: m.id, provided: true }));
    },

    async accept(
      itemName: string,
      applicant = YU_BING,
      extra: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) {
      const code = await f.itemCode(itemName);
      return f.t.app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: { ...bearer(f.tokens["xc.clerk"]!), ...headers },
        payload: { itemCode: code, applicant, materials: await f.allMaterials(code), ...extra },
      });
    },

    getCase: (caseNo: string, user = "xc.clerk") =>
      f.t.app.inject({ url: `/api/v1/cases/${caseNo}`, headers: bearer(f.tokens[user]!) }),

    async openTaskOf(caseNo: string, user: string, name?: string) {
      const res = await f.t.app.inject({
        url: "/api/v1/tasks?status=open",
        headers: bearer(f.tokens[user]!),
      });
      return res
        .json<{ items: { id: string; caseNo: string; name: string }[] }>()
        .items.find((x) => x.caseNo === caseNo && (!name || x.name === name));
    },

    complete: (user: string, taskId: string, decision: string, comment?: string, key?: string) =>
      f.t.app.inject({
        method: "POST",
        url: `/api/v1/tasks/${taskId}/complete`,
        headers: { ...bearer(f.tokens[user]!), ...(key ? { "idempotency-key": key } : {}) },
        payload: { decision, ...(comment ? { comment } : {}) },
      }),
  };
  beforeAll(async () => {
    f.t = await createTestApp();
    for (const u of USERS) f.tokens[u] = await f.t.login(u);
  });
  afterAll(() => f.t?.close());
  return f;
}
