import { isoChina } from "@onewindow/shared";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { Database, DistrictSection } from "../../db/schema.js";
import { AppError, invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { dataFilesDir } from "../../paths.js";
import { audit } from "../audit/index.js";

export const SECTIONS: { section: DistrictSection; name: string }[] = [
  { section: "intro", name: "开福简介" },
  { section: "scenery", name: "自然风光" },
  { section: "history", name: "人文历史" },
  { section: "economy", name: "经济发展" },
  { section: "civility", name: "精神文明" },
  { section: "party", name: "党建宣传" },
];

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
type UploadMime = "image/jpeg" | "image/png" | "image/webp";

/** The file's own signature decides what it is, not the name or the declared type. */
export function sniffImage(data: Buffer): UploadMime | undefined {
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (data.subarray(0, 4).toString("latin1") === "RIFF" && data.subarray(8, 12).toString("latin1") === "WEBP")
    return "image/webp";
  return undefined;
}

/** The bundled sample pages (data/district), loaded once into an empty district; never over edits. */
export async function seedDistrictPages(db: Kysely<Database>, districtCode: string, now: Date) {
  const existing = await db
    .selectFrom("district_pages")
    .select("id")
    .where("district_code", "=", districtCode)
    .executeTakeFirst();
  if (existing) return 0;
  const dir = join(dataFilesDir, "district");
  const file = JSON.parse(readFileSync(join(dir, "pages.json"), "utf8")) as {
    pages: {
      section: DistrictSection;
      title: string;
      summary: string;
      body: string;
      images: { file: string; caption: string }[];
    }[];
  };
  await db.transaction().execute(async (tx) => {
    for (const p of file.pages) {
      const page = await tx
        .insertInto("district_pages")
        .values({
          district_code: districtCode,
          section: p.section,
          title: p.title,
          summary: p.summary,
          body: p.body,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(["district_code", "section"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!page) continue;
      for (const [i, img] of p.images.entries()) {
        const data = readFileSync(join(dir, img.file));
        await tx
          .insertInto("district_page_images")
          .values({
            page_id: page.id,
            caption: img.caption,
            mime: "image/svg+xml",
            data,
            bytes: data.length,
            sort_order: i,
            created_at: now,
          })
          .execute();
      }
    }
  });
  return file.pages.length;
}

const imageUrl = (id: string) => `/api/v1/public/district-images/${id}`;

async function imagesOf(db: Kysely<Database>, pageIds: string[]) {
  if (pageIds.length === 0) return [];
  return db
    .selectFrom("district_page_images")
    .select(["id", "page_id", "caption", "mime", "bytes"])
    .where("page_id", "in", pageIds)
    .orderBy("sort_order")
    .orderBy("created_at")
    .execute();
}

/** Every section in order, as the kiosk (published only) or the editor (all) sees it. */
export async function listPages(ctx: Ctx, opts: { includeUnpublished: boolean }) {
  let q = ctx.db.selectFrom("district_pages").selectAll().where("district_code", "=", ctx.districtCode);
  if (!opts.includeUnpublished) q = q.where("published", "=", true);
  const pages = await q.execute();
  const images = await imagesOf(
    ctx.db,
    pages.map((p) => p.id),
  );
  return SECTIONS.flatMap(({ section, name }) => {
    const p = pages.find((x) => x.section === section);
    if (!p) return [];
    return [
      {
        section,
        sectionName: name,
        title: p.title,
        summary: p.summary,
        paragraphs: p.body
          .split(/\n\s*\n/)
          .map((s) => s.trim())
          .filter(Boolean),
        body: p.body,
        published: p.published,
        version: p.version,
        updatedAt: isoChina(p.updated_at),
        images: images
          .filter((i) => i.page_id === p.id)
          .map((i) => ({ id: i.id, caption: i.caption, url: imageUrl(i.id), bytes: i.bytes })),
      },
    ];
  });
}

export async function imageData(ctx: Ctx, id: string) {
  const row = await ctx.db
    .selectFrom("district_page_images as i")
    .innerJoin("district_pages as p", "p.id", "i.page_id")
    .select(["i.mime", "i.data"])
    .where("i.id", "=", id)
    .where("p.district_code", "=", ctx.districtCode)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND");
  return { mime: row.mime, data: Buffer.from(row.data) };
}

/** Only district administrators edit the district's own pages. */
function editor(ctx: Ctx): StaffActor {
  const actor = ctx.actor;
  if (
    actor?.type !== "staff" ||
    !actor.roles.some((g) => g.role === "admin" && g.orgCode === ctx.districtCode)
  )
    throw new AppError("FORBIDDEN");
  return actor;
}

async function pageFor(ctx: Ctx, section: DistrictSection, actor: StaffActor) {
  const now = ctx.clock.now();
  const title = SECTIONS.find((s) => s.section === section)!.name;
  await ctx.db
    .insertInto("district_pages")
    .values({ district_code: ctx.districtCode, section, title, updated_by: actor.id, updated_at: now })
    .onConflict((oc) => oc.columns(["district_code", "section"]).doNothing())
    .execute();
  return ctx.db
    .selectFrom("district_pages")
    .selectAll()
    .where("district_code", "=", ctx.districtCode)
    .where("section", "=", section)
    .executeTakeFirstOrThrow();
}

/**
 * Saves a section. `version` is the one the editor started from: if someone saved in between,
 * 409 PAGE_CHANGED, so nobody overwrites a colleague's edit unseen.
 */
export async function savePage(
  ctx: Ctx,
  section: DistrictSection,
  input: { title: string; summary: string; body: string; published: boolean; version: number },
) {
  const actor = editor(ctx);
  if (!input.title.trim()) throw invalidField("title", "VALIDATION_FAILED.required");
  const page = await pageFor(ctx, section, actor);
  const now = ctx.clock.now();
  const updated = await ctx.tx(async (db) => {
    const row = await db
      .updateTable("district_pages")
      .set({
        title: input.title.trim(),
        summary: input.summary.trim(),
        body: input.body.trim(),
        published: input.published,
        version: page.version + 1,
        updated_by: actor.id,
        updated_at: now,
      })
      .where("id", "=", page.id)
      .where("version", "=", input.version)
      .returning("version")
      .executeTakeFirst();
    if (!row) throw new AppError("PAGE_CHANGED");
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "district_page.save", targetType: "district_page", targetId: section },
    );
    return row;
  });
  return { section, version: updated.version };
}

export async function addImage(
  ctx: Ctx,
  section: DistrictSection,
  input: { caption: string; dataBase64: string },
) {
  const actor = editor(ctx);
  const data = Buffer.from(input.dataBase64, "base64");
  if (data.length === 0) throw invalidField("dataBase64", "VALIDATION_FAILED.required");
  if (data.length > MAX_IMAGE_BYTES) throw invalidField("dataBase64", "VALIDATION_FAILED.imageSize");
  const mime = sniffImage(data);
  if (!mime) throw invalidField("dataBase64", "VALIDATION_FAILED.imageType");
  const page = await pageFor(ctx, section, actor);
  const now = ctx.clock.now();
  return ctx.tx(async (db) => {
    const last = await db
      .selectFrom("district_page_images")
      .select((eb) => eb.fn.max("sort_order").as("n"))
      .where("page_id", "=", page.id)
      .executeTakeFirst();
    const row = await db
      .insertInto("district_page_images")
      .values({
        page_id: page.id,
        caption: input.caption.trim(),
        mime,
        data,
        bytes: data.length,
        sort_order: (last?.n ?? -1) + 1,
        created_by: actor.id,
        created_at: now,
      })
      .returning(["id", "caption", "bytes"])
      .executeTakeFirstOrThrow();
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      {
        action: "district_page.image_add",
        targetType: "district_page",
        targetId: section,
        detail: { bytes: data.length },
      },
    );
    return { ...row, url: imageUrl(row.id) };
  });
}

export async function removeImage(ctx: Ctx, id: string) {
  const actor = editor(ctx);
  const now = ctx.clock.now();
  await ctx.tx(async (db) => {
    const gone = await db
      .deleteFrom("district_page_images")
      .where("id", "=", id)
      .where(
        "page_id",
        "in",
        db.selectFrom("district_pages").select("id").where("district_code", "=", ctx.districtCode),
      )
      .executeTakeFirst();
    if (gone.numDeletedRows === 0n) throw new AppError("NOT_FOUND");
    await audit(
      db,
      { actor, ip: ctx.ip, districtCode: ctx.districtCode, now },
      { action: "district_page.image_remove", targetType: "district_page_image", targetId: id },
    );
  });
}
