import { isValidMobile, maskPhone, passwordProblems, type Role } from "@onewindow/shared";
import { isUniqueViolation } from "../../db/errors.js";
import { AppError, invalidField } from "../../errors.js";
import type { Ctx } from "../../http/context.js";
import type { StaffActor } from "../../http/actor.js";
import { audit } from "../audit/index.js";
import { hashPassword } from "./password.js";
import { grantPaths, isInJurisdiction } from "../../http/jurisdiction.js";
import * as orgRepo from "./org.repo.js";
import * as repo from "./staff.repo.js";

export type NewStaff = {
  username: string;
  name: string;
  password: string;
  orgCode: string;
  roles: { role: Role; orgCode: string }[];
  /** Mobile for 电子监察 SMS (deadline cards, 督办); encrypted at rest. */
  phone?: string | undefined;
};

/** Rejects a weak password with a message naming the field. */
export function assertStrongPassword(password: string, username: string, field = "password") {
  if (passwordProblems(password, username).length > 0) {
    throw invalidField(field, "VALIDATION_FAILED.password");
  }
}

/** An org the admin may assign; unknown and out-of-jurisdiction orgs look the same (400). */
async function assertAssignableOrg(ctx: Ctx, admin: StaffActor | undefined, code: string, field: string) {
  const org = await orgRepo.findOrg(ctx.db, code);
  if (!org || (admin && !isInJurisdiction(admin, org.path, ["admin"]))) {
    throw invalidField(field, "VALIDATION_FAILED.orgCode");
  }
  return org;
}

/**
 * Creates a staff account with its role grants, all or nothing. `admin` is the
 * acting administrator (undefined for the CLI and bootstrap, which act as the system).
 */
export async function createStaff(ctx: Ctx, admin: StaffActor | undefined, input: NewStaff) {
  const username = input.username.toLowerCase();
  assertStrongPassword(input.password, username);
  if (input.phone !== undefined && !isValidMobile(input.phone))
    throw invalidField("phone", "VALIDATION_FAILED.phone");
  await assertAssignableOrg(ctx, admin, input.orgCode, "orgCode");
  for (const [i, grant] of input.roles.entries()) {
    await assertAssignableOrg(ctx, admin, grant.orgCode, `roles[${i}].orgCode`);
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  return ctx
    .tx(async (db) => {
      if (await repo.usernameExists(db, username))
        throw new AppError("USERNAME_TAKEN", { field: "username" });
      const { id } = await repo.insertStaff(db, {
        district_code: ctx.districtCode,
        username,
        name: input.name.trim(),
        org_code: input.orgCode,
        password_hash: passwordHash,
        password_changed_at: now,
        created_at: now,
        created_by: admin?.id ?? null,
        ...(input.phone && {
          phone_cipher: ctx.box.encrypt(input.phone),
          phone_index: ctx.box.blindIndex("phone", input.phone),
          phone_masked: maskPhone(input.phone),
        }),
      });
      const unique = new Map(input.roles.map((r) => [`${r.role}@${r.orgCode}`, r]));
      await repo.insertRoles(
        db,
        [...unique.values()].map((r) => ({ staff_id: id, role: r.role, org_code: r.orgCode })),
      );
      await audit(
        db,
        { actor: admin, ip: ctx.ip, districtCode: ctx.districtCode, now },
        {
          action: "staff.create",
          targetType: "staff",
          targetId: id,
          detail: { username, orgCode: input.orgCode, roles: [...unique.keys()] },
        },
      );
      return { id };
    })
    .catch((err: unknown) => {
      // Two admins racing for one name: the database's unique key decides.
      if (isUniqueViolation(err)) throw new AppError("USERNAME_TAKEN", { field: "username" });
      throw err;
    });
}

/** Staff accounts inside the administrator's jurisdiction. */
export function listStaff(ctx: Ctx, admin: StaffActor) {
  return repo.listStaffUnder(ctx.db, grantPaths(admin, ["admin"]));
}
