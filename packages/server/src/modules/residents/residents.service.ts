import { parseResidentId } from "@onewindow/shared";
import type { Ctx } from "../../http/context.js";

export type NewResident = {
  idNumber: string;
  name: string;
  phone: string | null;
  communityCode: string | null;
  address: string | null;
  demo?: boolean;
};

/**
 * Adds residents we do not hold yet (matched by the ID number's blind index);
 * ID numbers and phones are stored encrypted. Returns how many were new.
 */
export async function insertResidents(ctx: Ctx, residents: NewResident[]): Promise<number> {
  const now = ctx.clock.now();
  const rows = residents.map((r) => {
    const parsed = parseResidentId(r.idNumber, now);
    if (!parsed.ok) throw new Error(`invalid resident ID (${parsed.problem})`);
    return {
      district_code: ctx.districtCode,
      id_number_cipher: ctx.box.encrypt(parsed.idNumber),
      id_number_index: ctx.box.blindIndex("idNumber", parsed.idNumber),
      name: r.name,
      sex: parsed.sex,
      birth_date: parsed.birthDate,
      phone_cipher: r.phone ? ctx.box.encrypt(r.phone) : null,
      phone_index: r.phone ? ctx.box.blindIndex("phone", r.phone) : null,
      community_code: r.communityCode,
      address: r.address,
      demo: r.demo ?? false,
      created_at: now,
      updated_at: now,
    };
  });
  let inserted = 0;
  await ctx.tx(async (db) => {
    for (let i = 0; i < rows.length; i += 200) {
      const result = await db
        .insertInto("residents")
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.column("id_number_index").doNothing())
        .returning("id")
        .execute();
      inserted += result.length;
    }
  });
  return inserted;
}

/**
 * The resident with this ID number, created on first contact (一次采集). A new
 * phone number replaces the one on file. Returns the resident's id and community.
 */
export async function upsertApplicant(
  ctx: Pick<Ctx, "box" | "districtCode">,
  db: Ctx["db"],
  now: Date,
  applicant: { idNumber: string; name: string; phone: string; communityCode: string | null },
): Promise<{ id: string; communityCode: string | null }> {
  const parsed = parseResidentId(applicant.idNumber, now);
  if (!parsed.ok) throw new Error("the ID number was validated before");
  const index = ctx.box.blindIndex("idNumber", parsed.idNumber);
  const existing = await db
    .selectFrom("residents")
    .select(["id", "community_code", "phone_index"])
    .where("id_number_index", "=", index)
    .executeTakeFirst();
  const phoneIndex = ctx.box.blindIndex("phone", applicant.phone);
  if (existing) {
    if (existing.phone_index !== phoneIndex) {
      await db
        .updateTable("residents")
        .set({ phone_cipher: ctx.box.encrypt(applicant.phone), phone_index: phoneIndex, updated_at: now })
        .where("id", "=", existing.id)
        .execute();
    }
    return { id: existing.id, communityCode: existing.community_code };
  }
  const row = await db
    .insertInto("residents")
    .values({
      district_code: ctx.districtCode,
      id_number_cipher: ctx.box.encrypt(parsed.idNumber),
      id_number_index: index,
      name: applicant.name,
      sex: parsed.sex,
      birth_date: parsed.birthDate,
      phone_cipher: ctx.box.encrypt(applicant.phone),
      phone_index: phoneIndex,
      community_code: applicant.communityCode,
      address: null,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, communityCode: applicant.communityCode };
}

/** The resident's id for an ID number, if we hold them (lookup by blind index only). */
export async function findResidentIdByIdNumber(ctx: Pick<Ctx, "db" | "box">, idNumber: string) {
  const row = await ctx.db
    .selectFrom("residents")
    .select("id")
    .where("id_number_index", "=", ctx.box.blindIndex("idNumber", idNumber))
    .executeTakeFirst();
  return row?.id;
}
