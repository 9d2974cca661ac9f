import { sql, type Insertable, type Kysely } from "kysely";
import { timelineText, type TimelineEntry } from "@onewindow/shared";
import type { CaseEventsTable, CasesTable, Database } from "../../db/schema.js";

type Db = Kysely<Database>;

/** Next sequence number for a case-number prefix; atomic under concurrency. */
export async function nextSequence(db: Db, prefix: string): Promise<number> {
  const row = await db
    .insertInto("case_number_counters")
    .values({ prefix, last: 1 })
    .onConflict((oc) => oc.column("prefix").doUpdateSet({ last: sql`case_number_counters.last + 1` }))
    .returning("last")
    .executeTakeFirstOrThrow();
  return row.last;
}

export function insertCase(db: Db, row: Insertable<CasesTable>) {
  return db.insertInto("cases").values(row).returning(["id"]).executeTakeFirstOrThrow();
}

/** Where and when a timeline entry happened, and who did it. */
export type EventPlace = { case_id: string; at: Date; org_code?: string | null; actor_id?: string | null };

/** A timeline entry as a row: its kind and particulars, and the Chinese sentence shown that day. */
export function eventRow(place: EventPlace, entry: TimelineEntry): Insertable<CaseEventsTable> {
  return {
    ...place,
    kind: entry.kind,
    params: JSON.stringify(entry.params),
    text: timelineText(entry, "zh-CN"),
  };
}

export function addEvent(db: Db, place: EventPlace, entry: TimelineEntry) {
  return db.insertInto("case_events").values(eventRow(place, entry)).execute();
}

export function findCaseByNo(db: Db, caseNo: string) {
  return db.selectFrom("cases").selectAll().where("case_no", "=", caseNo).executeTakeFirst();
}

export function findCaseByToken(db: Db, token: string) {
  return db.selectFrom("cases").selectAll().where("public_token", "=", token).executeTakeFirst();
}

/** Locks the case row for the rest of the transaction (one step at a time per case). */
export function lockCase(db: Db, id: string) {
  return db.selectFrom("cases").selectAll().where("id", "=", id).forUpdate().executeTakeFirstOrThrow();
}

/** Moves the due date of every open step of a case (a pause ended, or an extension granted). */
export async function shiftOpenTaskDues(db: Db, caseId: string, shift: (due: string) => string) {
  const open = await db
    .selectFrom("tasks")
    .select(["id", "due_date"])
    .where("case_id", "=", caseId)
    .where("status", "=", "open")
    .execute();
  for (const t of open)
    if (t.due_date)
      await db
        .updateTable("tasks")
        .set({ due_date: shift(t.due_date) })
        .where("id", "=", t.id)
        .execute();
}

export function findTask(db: Db, id: string) {
  return db
    .selectFrom("tasks")
    .innerJoin("orgs", "orgs.code", "tasks.org_code")
    .selectAll("tasks")
    .select(["orgs.path as org_path", "orgs.name as org_name"])
    .where("tasks.id", "=", id)
    .executeTakeFirst();
}

export function tasksOfCase(db: Db, caseId: string) {
  return db
    .selectFrom("tasks")
    .innerJoin("orgs", "orgs.code", "tasks.org_code")
    .selectAll("tasks")
    .select(["orgs.name as org_name", "orgs.path as org_path"])
    .where("case_id", "=", caseId)
    .orderBy("opened_at")
    .orderBy("engine_task_id")
    .execute();
}

export function timelineOf(db: Db, caseId: string) {
  return db
    .selectFrom("case_events")
    .leftJoin("orgs", "orgs.code", "case_events.org_code")
    .select([
      "case_events.at",
      "case_events.kind",
      "case_events.params",
      "case_events.text",
      "orgs.name as org_name",
    ])
    .where("case_id", "=", caseId)
    .orderBy("case_events.id")
    .execute();
}

export function materialsOfCase(db: Db, caseId: string) {
  return db
    .selectFrom("case_materials")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("material_id")
    .execute();
}

export function casesOfResident(db: Db, residentId: string) {
  return db
    .selectFrom("cases")
    .innerJoin("service_items", "service_items.code", "cases.item_code")
    .select(["cases.case_no", "cases.status", "cases.accepted_at", "service_items.name as item_name"])
    .where("resident_id", "=", residentId)
    .orderBy("accepted_at", "desc")
    .execute();
}
