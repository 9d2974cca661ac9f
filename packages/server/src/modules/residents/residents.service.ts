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
