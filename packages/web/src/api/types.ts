import type { FormSchema } from "@onewindow/shared";
import type { Role } from "@onewindow/shared";

export type User = {
  id: string;
  username: string;
  name: string;
  orgCode: string;
  orgName: string;
  roles: { role: Role; orgCode: string; orgName: string }[];
  passwordExpired?: boolean;
};

export type OrgKind = "district" | "street" | "community" | "department";

export type OrgItem = {
  code: string;
  name: string;
  shortName: string;
  kind: OrgKind;
  parentCode: string | null;
  deptKey: string | null;
  childCount: number;
};

export type OrgDetail = {
  code: string;
  name: string;
  shortName: string;
  kind: OrgKind;
  parentCode: string | null;
  deptKey: string | null;
  phone: string | null;
  address: string | null;
  ancestors: { code: string; name: string; kind: OrgKind }[];
  site: { code: string; name: string; address: string; openingHours: string; phone: string | null } | null;
  counters: { id: string; number: number; name: string; kind: string; status: string }[];
};

export type ItemSummary = {
  code: string;
  name: string;
  category: string;
  categoryName: string;
  kind: string;
  kindName: string;
  handling: "instant" | "promised";
  statutoryDays: number;
  promisedDays: number;
  timeLimitText: string;
  departmentName: string;
  online: boolean;
  communityIssuable: boolean;
  materials: { id: string; name: string; required: boolean }[];
};

export type ItemDetail = Omit<ItemSummary, "materials"> & {
  basicCode: string;
  agencyUscc: string;
  levelText: string;
  extensionDays: number;
  steps: {
    name: string;
    orgKind: "community" | "street" | "department";
    deptKey?: string;
    parallel: boolean;
    days: number;
  }[];
  feeFen: number;
  feeText: string;
  maxVisits: number;
  legalBasis: string;
  notIssuableReason: string | null;
  consultPhone: string | null;
  supervisePhone: string | null;
  form: FormSchema | null;
  version: number;
  updatedAt: string;
  materials: {
    id: string;
    name: string;
    required: boolean;
    form: string;
    formName: string;
    copies: number;
    source: string;
    note: string | null;
  }[];
};

export type StaffRow = {
  id: string;
  username: string;
  name: string;
  orgCode: string;
  orgName: string;
  active: boolean;
  /** Masked, e.g. 138****0004; null when none is on file. */
  phone: string | null;
  createdAt: string;
  roles: { role: Role; orgCode: string }[];
};

export type DeviceRow = {
  id: string;
  name: string;
  siteCode: string;
  siteName: string;
  kind: "kiosk" | "display";
  createdAt: string;
  revoked: boolean;
  lastSeenAt: string | null;
};
