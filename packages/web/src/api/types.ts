import type { Answer, ItemOf } from "./contract.js";

// Shapes several screens share, named from the server's declared answers (see contract.ts).

export type User = Answer<"/api/v1/auth/me">;

export type OrgItem = ItemOf<Answer<"/api/v1/orgs">["items"]>;

export type OrgKind = OrgItem["kind"];

export type OrgDetail = Answer<"/api/v1/orgs/{code}">;

export type ItemSummary = ItemOf<Answer<"/api/v1/catalog/items">["items"]>;

export type ItemDetail = Answer<"/api/v1/catalog/items/{code}">;

export type StaffRow = ItemOf<Answer<"/api/v1/admin/staff">["items"]>;

export type DeviceRow = ItemOf<Answer<"/api/v1/admin/devices">["items"]>;
