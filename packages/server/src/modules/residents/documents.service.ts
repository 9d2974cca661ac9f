import { reusable, TRUST_TEXT, type TrustLevel, isoChina } from "@onewindow/shared";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** A resident's documents on file, strongest first. */
export async function documentsOf(db: Kysely<Database>, residentId: string, today: string) {
  const rows = await db
    .selectFrom("resident_documents")
    .select(["name", "trust_level", "source", "recorded_at", "valid_until"])
    .where("resident_id", "=", residentId)
    .orderBy("trust_level")
    .orderBy("name")
    .execute();
  return rows.map((d) => ({
    name: d.name,
    trustLevel: d.trust_level,
    trustText: TRUST_TEXT[d.trust_level],
    reusable: reusable(d.trust_level) && (!d.valid_until || d.valid_until >= today),
    source: d.source,
    recordedAt: isoChina(d.recorded_at),
    validUntil: d.valid_until,
  }));
}

/** The reusable level (A/B) on file for each of `names`, if any. */
export async function reusableLevels(
  db: Kysely<Database>,
  residentId: string,
  names: string[],
  today: string,
) {
  if (names.length === 0) return new Map<string, "A" | "B">();
  const rows = await db
    .selectFrom("resident_documents")
    .select(["name", "trust_level"])
    .where("resident_id", "=", residentId)
    .where("name", "in", names)
    .where("trust_level", "in", ["A", "B"])
    .where((eb) => eb.or([eb("valid_until", "is", null), eb("valid_until", ">=", today)]))
    .execute();
  return new Map(rows.map((r) => [r.name, r.trust_level as "A" | "B"]));
}

/**
 * Records documents on file at `level`, keeping a stronger level already there (A over B over C…),
 * so a window's check never downgrades what an agency issued.
 */
export async function recordDocuments(
  db: Kysely<Database>,
  d: {
    districtCode: string;
    residentId: string;
    names: string[];
    level: TrustLevel;
    source: string;
    staffId: string | null;
    caseId: string;
    now: Date;
  },
) {
  if (d.names.length === 0) return;
  await db
    .insertInto("resident_documents")
    .values(
      [...new Set(d.names)].map((name) => ({
        district_code: d.districtCode,
        resident_id: d.residentId,
        name,
        trust_level: d.level,
        source: d.source,
        verified_by: d.staffId,
        case_id: d.caseId,
        recorded_at: d.now,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(["resident_id", "name"])
        .doUpdateSet({
          trust_level: d.level,
          source: d.source,
          verified_by: d.staffId,
          case_id: d.caseId,
          recorded_at: d.now,
        })
        .where(sql.ref("resident_documents.trust_level"), ">=", d.level),
    )
    .execute();
}
