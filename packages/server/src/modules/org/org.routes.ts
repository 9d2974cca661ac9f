import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { ROLES, type Role, isoChina } from "@onewindow/shared";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { IdempotencyHeaders, IsoTime, Nullable, OrgCode, errors, strictObject } from "../../http/schemas.js";
import { getOrgDetail, listOrgs } from "./org.service.js";
import { createStaff, listStaff } from "./staff.service.js";

const OrgKind = Type.Union([
  Type.Literal("district"),
  Type.Literal("street"),
  Type.Literal("community"),
  Type.Literal("department"),
]);

const OrgDetail = Type.Object({
  code: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  kind: OrgKind,
  parentCode: Nullable(Type.String()),
  deptKey: Nullable(Type.String()),
  phone: Nullable(Type.String({ description: "机构办公电话" })),
  address: Nullable(Type.String()),
  ancestors: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), kind: OrgKind }), {
    description: "上级路径，从区开始",
  }),
  site: Nullable(
    Type.Object(
      {
        code: Type.String(),
        name: Type.String(),
        address: Type.String(),
        openingHours: Type.String(),
        phone: Nullable(Type.String()),
      },
      { description: "该机构的服务大厅；没有大厅时为 null" },
    ),
  ),
  counters: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.Integer({ description: "窗口号" }),
      name: Type.String(),
      kind: Type.Union([
        Type.Literal("comprehensive"),
        Type.Literal("dedicated"),
        Type.Literal("collection"),
      ]),
      status: Type.Union([Type.Literal("open"), Type.Literal("paused"), Type.Literal("closed")]),
    }),
    { description: "大厅的窗口" },
  ),
});

const StaffItem = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  orgCode: Type.String(),
  orgName: Type.String(),
  active: Type.Boolean(),
  phone: Nullable(Type.String({ description: "脱敏的手机号" })),
  createdAt: IsoTime,
  roles: Type.Array(
    Type.Object({
      role: Type.Unsafe<Role>(Type.String({ enum: [...ROLES] })),
      orgCode: Type.String({ description: "授权范围（该机构及其下级）" }),
    }),
  ),
});

const OrgItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  kind: OrgKind,
  parentCode: Type.Union([Type.String(), Type.Null()]),
  deptKey: Type.Union([Type.String(), Type.Null()]),
  childCount: Type.Integer(),
});

export function orgRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    "/orgs",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["org"],
        summary: "下级机构列表（不给 parent 时为顶层）；只列出调用者辖区内及其上级路径上的机构",
        querystring: strictObject({ parent: Type.Optional(OrgCode) }),
        response: { 200: Type.Object({ items: Type.Array(OrgItem) }), ...errors(400, 401, 404) },
      },
    },
    async (req) => {
      const rows = await listOrgs(req.ctx, req.query.parent);
      return {
        items: rows.map((o) => ({
          code: o.code,
          name: o.name,
          shortName: o.short_name,
          kind: o.kind,
          parentCode: o.parent_code,
          deptKey: o.dept_key,
          childCount: Number(o.child_count ?? 0),
        })),
      };
    },
  );

  r.get(
    "/orgs/:code",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["org"],
        summary: "机构详情：上级路径、服务大厅与窗口",
        params: Type.Object({ code: OrgCode }),
        response: { 200: OrgDetail, ...errors(401, 404) },
      },
    },
    async (req) => {
      const { org, ancestors, site, counters } = await getOrgDetail(req.ctx, req.params.code);
      return {
        code: org.code,
        name: org.name,
        shortName: org.short_name,
        kind: org.kind,
        parentCode: org.parent_code,
        deptKey: org.dept_key,
        phone: org.phone,
        address: org.address,
        ancestors: ancestors.map((a) => ({ code: a.code, name: a.name, kind: a.kind })),
        site: site
          ? {
              code: site.code,
              name: site.name,
              address: site.address,
              openingHours: site.opening_hours,
              phone: site.phone,
            }
          : null,
        counters: counters.map((c) => ({
          id: c.id,
          number: c.number,
          name: c.name,
          kind: c.kind,
          status: c.status,
        })),
      };
    },
  );

  r.post(
    "/admin/staff",
    {
      config: { idempotent: true },
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "创建工作人员账号",
        headers: IdempotencyHeaders,
        body: strictObject({
          username: Type.String({ minLength: 3, maxLength: 32, pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }),
          name: Type.String({ minLength: 1, maxLength: 40 }),
          password: Type.String({ minLength: 1, maxLength: 128 }),
          orgCode: OrgCode,
          phone: Type.Optional(Type.String({ maxLength: 11 })),
          roles: Type.Array(
            strictObject({ role: Type.Union(ROLES.map((x) => Type.Literal(x))), orgCode: OrgCode }),
            { minItems: 1, maxItems: 8 },
          ),
        }),
        response: { 201: Type.Object({ id: Type.String() }), ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createStaff(req.ctx, staffOf(req, ["admin"]), req.body)),
  );

  r.get(
    "/admin/staff",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["admin"],
        summary: "辖区内的工作人员账号",
        response: { 200: Type.Object({ items: Type.Array(StaffItem) }) },
      },
    },
    async (req) => {
      const rows = await listStaff(req.ctx, staffOf(req, ["admin"]));
      return {
        items: rows.map((s) => ({
          id: s.id,
          username: s.username,
          name: s.name,
          orgCode: s.org_code,
          orgName: s.org_name,
          active: s.active,
          phone: s.phone_masked,
          createdAt: isoChina(s.created_at),
          roles: s.roles.map((g) => ({ role: g.role, orgCode: g.org_code })),
        })),
      };
    },
  );
}
