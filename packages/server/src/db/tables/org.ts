import type { Generated } from "kysely";
import type { Timestamp } from "./columns.js";

/** Organisations, service halls and counters, staff and their sessions, registered devices. */

export interface OrgsTable {
  code: string;
  district_code: string;
  name: string;
  short_name: string;
  kind: "district" | "street" | "community" | "department";
  parent_code: string | null;
  path: string;
  dept_key: string | null;
  phone: string | null;
  address: string | null;
  sort_order: number;
}

export interface SitesTable {
  code: string;
  district_code: string;
  name: string;
  address: string;
  opening_hours: string;
  phone: string | null;
}

export interface CountersTable {
  id: Generated<string>;
  district_code: string;
  site_code: string;
  number: number;
  name: string;
  kind: "comprehensive" | "dedicated" | "collection";
  status: Generated<"open" | "paused" | "closed">;
  /** Null: every service group (a comprehensive window). */
  service_codes: string[] | null;
  staff_id: string | null;
  pause_reason: string | null;
  status_since: Timestamp | null;
}

export interface StaffTable {
  id: Generated<string>;
  district_code: string;
  username: string;
  name: string;
  org_code: string;
  password_hash: string;
  active: Generated<boolean>;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  created_by: string | null;
  phone_cipher: Generated<string | null>;
  phone_index: Generated<string | null>;
  phone_masked: Generated<string | null>;
}

export interface StaffRolesTable {
  staff_id: string;
  role: "admin" | "clerk" | "approver" | "supervisor";
  org_code: string;
}

export interface SessionsTable {
  token_hash: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  username: string;
  failures: number;
  first_failed_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface DevicesTable {
  id: Generated<string>;
  district_code: string;
  name: string;
  site_code: string;
  kind: "kiosk" | "display";
  token_hash: string;
  created_at: Timestamp;
  created_by: string | null;
  revoked_at: Timestamp | null;
  last_seen_at: Timestamp | null;
}
