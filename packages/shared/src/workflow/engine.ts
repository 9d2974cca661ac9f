/**
 * The workflow engine as a pure function: (definition, state, event) → (state, effects).
 * The server persists each step in one transaction; nothing here does I/O.
 */
import type { Candidate, ProcessDefinition } from "./definition.js";

export type Token = { id: string; node: string; split?: string };

export type ProcessStatus = "running" | "supplement_required" | "approved" | "rejected" | "withdrawn";

export type ProcessState = {
  status: ProcessStatus;
  tokens: Token[];
  /** Arrivals so far at each parallel join. */
  arrived: Record<string, number>;
  /** Where to resume after 补正 (the returning task, or the split of its parallel region). */
  resumeAt?: string;
  seq: number;
};

export type Decision = "approve" | "reject" | "return";

export type ProcessEvent =
  | { type: "start"; form?: Record<string, unknown> }
  | { type: "complete"; taskId: string; decision: Decision; form?: Record<string, unknown> }
  | { type: "resubmit"; form?: Record<string, unknown> }
  /** The applicant takes the application back (撤回申请) before it is decided. */
  | { type: "withdraw" };

export type Effect =
  | { type: "openTask"; taskId: string; node: string; name: string; candidate: Candidate; days: number }
  | { type: "closeTask"; taskId: string; outcome: Decision | "cancelled" }
  | { type: "supplementRequired"; taskId: string }
  | { type: "ended"; outcome: "approved" | "rejected" | "withdrawn" };

export type Step = { state: ProcessState; effects: Effect[] };

export class WorkflowError extends Error {
  constructor(
    readonly code: "TASK_NOT_OPEN" | "NOT_RUNNING" | "NOT_WAITING_FOR_SUPPLEMENT" | "BAD_DEFINITION",
    message: string,
  ) {
    super(message);
    this.name = "WorkflowError";
  }
}

export const initialState = (): ProcessState => ({ status: "running", tokens: [], arrived: {}, seq: 0 });

/** How many edges lead into a node: a join waits for that many arrivals. */
function incomingEdges(def: ProcessDefinition, id: string): number {
  let n = 0;
  for (const node of Object.values(def.nodes)) {
    if ((node.type === "userTask" || node.type === "parallelJoin") && node.next === id) n++;
    if (node.type === "parallelSplit") n += node.branches.filter((b) => b === id).length;
    if (node.type === "exclusive" && (node.otherwise === id || node.routes.some((r) => r.next === id))) n++;
  }
  return n;
}

/** Moves a new token into `nodeId`, following automatic nodes until tasks or an end are reached. */
function enter(
  def: ProcessDefinition,
  s: ProcessState,
  nodeId: string,
  split: string | undefined,
  form: Record<string, unknown>,
  effects: Effect[],
) {
  const node = def.nodes[nodeId];
  if (!node) throw new WorkflowError("BAD_DEFINITION", `unknown node ${nodeId}`);
  switch (node.type) {
    case "userTask": {
      const id = `t${++s.seq}`;
      s.tokens.push({ id, node: nodeId, ...(split ? { split } : {}) });
      effects.push({
        type: "openTask",
        taskId: id,
        node: nodeId,
        name: node.name,
        candidate: node.candidate,
        days: node.days,
      });
      return;
    }
    case "parallelSplit":
      s.arrived[`${nodeId}`] = 0;
      for (const b of node.branches) enter(def, s, b, nodeId, form, effects);
      return;
    case "parallelJoin": {
      const expected = incomingEdges(def, nodeId);
      s.arrived[nodeId] = (s.arrived[nodeId] ?? 0) + 1;
      if (s.arrived[nodeId] < expected) return;
      delete s.arrived[nodeId];
      enter(def, s, node.next, undefined, form, effects);
      return;
    }
    case "exclusive": {
      const route = node.routes.find((r) => form[r.when.field] === r.when.equals);
      enter(def, s, route ? route.next : node.otherwise, split, form, effects);
      return;
    }
    case "end":
      finish(s, node.outcome, effects);
      return;
  }
}

function finish(s: ProcessState, outcome: "approved" | "rejected" | "withdrawn", effects: Effect[]) {
  for (const t of s.tokens) effects.push({ type: "closeTask", taskId: t.id, outcome: "cancelled" });
  s.tokens = [];
  s.arrived = {};
  s.status = outcome;
  effects.push({ type: "ended", outcome });
}

function clone(s: ProcessState): ProcessState {
  return { ...s, tokens: s.tokens.map((t) => ({ ...t })), arrived: { ...s.arrived } };
}

/** Applies one event. Throws WorkflowError when the event does not fit the state. */
export function advance(def: ProcessDefinition, state: ProcessState, event: ProcessEvent): Step {
  const s = clone(state);
  const effects: Effect[] = [];
  const form = ("form" in event ? event.form : undefined) ?? {};
  switch (event.type) {
    case "start":
      if (s.seq !== 0) throw new WorkflowError("NOT_RUNNING", "the process has already started");
      enter(def, s, def.start, undefined, form, effects);
      break;
    case "complete": {
      if (s.status !== "running") throw new WorkflowError("NOT_RUNNING", `the case is ${s.status}`);
      const token = s.tokens.find((t) => t.id === event.taskId);
      if (!token) throw new WorkflowError("TASK_NOT_OPEN", `task ${event.taskId} is not open`);
      s.tokens = s.tokens.filter((t) => t !== token);
      effects.push({ type: "closeTask", taskId: token.id, outcome: event.decision });
      if (event.decision === "approve") {
        const node = def.nodes[token.node];
        if (node?.type !== "userTask")
          throw new WorkflowError("BAD_DEFINITION", `${token.node} is not a task`);
        enter(def, s, node.next, token.split, form, effects);
      } else if (event.decision === "reject") {
        finish(s, "rejected", effects);
      } else {
        // 补正: every open task stops; work resumes at the returning task or its parallel region.
        for (const t of s.tokens) effects.push({ type: "closeTask", taskId: t.id, outcome: "cancelled" });
        s.tokens = [];
        s.arrived = {};
        s.resumeAt = token.split ?? token.node;
        s.status = "supplement_required";
        effects.push({ type: "supplementRequired", taskId: token.id });
      }
      break;
    }
    case "withdraw":
      if (s.status !== "running" && s.status !== "supplement_required")
        throw new WorkflowError("NOT_RUNNING", `the case is ${s.status}`);
      delete s.resumeAt;
      finish(s, "withdrawn", effects);
      break;
    case "resubmit": {
      if (s.status !== "supplement_required" || !s.resumeAt) {
        throw new WorkflowError("NOT_WAITING_FOR_SUPPLEMENT", "the case is not waiting for 补正");
      }
      const at = s.resumeAt;
      delete s.resumeAt;
      s.status = "running";
      enter(def, s, at, undefined, form, effects);
      break;
    }
  }
  return { state: s, effects };
}
