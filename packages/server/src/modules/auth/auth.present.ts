import { Type } from "typebox";
import { ROLES, type Role } from "@onewindow/shared";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { findOrgs } from "../org/index.js";

export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  orgCode: Type.String(),
  orgName: Type.String(),
  roles: Type.Array(
    Type.Object({
      role: Type.Unsafe<Role>(Type.String({ enum: [...ROLES] })),
      orgCode: Type.String(),
      orgName: Type.String(),
    }),
  ),
});

/** The signed-in user as API.md shows it, with org names for the console's header. */
export async function presentUser(ctx: Ctx, user: StaffActor) {
  const orgs = await findOrgs(ctx.db, [user.orgCode, ...user.roles.map((r) => r.orgCode)]);
  const nameOf = (code: string) => orgs.find((o) => o.code === code)?.name ?? code;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    orgCode: user.orgCode,
    orgName: nameOf(user.orgCode),
    roles: user.roles.map((r) => ({ role: r.role, orgCode: r.orgCode, orgName: nameOf(r.orgCode) })),
  };
}
