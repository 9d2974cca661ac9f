import { Card, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProcessDefinition, ProcessNode } from "@onewindow/shared";

function edges(node: ProcessNode): string[] {
  switch (node.type) {
    case "userTask":
    case "parallelJoin":
      return [node.next];
    case "parallelSplit":
      return node.branches;
    case "exclusive":
      return [...node.routes.map((r) => r.next), node.otherwise];
    case "end":
      return [];
  }
}

/** Columns of nodes by longest distance from the start, so parallel branches stand side by side. */
export function layoutColumns(def: ProcessDefinition): string[][] {
  const rank = new Map<string, number>([[def.start, 0]]);
  const indegree = new Map<string, number>();
  for (const n of Object.values(def.nodes))
    for (const to of edges(n)) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const queue = [def.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = def.nodes[id];
    if (!node) continue;
    for (const to of edges(node)) {
      rank.set(to, Math.max(rank.get(to) ?? 0, (rank.get(id) ?? 0) + 1));
      const left = (indegree.get(to) ?? 1) - 1;
      indegree.set(to, left);
      if (left === 0) queue.push(to);
    }
  }
  const columns: string[][] = [];
  for (const [id, r] of rank) (columns[r] ??= []).push(id);
  return columns.filter(Boolean);
}

const ORG_TAG = { community: "green", street: "blue", department: "purple" } as const;

function NodeBox({ id, node }: { id: string; node: ProcessNode }) {
  const { t } = useTranslation();
  const box = {
    border: "1px solid #c9d6ea",
    borderRadius: 8,
    padding: "8px 12px",
    background: "white",
    minWidth: 150,
  };
  switch (node.type) {
    case "userTask":
      return (
        <div style={box} data-testid={`node-${id}`}>
          <div style={{ fontWeight: 600 }}>{node.name}</div>
          <Tag color={ORG_TAG[node.candidate.orgKind]} style={{ marginTop: 4 }}>
            {t(`item.orgKinds.${node.candidate.orgKind}`)}
            {node.candidate.deptKey ? ` · ${node.candidate.deptKey}` : ""}
          </Tag>
          {node.days > 0 && (
            <Typography.Text type="secondary">{t("item.stepDays", { count: node.days })}</Typography.Text>
          )}
        </div>
      );
    case "parallelSplit":
    case "parallelJoin":
      return <Tag color="geekblue">⊕ {t("diagram.parallel")}</Tag>;
    case "exclusive":
      return (
        <div style={{ ...box, borderStyle: "dashed" }}>
          ◇ {t("diagram.choice")}
          {node.routes.map((r) => (
            <div key={r.next} style={{ fontSize: 12, color: "#5b6b82" }}>
              {r.when.field} = {String(r.when.equals)}
            </div>
          ))}
        </div>
      );
    case "end":
      return <Tag color={node.outcome === "approved" ? "green" : "red"}>● {t("diagram.end")}</Tag>;
  }
}

/** The process a new case of this item follows, drawn left to right. */
export function ProcessDiagram({ definition, source }: { definition: ProcessDefinition; source: string }) {
  const { t } = useTranslation();
  const columns = layoutColumns(definition);
  return (
    <Card
      title={t("diagram.title")}
      extra={
        <Typography.Text type="secondary">
          {t("diagram.version", {
            version: definition.version,
            source: source === "bpmn" ? "BPMN" : t("diagram.fromSteps"),
          })}
        </Typography.Text>
      }
      data-testid="process-diagram"
    >
      <div style={{ display: "flex", alignItems: "center", gap: 12, overflowX: "auto", padding: "8px 0" }}>
        <Tag color="cyan">▶ {t("diagram.start")}</Tag>
        {columns.map((column, i) => (
          <div key={i} style={{ display: "flex", alignItems: "center", gap: 12 }}>
            <span style={{ color: "#8a94a6", fontSize: 18 }}>→</span>
            <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
              {column.map((id) => (
                <NodeBox key={id} id={id} node={definition.nodes[id]!} />
              ))}
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
