import type { Ctx } from "../http/context.js";
import { createStaff, DISTRICT } from "../modules/org/index.js";

/**
 * API.md bootstrap: with no staff at all and ONEWINDOW_ADMIN_PASSWORD set,
 * create `admin` (role admin over the whole district) with that password.
 */
export async function bootstrapAdmin(ctx: Ctx, password: string | undefined): Promise<boolean> {
  if (!password) return false;
  const any = await ctx.db.selectFrom("staff").select("id").limit(1).executeTakeFirst();
  if (any) return false;
  await createStaff(ctx, undefined, {
    username: "admin",
    name: "系统管理员",
    password,
    orgCode: DISTRICT.code,
    roles: [{ role: "admin", orgCode: DISTRICT.code }],
  });
  return true;
}
