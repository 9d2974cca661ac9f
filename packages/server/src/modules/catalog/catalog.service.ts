import type { Kysely } from "kysely";
import { canonicalJson } from "@onewindow/shared";
import { AppError } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { CatalogStep, Database } from "../../db/schema.js";
import { checkCatalog, type CatalogFile, type CatalogFileItem, type CatalogProblem } from "./catalog.file.js";
import * as repo from "./catalog.repo.js";

export class CatalogInvalidError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `the catalog has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.where}: ${p.problem}`).join("\n")}`,
    );
    this.name = "CatalogInvalidError";
  }
}

const deptCode = (districtCode: string, key: string) => `${districtCode}-${key}`;
const deptKeyOf = (code: string) => code.slice(code.lastIndexOf("-") + 1);

/** Reads the whole catalog back as a portable document (the inverse of importCatalog). */
export async function exportCatalog(
  db: Kysely<Database>,
  districtCode: string,
  kindCodes: Record<string, string>,
): Promise<CatalogFile> {
  const [categories, items, materials] = await Promise.all([
    repo.listCategories(db),
    repo.allItems(db),
    repo.allMaterials(db),
  ]);
  return {
    format: "onewindow-catalog/1",
    districtCode,
    kindCodes,
    categories: categories.map((c) => ({ code: c.code, name: c.name })),
    items: items.map((i) => ({
      code: i.code,
      basicCode: i.basic_code,
      name: i.name,
      category: i.category_code,
      kind: i.kind,
      handling: i.handling,
      statutoryDays: i.statutory_days,
      promisedDays: i.promised_days,
      extensionDays: i.extension_days,
      departmentKey: deptKeyOf(i.department_code),
      agencyUscc: i.agency_uscc,
      levelText: i.level_text,
      steps: i.steps,
      feeFen: i.fee_fen,
      feeText: i.fee_text,
      online: i.online,
      maxVisits: i.max_visits,
      legalBasis: i.legal_basis,
      communityIssuable: i.community_issuable,
      notIssuableReason: i.not_issuable_reason,
      consultPhone: i.consult_phone,
      supervisePhone: i.supervise_phone,
      ...(i.form_schema && { form: i.form_schema }),
      materials: materials
        .filter((m) => m.item_code === i.code)
        .map((m) => ({
          id: m.id,
          name: m.name,
          required: m.required,
          form: m.form,
          copies: m.copies,
          source: m.source,
          note: m.note,
        })),
    })),
  };
}

function normaliseSteps(steps: CatalogStep[]): CatalogStep[] {
  return steps.map((s) => ({
    name: s.name,
    orgKind: s.orgKind,
    ...(s.deptKey ? { deptKey: s.deptKey } : {}),
    parallel: Boolean(s.parallel),
    days: s.days,
  }));
}

/**
 * Loads a catalog document, all or nothing: it is checked first, then written in
 * one transaction. Items whose content changed get a new version; items not in
 * the document are kept (running cases may refer to them).
 */
export async function importCatalog(ctx: Pick<Ctx, "db" | "clock" | "districtCode">, file: CatalogFile) {
  const problems = checkCatalog(file, await repo.departmentKeys(ctx.db));
  if (file.districtCode !== ctx.districtCode) {
    problems.unshift({
      where: "document",
      problem: `districtCode ${file.districtCode} is not this district (${ctx.districtCode})`,
    });
  }
  if (problems.length > 0) throw new CatalogInvalidError(problems);
  const current = await exportCatalog(ctx.db, ctx.districtCode, file.kindCodes);
  const before = new Map(current.items.map((i) => [i.code, canonicalJson(i)]));
  const now = ctx.clock.now();
  const counts = { created: 0, updated: 0, unchanged: 0 };
  await ctx.db.transaction().execute(async (db) => {
    for (const [index, c] of file.categories.entries()) {
      await repo.upsertCategory(db, { code: c.code, name: c.name, sort_order: index + 1 });
    }
    for (const [index, raw] of file.items.entries()) {
      const item: CatalogFileItem = {
        ...raw,
        extensionDays: raw.extensionDays ?? 0,
        notIssuableReason: raw.notIssuableReason ?? null,
        consultPhone: raw.consultPhone ?? null,
        supervisePhone: raw.supervisePhone ?? null,
        steps: normaliseSteps(raw.steps),
        materials: raw.materials.map((m) => ({ ...m, note: m.note ?? null })),
      };
      const previous = before.get(item.code);
      if (previous === canonicalJson(item)) {
        // Order is not content: keep the version, follow the document's order.
        await db
          .updateTable("service_items")
          .set({ sort_order: index + 1 })
          .where("code", "=", item.code)
          .where("sort_order", "<>", index + 1)
          .execute();
        counts.unchanged++;
        continue;
      }
      const row = {
        district_code: ctx.districtCode,
        basic_code: item.basicCode,
        name: item.name.trim(),
        category_code: item.category,
        kind: item.kind,
        handling: item.handling,
        statutory_days: item.statutoryDays,
        promised_days: item.promisedDays,
        extension_days: item.extensionDays ?? 0,
        department_code: deptCode(ctx.districtCode, item.departmentKey),
        agency_uscc: item.agencyUscc,
        level_text: item.levelText,
        steps: JSON.stringify(item.steps),
        fee_fen: item.feeFen,
        fee_text: item.feeText,
        online: item.online,
        max_visits: item.maxVisits,
        legal_basis: item.legalBasis,
        community_issuable: item.communityIssuable,
        not_issuable_reason: item.notIssuableReason,
        consult_phone: item.consultPhone,
        supervise_phone: item.supervisePhone,
        form_schema: item.form ? JSON.stringify(item.form) : null,
        sort_order: index + 1,
        updated_at: now,
      };
      await db
        .insertInto("service_items")
        .values({ code: item.code, ...row })
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({ ...row, version: eb("service_items.version", "+", 1) })),
        )
        .execute();
      await db.deleteFrom("service_materials").where("item_code", "=", item.code).execute();
      if (item.materials.length > 0) {
        await db
          .insertInto("service_materials")
          .values(item.materials.map((m, i) => ({ item_code: item.code, ...m, sort_order: i + 1 })))
          .execute();
      }
      counts[previous === undefined ? "created" : "updated"]++;
    }
  });
  return counts;
}

export function searchItems(
  ctx: Pick<Ctx, "db">,
  opts: { q?: string | undefined; category?: string | undefined },
) {
  return Promise.all([repo.searchItems(ctx.db, { ...opts, limit: 200 }), repo.listCategories(ctx.db)]).then(
    async ([items, categories]) => ({
      items,
      categories,
      materials: await repo.materialsOf(
        ctx.db,
        items.map((i) => i.code),
      ),
    }),
  );
}

export async function getItem(ctx: Pick<Ctx, "db">, code: string) {
  const item = await repo.findItem(ctx.db, code);
  if (!item) throw new AppError("ITEM_NOT_FOUND");
  return { item, materials: await repo.materialsOf(ctx.db, [code]) };
}

export const listCategories = (ctx: Pick<Ctx, "db">) => repo.listCategories(ctx.db);
