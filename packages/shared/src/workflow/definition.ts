/**
 * Process definitions: versioned data describing how a case moves between offices.
 * User tasks name the kind of office that acts, resolved against the case's
 * community at run time (its own community, its street's office, a district bureau).
 */

export type Candidate = { orgKind: "community" | "street" | "department"; deptKey?: string };

export type Condition = { field: string; equals: string | number | boolean };

export type ProcessNode =
  | { type: "userTask"; name: string; candidate: Candidate; days: number; next: string }
  | { type: "parallelSplit"; branches: string[] }
  | { type: "parallelJoin"; next: string }
  | { type: "exclusive"; routes: { when: Condition; next: string }[]; otherwise: string }
  | { type: "end"; outcome: "approved" | "rejected" };

export type ProcessDefinition = {
  key: string;
  version: number;
  name: string;
  start: string;
  nodes: Record<string, ProcessNode>;
};

export type CatalogStepLike = {
  name: string;
  orgKind: Candidate["orgKind"];
  deptKey?: string;
  parallel: boolean;
  days: number;
};

/**
 * Builds the process of a catalog item from its level chain: steps run one after
 * another, and neighbouring steps marked parallel run side by side (并联审批)
 * between a split and a join.
 */
export function definitionFromSteps(key: string, name: string, steps: CatalogStepLike[]): ProcessDefinition {
  if (steps.length === 0) throw new RangeError("a process needs at least one step");
  const stages: CatalogStepLike[][] = [];
  for (const step of steps) {
    const last = stages.at(-1);
    if (step.parallel && last?.[0]?.parallel) last.push(step);
    else stages.push([step]);
  }
  const nodes: Record<string, ProcessNode> = { end: { type: "end", outcome: "approved" } };
  const candidate = (s: CatalogStepLike): Candidate => ({
    orgKind: s.orgKind,
    ...(s.deptKey ? { deptKey: s.deptKey } : {}),
  });
  let next = "end";
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i]!;
    if (stage.length === 1) {
      const s = stage[0]!;
      nodes[`s${i + 1}`] = { type: "userTask", name: s.name, candidate: candidate(s), days: s.days, next };
      next = `s${i + 1}`;
    } else {
      const join = `s${i + 1}_join`;
      nodes[join] = { type: "parallelJoin", next };
      const branches = stage.map((s, j) => {
        const id = `s${i + 1}_${j + 1}`;
        nodes[id] = { type: "userTask", name: s.name, candidate: candidate(s), days: s.days, next: join };
        return id;
      });
      nodes[`s${i + 1}_split`] = { type: "parallelSplit", branches };
      next = `s${i + 1}_split`;
    }
  }
  return { key, version: 1, name, start: next, nodes };
}

/** Problems that make a definition unusable (dangling references, no end, unreachable nodes). */
export function checkDefinition(def: ProcessDefinition): string[] {
  const problems: string[] = [];
  const ids = new Set(Object.keys(def.nodes));
  const ref = (from: string, to: string) => {
    if (!ids.has(to)) problems.push(`${from} points to unknown node ${to}`);
  };
  if (!ids.has(def.start)) problems.push(`start node ${def.start} does not exist`);
  for (const [id, n] of Object.entries(def.nodes)) {
    switch (n.type) {
      case "userTask":
      case "parallelJoin":
        ref(id, n.next);
        break;
      case "parallelSplit":
        if (n.branches.length < 2) problems.push(`${id} splits into fewer than two branches`);
        n.branches.forEach((b) => ref(id, b));
        break;
      case "exclusive":
        n.routes.forEach((r) => ref(id, r.next));
        ref(id, n.otherwise);
        break;
      case "end":
        break;
    }
  }
  if (!Object.values(def.nodes).some((n) => n.type === "end")) problems.push("no end event");
  return problems;
}
