import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.js";
import type { referenceOrgs } from "../org/index.js";
import { DEFAULT_QUEUE_SERVICES, defaultCounterServices } from "./queue.reference.js";

/**
 * Gives every service hall its counters, service groups and calling rules (reference data,
 * loaded at every start); what a hall has changed since is kept.
 */
export async function loadReferenceQueue(
  tx: Transaction<Database>,
  districtCode: string,
  ref: {
    sites: { code: string }[];
    counters: ReturnType<typeof referenceOrgs>["counters"];
    now: Date;
  },
) {
  const { sites, counters } = ref;
  await tx
    .insertInto("counters")
    .values(
      counters.map((c) => ({
        district_code: districtCode,
        site_code: c.siteCode,
        number: c.number,
        name: c.name,
        kind: c.kind,
        service_codes: defaultCounterServices(c.kind),
      })),
    )
    .onConflict((oc) => oc.columns(["site_code", "number"]).doNothing())
    .execute();
  await tx
    .insertInto("queue_services")
    .values(
      sites.flatMap((s) =>
        DEFAULT_QUEUE_SERVICES.map((q) => ({
          site_code: s.code,
          code: q.code,
          district_code: districtCode,
          name: q.name,
          categories: [...q.categories],
          sort_order: q.sortOrder,
        })),
      ),
    )
    .onConflict((oc) => oc.columns(["site_code", "code"]).doNothing())
    .execute();
  await tx
    .insertInto("queue_rules")
    .values(sites.map((s) => ({ site_code: s.code, updated_at: ref.now })))
    .onConflict((oc) => oc.column("site_code").doNothing())
    .execute();
}
