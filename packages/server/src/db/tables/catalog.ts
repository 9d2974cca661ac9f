import type { ColumnType, Generated } from "kysely";
import type { FormSchema, ProcessDefinition } from "@onewindow/shared";
import type { Json, Timestamp } from "./columns.js";

/** The service catalog (事项, materials, steps) and the process definitions built from it. */

export type CatalogStep = {
  name: string;
  orgKind: "community" | "street" | "department";
  /** Department key (e.g. MZ) when the step is handled by a department. */
  deptKey?: string;
  /** Runs in parallel with the neighbouring parallel steps (并联审批). */
  parallel: boolean;
  /** Working days this step may take. */
  days: number;
};

export interface CatalogCategoriesTable {
  code: string;
  name: string;
  sort_order: number;
}

export interface ServiceItemsTable {
  code: string;
  district_code: string;
  basic_code: string;
  name: string;
  category_code: string;
  kind:
    | "permit"
    | "confirmation"
    | "payment"
    | "adjudication"
    | "reward"
    | "filing"
    | "other_power"
    | "public_service";
  handling: "instant" | "promised";
  statutory_days: number;
  promised_days: number;
  extension_days: Generated<number>;
  department_code: string;
  agency_uscc: string;
  level_text: string;
  steps: Json<CatalogStep[]>;
  fee_fen: number;
  fee_text: string;
  online: boolean;
  max_visits: number;
  legal_basis: string;
  community_issuable: boolean;
  not_issuable_reason: string | null;
  consult_phone: string | null;
  supervise_phone: string | null;
  form_schema: ColumnType<FormSchema | null, string | null | undefined, string | null>;
  sort_order: Generated<number>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ServiceMaterialsTable {
  item_code: string;
  id: string;
  name: string;
  required: boolean;
  form: "original" | "copy" | "original_and_copy" | "electronic";
  copies: number;
  source: string;
  note: string | null;
  sort_order: number;
}

export interface ProcessDefinitionsTable {
  key: string;
  version: number;
  name: string;
  definition: Json<ProcessDefinition>;
  source: "catalog" | "bpmn";
  created_at: Timestamp;
}
