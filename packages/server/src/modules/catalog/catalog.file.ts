import {
  HANDLINGS,
  ITEM_CODE_PATTERN,
  ITEM_KINDS,
  MATERIAL_FORMS,
  STEP_ORG_KINDS,
  formSchemaProblems,
  isValidUscc,
  type FormSchema,
  type Handling,
  type ItemKind,
  type MaterialForm,
} from "@onewindow/shared";
import type { CatalogStep } from "../../db/schema.js";

/**
 * The catalog as a portable document: what `catalog export` writes and `catalog
 * import` reads (as JSON in the repository, or as an Excel workbook).
 */
export type CatalogFile = {
  format: "onewindow-catalog/1";
  districtCode: string;
  kindCodes: Record<string, string>;
  categories: { code: string; name: string }[];
  items: CatalogFileItem[];
};

export type CatalogFileMaterial = {
  id: string;
  name: string;
  required: boolean;
  form: MaterialForm;
  copies: number;
  source: string;
  note: string | null;
};

export type CatalogFileItem = {
  code: string;
  basicCode: string;
  name: string;
  category: string;
  kind: ItemKind;
  handling: Handling;
  statutoryDays: number;
  promisedDays: number;
  /** Working days the deadlines may be extended by, in total, with approval (0: none). */
  extensionDays?: number;
  departmentKey: string;
  agencyUscc: string;
  levelText: string;
  steps: CatalogStep[];
  feeFen: number;
  feeText: string;
  online: boolean;
  maxVisits: number;
  legalBasis: string;
  communityIssuable: boolean;
  notIssuableReason: string | null;
  consultPhone: string | null;
  supervisePhone: string | null;
  materials: CatalogFileMaterial[];
  /** The application form (申请表), when the item has one. */
  form?: FormSchema;
};

/** One problem in an imported catalog, located so an editor can find it in the sheet. */
export type CatalogProblem = { where: string; problem: string };

const isInt = (v: unknown, min = 0) => typeof v === "number" && Number.isInteger(v) && v >= min;
const isText = (v: unknown) => typeof v === "string" && v.trim().length > 0;

/**
 * Checks a catalog document against the rules of an 实施清单. Pure: the caller
 * supplies which department keys exist. Returns every problem, not just the first.
 */
export function checkCatalog(file: CatalogFile, departmentKeys: ReadonlySet<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const categories = new Set(file.categories.map((c) => c.code));
  const codes = new Set<string>();
  file.items.forEach((item, index) => {
    const where = `item ${index + 1} (${item.name || item.code || "?"})`;
    const bad = (problem: string) => problems.push({ where, problem });
    if (!ITEM_CODE_PATTERN.test(item.code ?? ""))
      bad(`code "${item.code}" is not <basic>-<area>-000-<USCC>-1-00`);
    else if (!item.code.startsWith(`${item.basicCode}-`)) bad("code does not start with basicCode");
    if (codes.has(item.code)) bad(`code ${item.code} appears twice`);
    codes.add(item.code);
    if (!isText(item.name)) bad("name is empty");
    if (!categories.has(item.category)) bad(`category "${item.category}" is not defined`);
    if (!ITEM_KINDS.includes(item.kind)) bad(`kind "${item.kind}" is not one of ${ITEM_KINDS.join("/")}`);
    if (!HANDLINGS.includes(item.handling)) bad(`handling "${item.handling}" is not instant/promised`);
    if (!isInt(item.statutoryDays) || !isInt(item.promisedDays))
      bad("time limits must be whole working days");
    if (item.handling === "instant" && item.promisedDays !== 0) bad("an instant item has no promised days");
    if (item.handling === "promised" && item.promisedDays < 1) bad("a promised item needs promised days");
    if (item.statutoryDays > 0 && item.promisedDays > item.statutoryDays)
      bad("promised days exceed statutory days");
    if (item.extensionDays !== undefined && !isInt(item.extensionDays))
      bad("extensionDays must be whole working days");
    if ((item.extensionDays ?? 0) > 0 && item.handling === "instant")
      bad("an instant item has no deadline to extend");
    if (!departmentKeys.has(item.departmentKey)) bad(`department "${item.departmentKey}" does not exist`);
    if (!isValidUscc(item.agencyUscc ?? "")) bad(`agencyUscc "${item.agencyUscc}" fails the GB 32100 check`);
    else if (!item.code.includes(`-${item.agencyUscc}-`)) bad("code does not contain agencyUscc");
    if (!isInt(item.feeFen) || !isInt(item.maxVisits)) bad("feeFen and maxVisits must be whole numbers ≥ 0");
    if (!isText(item.legalBasis)) bad("legalBasis is empty");
    if (!item.communityIssuable && !isText(item.notIssuableReason))
      bad("a not-issuable item needs its reason");
    if (!Array.isArray(item.steps) || item.steps.length === 0) bad("at least one step is needed");
    (item.steps ?? []).forEach((s, i) => {
      if (!isText(s.name)) bad(`step ${i + 1} has no name`);
      if (!STEP_ORG_KINDS.includes(s.orgKind)) bad(`step ${i + 1} orgKind "${s.orgKind}" is unknown`);
      if (s.orgKind === "department" && !s.deptKey) bad(`step ${i + 1} needs a deptKey`);
      if (s.deptKey && !departmentKeys.has(s.deptKey))
        bad(`step ${i + 1} deptKey "${s.deptKey}" does not exist`);
      if (!isInt(s.days)) bad(`step ${i + 1} days must be a whole number`);
    });
    if (item.form !== undefined) for (const p of formSchemaProblems(item.form)) bad(p);
    const ids = new Set<string>();
    (item.materials ?? []).forEach((m, i) => {
      if (!/^[a-z0-9]{1,16}$/.test(m.id ?? ""))
        bad(`material ${i + 1} id "${m.id}" must be short lower-case letters/digits`);
      if (ids.has(m.id)) bad(`material id ${m.id} appears twice`);
      ids.add(m.id);
      if (!isText(m.name)) bad(`material ${i + 1} has no name`);
      if (!MATERIAL_FORMS.includes(m.form)) bad(`material ${i + 1} form "${m.form}" is unknown`);
      if (!isInt(m.copies)) bad(`material ${i + 1} copies must be a whole number`);
    });
  });
  return problems;
}
