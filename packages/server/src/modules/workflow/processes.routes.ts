import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireStaff, staffOf } from "../../http/auth-hook.js";
import { errors } from "../../http/schemas.js";
import { AppError } from "../../errors.js";
import { audit } from "../audit/index.js";
import { getItem } from "../catalog/index.js";
import { BpmnImportError, definitionFromBpmn } from "./bpmn.js";
import { previewDefinitionForItem, saveImportedDefinition } from "./definitions.service.js";
import { ProcessDefinitionSchema } from "./workflow.schemas.js";

export function processRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  app.addContentTypeParser(
    ["application/xml", "text/xml"],
    { parseAs: "string", bodyLimit: 2 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  r.get(
    "/processes/:key",
    {
      onRequest: requireStaff(),
      schema: {
        tags: ["workflow"],
        summary: "事项当前的办理流程定义（节点与连线）",
        params: Type.Object({ key: Type.String({ maxLength: 100 }) }),
        response: {
          200: Type.Object({
            source: Type.Union([Type.Literal("catalog"), Type.Literal("bpmn")], {
              description: "catalog 由事项的办理层级生成，bpmn 为导入的 BPMN 流程",
            }),
            definition: ProcessDefinitionSchema,
          }),
          ...errors(401, 404),
        },
      },
    },
    async (req) => {
      const { item } = await getItem(req.ctx, req.params.key);
      const { definition, source } = await previewDefinitionForItem(req.ctx.db, item);
      return { source, definition };
    },
  );

  r.post(
    "/admin/processes/:key/bpmn",
    {
      onRequest: requireStaff("admin"),
      schema: {
        tags: ["workflow"],
        summary: "导入 BPMN 2.0 流程（bpmn.io 建模器导出的 XML），成为该事项的新流程版本；在办案件不受影响",
        params: Type.Object({ key: Type.String({ maxLength: 100 }) }),
        response: {
          201: Type.Object({
            key: Type.String(),
            version: Type.Integer(),
            definition: ProcessDefinitionSchema,
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const admin = staffOf(req, ["admin"]);
      if (!admin.roles.some((g) => g.role === "admin" && !g.orgPath.includes("/")))
        throw new AppError("FORBIDDEN");
      if (typeof req.body !== "string")
        throw new AppError("VALIDATION_FAILED", { messageKey: "VALIDATION_FAILED.body" });
      const xml = req.body;
      await getItem(req.ctx, req.params.key);
      const now = req.ctx.clock.now();
      try {
        const definition = await saveImportedDefinition(
          req.ctx.db,
          (v) => definitionFromBpmn(xml, req.params.key, v),
          req.params.key,
          now,
        );
        await audit(
          req.ctx.db,
          { actor: admin, ip: req.ip, districtCode: req.ctx.districtCode, now },
          {
            action: "process.import",
            targetType: "process",
            targetId: `${definition.key}@${definition.version}`,
          },
        );
        return reply.status(201).send({ key: definition.key, version: definition.version, definition });
      } catch (e) {
        if (e instanceof BpmnImportError) {
          throw new AppError("VALIDATION_FAILED", {
            field: "body",
            messageKey: "VALIDATION_FAILED.bpmn",
            params: { problems: e.problems.join("；") },
          });
        }
        throw e;
      }
    },
  );
}
