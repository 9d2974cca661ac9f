import { chinaDate, maskPhone, parseResidentId } from "@onewindow/shared";
import { documentsOf } from "./documents.service.js";
import { audit } from "../audit/index.js";
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
  applicant: { idNumber: string; name: string; phone?: string | undefined; communityCode: string | null },
): Promise<{ id: string; communityCode: string | null }> {
  const parsed = parseResidentId(applicant.idNumber, now);
  if (!parsed.ok) throw new Error("the ID number was validated before");
  const index = ctx.box.blindIndex("idNumber", parsed.idNumber);
  const existing = await db
    .selectFrom("residents")
    .select(["id", "community_code", "phone_index"])
    .where("id_number_index", "=", index)
    .executeTakeFirst();
  const phone = applicant.phone;
  const phoneIndex = phone ? ctx.box.blindIndex("phone", phone) : null;
  if (existing) {
    if (phone && existing.phone_index !== phoneIndex) {
      await db
        .updateTable("residents")
        .set({ phone_cipher: ctx.box.encrypt(phone), phone_index: phoneIndex, updated_at: now })
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
      phone_cipher: phone ? ctx.box.encrypt(phone) : null,
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

/** Whether we hold a phone number for the resident with this ID number. */
export async function residentHasPhone(ctx: Pick<Ctx, "db" | "box">, idNumber: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom("residents")
    .select("phone_index")
    .where("id_number_index", "=", ctx.box.blindIndex("idNumber", idNumber.trim().toUpperCase()))
    .executeTakeFirst();
  return Boolean(row?.phone_index);
}

/**
 * What the window may prefill for a resident (一次采集、多方共享): name, community,
 * and the phone masked. Every lookup is audited.
 */
export async function lookupForIntake(ctx: Ctx, idNumber: string) {
  const row = await ctx.db
    .selectFrom("residents")
    .leftJoin("orgs", "orgs.code", "residents.community_code")
    .select([
      "residents.id",
      "residents.name",
      "residents.sex",
      "residents.birth_date",
      "residents.phone_cipher",
      "residents.community_code",
      "orgs.name as community_name",
      "residents.address",
    ])
    .where("residents.id_number_index", "=", ctx.box.blindIndex("idNumber", idNumber))
    .executeTakeFirst();
  await audit(
    ctx.db,
    { actor: ctx.actor, ip: ctx.ip, districtCode: ctx.districtCode, now: ctx.clock.now() },
    {
      action: "resident.lookup",
      targetType: "resident",
      targetId: row?.id ?? "unknown",
      detail: { purpose: "intake prefill" },
    },
  );
  if (!row) return undefined;
  const phone = row.phone_cipher ? ctx.box.decrypt(row.phone_cipher) : null;
  return {
    name: row.name,
    sex: row.sex,
    birthDate: row.birth_date,
    phoneMasked: phone ? maskPhone(phone) : null,
    communityCode: row.community_code,
    communityName: row.community_name,
    address: row.address,
    documents: await documentsOf(ctx.db, row.id, chinaDate(ctx.clock.now())),
  };
}
