import { Type } from "typebox";

/** Response schemas of the workflow routes: a process definition as stored (shared `ProcessDefinition`). */

const Candidate = Type.Object(
  {
    orgKind: Type.Union([Type.Literal("community"), Type.Literal("street"), Type.Literal("department")]),
    deptKey: Type.Optional(Type.String({ description: "部门键（如 MZ），办理机构为区部门时" })),
  },
  { description: "办理该环节的机构：办件所在社区、其街道或区部门" },
);

const ProcessNode = Type.Union([
  Type.Object({
    type: Type.Literal("userTask"),
    name: Type.String(),
    candidate: Candidate,
    days: Type.Integer({ description: "该环节的办理时限（工作日）" }),
    next: Type.String(),
  }),
  Type.Object({ type: Type.Literal("parallelSplit"), branches: Type.Array(Type.String()) }),
  Type.Object({ type: Type.Literal("parallelJoin"), next: Type.String() }),
  Type.Object({
    type: Type.Literal("exclusive"),
    routes: Type.Array(
      Type.Object({
        when: Type.Object({
          field: Type.String({ description: "申请表字段" }),
          equals: Type.Union([Type.String(), Type.Number(), Type.Boolean()]),
        }),
        next: Type.String(),
      }),
    ),
    otherwise: Type.String(),
  }),
  Type.Object({
    type: Type.Literal("end"),
    outcome: Type.Union([Type.Literal("approved"), Type.Literal("rejected")]),
  }),
]);

export const ProcessDefinitionSchema = Type.Object(
  {
    key: Type.String({ description: "事项编码" }),
    version: Type.Integer(),
    name: Type.String(),
    start: Type.String({ description: "第一个节点的 id" }),
    nodes: Type.Record(Type.String(), ProcessNode, { description: "节点，按 id" }),
  },
  { description: "流程定义：节点与连线" },
);
