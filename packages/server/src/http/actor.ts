import type { Role } from "@onewindow/shared";

/** A role granted over an org subtree; `orgPath` makes subtree checks a prefix test. */
export type RoleGrant = { role: Role; orgCode: string; orgPath: string };

export type StaffActor = {
  type: "staff";
  id: string;
  username: string;
  name: string;
  orgCode: string;
  roles: RoleGrant[];
  via: "bearer" | "cookie";
  tokenHash: string;
};

export type DeviceActor = {
  type: "device";
  id: string;
  name: string;
  siteCode: string;
  kind: "kiosk" | "display";
};

export type Actor = StaffActor | DeviceActor;
