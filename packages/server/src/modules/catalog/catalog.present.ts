import { Type } from "typebox";
import {
  ITEM_KIND_NAMES,
  MATERIAL_FORM_NAMES,
  timeLimitText,
  type Locale,
  isoChina,
} from "@onewindow/shared";
import type { Selectable } from "kysely";
import type { ServiceMaterialsTable } from "../../db/schema.js";
import type { findItem, searchItems } from "./catalog.repo.js";

type MaterialRow = Selectable<ServiceMaterialsTable>;
type SummaryRow = Awaited<ReturnType<typeof searchItems>>[number];
type DetailRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

const Material = Type.Object({ id: Type.String(), name: Type.String(), required: Type.Boolean() });
const MaterialDetail = Type.Object({
  id: Type.String(),
  name: Type.String(),
  required: Type.Boolean(),
  form: Type.String(),
  formName: Type.String(),
  copies: Type.Integer(),
  source: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
});

const summaryFields = {
  code: Type.String(),
  name: Type.String(),
  category: Type.String(),
  categoryName: Type.String(),
  kind: Type.String(),
  kindName: Type.String(),
  handling: Type.Union([Type.Literal("instant"), Type.Literal("promised")]),
  statutoryDays: Type.Integer(),
  promisedDays: Type.Integer(),
  timeLimitText: Type.String(),
  departmentCode: Type.String(),
  departmentName: Type.String(),
  online: Type.Boolean(),
  communityIssuable: Type.Boolean(),
};

export const ItemSummary = Type.Object({ ...summaryFields, materials: Type.Array(Material) });

export const ItemDetail = Type.Object({
  ...summaryFields,
  materials: Type.Array(MaterialDetail),
  basicCode: Type.String(),
  agencyUscc: Type.String(),
  levelText: Type.String(),
  extensionDays: Type.Integer({ description: "经批准可延长的办理期限（工作日，累计）；0 为不可延长" }),
  steps: Type.Array(
    Type.Object({
      name: Type.String(),
      orgKind: Type.String(),
      deptKey: Type.Optional(Type.String()),
      parallel: Type.Boolean(),
      days: Type.Integer(),
    }),
  ),
  feeFen: Type.Integer(),
  feeText: Type.String(),
  maxVisits: Type.Integer(),
  legalBasis: Type.String(),
  notIssuableReason: Type.Union([Type.String(), Type.Null()]),
  consultPhone: Type.Union([Type.String(), Type.Null()]),
  supervisePhone: Type.Union([Type.String(), Type.Null()]),
  form: Type.Union([Type.Unknown({ description: "申请表（JSON Schema 子集）" }), Type.Null()]),
  version: Type.Integer(),
  updatedAt: Type.String(),
});

function summary(i: SummaryRow | DetailRow, locale: Locale) {
  return {
    code: i.code,
    name: i.name,
    category: i.category_code,
    categoryName: i.category_name,
    kind: i.kind,
    kindName: ITEM_KIND_NAMES[i.kind][locale],
    handling: i.handling,
    statutoryDays: i.statutory_days,
    promisedDays: i.promised_days,
    timeLimitText: timeLimitText(i.handling, i.promised_days, locale),
    departmentCode: i.department_code,
    departmentName: i.department_name,
    online: i.online,
    communityIssuable: i.community_issuable,
  };
}

export function presentItemSummary(i: SummaryRow, materials: MaterialRow[], locale: Locale) {
  return {
    ...summary(i, locale),
    materials: materials
      .filter((m) => m.item_code === i.code)
      .map((m) => ({ id: m.id, name: m.name, required: m.required })),
  };
}

export function presentItemDetail(i: DetailRow, materials: MaterialRow[], locale: Locale) {
  return {
    ...summary(i, locale),
    materials: materials.map((m) => ({
      id: m.id,
      name: m.name,
      required: m.required,
      form: m.form,
      formName: MATERIAL_FORM_NAMES[m.form][locale],
      copies: m.copies,
      source: m.source,
      note: m.note,
    })),
    basicCode: i.basic_code,
    agencyUscc: i.agency_uscc,
    levelText: i.level_text,
    extensionDays: i.extension_days,
    steps: i.steps,
    feeFen: i.fee_fen,
    feeText: i.fee_text,
    maxVisits: i.max_visits,
    legalBasis: i.legal_basis,
    notIssuableReason: i.not_issuable_reason,
    consultPhone: i.consult_phone,
    supervisePhone: i.supervise_phone,
    form: i.form_schema,
    version: i.version,
    updatedAt: isoChina(i.updated_at),
  };
}
