import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";

// A 1×1 PNG.
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

let t: TestApp;
let admin: string;
type Page = {
  section: string;
  title: string;
  paragraphs: string[];
  version: number;
  published: boolean;
  images: { id: string; url: string }[];
};

const pages = async (path = "/public/district-pages", token?: string) =>
  (await t.app.inject({ url: `/api/v1${path}`, headers: token ? bearer(token) : {} })).json<{
    items: Page[];
  }>().items;
const save = (section: string, body: object, token = admin) =>
  t.app.inject({
    method: "PUT",
    url: `/api/v1/admin/district-pages/${section}`,
    headers: bearer(token),
    payload: body,
  });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("kf.admin");
});
afterAll(() => t.close());

describe("魅力开福", () => {
  it("ships six sections with pictures for the kiosk", async () => {
    const items = await pages();
    expect(items.map((p) => p.section)).toEqual([
      "intro",
      "scenery",
      "history",
      "economy",
      "civility",
      "party",
    ]);
    expect(items[0]!.paragraphs.length).toBeGreaterThan(1);
    const img = await t.app.inject({ url: items[2]!.images[0]!.url });
    expect(img.statusCode).toBe(200);
    expect(img.headers["content-type"]).toBe("image/svg+xml");
    expect(img.body).toContain("<svg");
  });

  it("lets a district administrator edit a section, and refuses a stale edit with 409", async () => {
    const intro = (await pages("/admin/district-pages", admin)).find((p) => p.section === "intro")!;
    const body = { title: "开福区简介", summary: "导语", body: "第一段。\n\n第二段。", published: true };
    const ok = await save("intro", { ...body, version: intro.version });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await save("intro", { ...body, title: "别人的修改", version: intro.version });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe("PAGE_CHANGED");
    const shown = (await pages()).find((p) => p.section === "intro")!;
    expect(shown).toMatchObject({ title: "开福区简介", paragraphs: ["第一段。", "第二段。"] });
    // An unpublished section leaves the kiosk but stays in the editor.
    await save("party", { ...body, title: "党建", published: false, version: 1 });
    expect((await pages()).map((p) => p.section)).not.toContain("party");
    expect((await pages("/admin/district-pages", admin)).map((p) => p.section)).toContain("party");
  });

  it("takes JPEG/PNG/WebP uploads by their content, not their claim, and removes them", async () => {
    const up = (dataBase64: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/admin/district-pages/scenery/images",
        headers: bearer(admin),
        payload: { caption: "月湖", dataBase64 },
      });
    const notImage = await up(Buffer.from("<script>alert(1)</script>").toString("base64"));
    expect(notImage.statusCode).toBe(400);
    expect(errorOf(notImage).field).toBe("dataBase64");
    const res = await up(PNG);
    expect(res.statusCode, res.body).toBe(201);
    const { id, url } = res.json<{ id: string; url: string }>();
    const served = await t.app.inject({ url });
    expect(served.headers["content-type"]).toBe("image/png");
    expect((await pages()).find((p) => p.section === "scenery")!.images.map((i) => i.id)).toContain(id);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/admin/district-images/${id}`,
      headers: bearer(admin),
    });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ url })).statusCode).toBe(404);
  });

  it("is edited by district administrators only", async () => {
    const community = await t.login("xc.admin");
    const res = await save(
      "intro",
      { title: "x", summary: "", body: "", published: true, version: 2 },
      community,
    );
    expect(res.statusCode).toBe(403);
  });
});
