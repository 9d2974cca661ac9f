import type { Generated } from "kysely";
import type { Timestamp } from "./columns.js";

/** The kiosk's services for residents: bill payments and their ledger, the district's pages (魅力开福). */

export interface PaymentOrdersTable {
  id: Generated<string>;
  district_code: string;
  order_no: string;
  biller: "mobile" | "water" | "electricity" | "gas" | "broadband";
  account_cipher: string;
  account_index: string;
  account_masked: string;
  holder_masked: string | null;
  amount_fen: number;
  status: "pending" | "succeeded" | "failed";
  failure_reason: string | null;
  biller_ref: string | null;
  card_masked: string | null;
  card_auth_code: string | null;
  device_id: string | null;
  site_code: string;
  created_at: Timestamp;
  settled_at: Timestamp | null;
  settled_by: "answer" | "reconciliation" | null;
  reconcile_attempts: Generated<number>;
  attention: "biller_unreachable" | "credited_after_reversal" | null;
  attention_at: Timestamp | null;
  attention_ref: string | null;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  district_code: string;
  entry_group: string;
  order_id: string;
  event: "captured" | "succeeded" | "failed";
  account: string;
  debit_fen: number;
  credit_fen: number;
  created_at: Timestamp;
}

export type DistrictSection = "intro" | "scenery" | "history" | "economy" | "civility" | "party";

export interface DistrictPagesTable {
  id: Generated<string>;
  district_code: string;
  section: DistrictSection;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  published: Generated<boolean>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface DistrictPageImagesTable {
  id: Generated<string>;
  page_id: string;
  caption: Generated<string>;
  mime: "image/jpeg" | "image/png" | "image/webp" | "image/svg+xml";
  data: Buffer | Uint8Array;
  bytes: number;
  sort_order: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}
