import { describe, expect, it } from "vitest";
import { checkDefinition, definitionFromSteps, type ProcessDefinition } from "./definition.js";
import { advance, initialState, WorkflowError, type ProcessEvent, type ProcessState } from "./engine.js";

const rebirth = definitionFromSteps("rebirth", "再生育审批", [
  { name: "社区受理", orgKind: "community", parallel: false, days: 2 },
  { name: "街道计生办审核", orgKind: "street", deptKey: "WJ", parallel: false, days: 8 },
  { name: "区卫健局审批", orgKind: "department", deptKey: "WJ", parallel: false, days: 10 },
]);

const housing = definitionFromSteps("housing", "住房保障低收入认定", [
  { name: "社区受理", orgKind: "community", parallel: false, days: 6 },
  { name: "街道审核", orgKind: "street", parallel: false, days: 6 },
  { name: "房产核查", orgKind: "department", deptKey: "FC", parallel: true, days: 6 },
  { name: "国土核查", orgKind: "department", deptKey: "ZR", parallel: true, days: 6 },
  { name: "区住房保障认定", orgKind: "department", deptKey: "ZJ", parallel: false, days: 7 },
]);

/** Runs events in order, returning the final state and every effect. */
function run(def: ProcessDefinition, events: ProcessEvent[], state: ProcessState = initialState()) {
  const effects = [];
  for (const e of events) {
    const step = advance(def, state, e);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const open = (s: ProcessState, def: ProcessDefinition) =>
  s.tokens.map((t) => (def.nodes[t.node] as { name: string }).name);

describe("workflow engine", () => {
  it("builds valid definitions from catalog steps", () => {
    expect(checkDefinition(rebirth)).toEqual([]);
    expect(checkDefinition(housing)).toEqual([]);
    expect(housing.nodes.s3_split).toEqual({ type: "parallelSplit", branches: ["s3_1", "s3_2"] });
  });

  it("walks a sequential chain to approval", () => {
    let { state, effects } = run(rebirth, [{ type: "start" }]);
    expect(open(state, rebirth)).toEqual(["社区受理"]);
    expect(effects[0]).toMatchObject({
      type: "openTask",
      taskId: "t1",
      candidate: { orgKind: "community" },
      days: 2,
    });
    ({ state } = run(rebirth, [{ type: "complete", taskId: "t1", decision: "approve" }], state));
    expect(open(state, rebirth)).toEqual(["街道计生办审核"]);
    ({ state, effects } = run(
      rebirth,
      [
        { type: "complete", taskId: "t2", decision: "approve" },
        { type: "complete", taskId: "t3", decision: "approve" },
      ],
      state,
    ));
    expect(state.status).toBe("approved");
    expect(effects.at(-1)).toEqual({ type: "ended", outcome: "approved" });
  });

  it("opens parallel department checks together and joins when both are done", () => {
    const { state } = run(housing, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "approve" },
      { type: "complete", taskId: "t2", decision: "approve" },
    ]);
    expect(open(state, housing)).toEqual(["房产核查", "国土核查"]);
    const one = run(housing, [{ type: "complete", taskId: "t4", decision: "approve" }], state).state;
    expect(open(one, housing)).toEqual(["房产核查"]);
    const both = run(housing, [{ type: "complete", taskId: "t3", decision: "approve" }], one).state;
    expect(open(both, housing)).toEqual(["区住房保障认定"]);
  });

  it("a rejection in one branch ends the case and cancels the other branch", () => {
    const { state, effects } = run(housing, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "approve" },
      { type: "complete", taskId: "t2", decision: "approve" },
      { type: "complete", taskId: "t3", decision: "reject" },
    ]);
    expect(state.status).toBe("rejected");
    expect(state.tokens).toEqual([]);
    expect(effects).toContainEqual({ type: "closeTask", taskId: "t4", outcome: "cancelled" });
  });

  it("returns for 补正 and resumes the whole parallel region after resubmission", () => {
    const returned = run(housing, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "approve" },
      { type: "complete", taskId: "t2", decision: "approve" },
      { type: "complete", taskId: "t4", decision: "return" },
    ]);
    const effects = returned.effects;
    let state = returned.state;
    expect(state.status).toBe("supplement_required");
    expect(state.tokens).toEqual([]);
    expect(effects).toContainEqual({ type: "supplementRequired", taskId: "t4" });
    expect(() => advance(housing, state, { type: "complete", taskId: "t3", decision: "approve" })).toThrow(
      WorkflowError,
    );
    ({ state } = run(housing, [{ type: "resubmit" }], state));
    expect(state.status).toBe("running");
    expect(open(state, housing)).toEqual(["房产核查", "国土核查"]);
  });

  it("a withdrawal cancels every open task and ends the case, also while it waits for 补正", () => {
    const parallel = run(housing, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "approve" },
      { type: "complete", taskId: "t2", decision: "approve" },
      { type: "withdraw" },
    ]);
    expect(parallel.state.status).toBe("withdrawn");
    expect(parallel.state.tokens).toEqual([]);
    expect(parallel.effects.slice(-3)).toEqual([
      { type: "closeTask", taskId: "t3", outcome: "cancelled" },
      { type: "closeTask", taskId: "t4", outcome: "cancelled" },
      { type: "ended", outcome: "withdrawn" },
    ]);
    const waiting = run(rebirth, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "return" },
      { type: "withdraw" },
    ]).state;
    expect(waiting.status).toBe("withdrawn");
    expect(waiting.resumeAt).toBeUndefined();
    // Nothing more happens to a withdrawn case, and a decided case cannot be withdrawn.
    expect(() => advance(rebirth, waiting, { type: "resubmit" })).toThrow(WorkflowError);
    expect(() => advance(rebirth, waiting, { type: "withdraw" })).toThrow(/withdrawn/);
    const decided = run(rebirth, [{ type: "start" }, { type: "complete", taskId: "t1", decision: "reject" }]);
    expect(() => advance(rebirth, decided.state, { type: "withdraw" })).toThrow(/rejected/);
  });

  it("returns to the same task outside a parallel region", () => {
    const { state } = run(rebirth, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "approve" },
      { type: "complete", taskId: "t2", decision: "return" },
      { type: "resubmit" },
    ]);
    expect(open(state, rebirth)).toEqual(["街道计生办审核"]);
  });

  it("refuses to complete a task twice", () => {
    const { state } = run(rebirth, [
      { type: "start" },
      { type: "complete", taskId: "t1", decision: "approve" },
    ]);
    expect(() => advance(rebirth, state, { type: "complete", taskId: "t1", decision: "approve" })).toThrow(
      /not open/,
    );
  });

  it("chooses a route on form data", () => {
    const def: ProcessDefinition = {
      key: "aid",
      version: 1,
      name: "临时救助",
      start: "route",
      nodes: {
        route: {
          type: "exclusive",
          routes: [{ when: { field: "urgent", equals: true }, next: "fast" }],
          otherwise: "slow",
        },
        fast: {
          type: "userTask",
          name: "急难先行救助",
          candidate: { orgKind: "street", deptKey: "MZ" },
          days: 1,
          next: "end",
        },
        slow: {
          type: "userTask",
          name: "街道审核",
          candidate: { orgKind: "street", deptKey: "MZ" },
          days: 10,
          next: "end",
        },
        end: { type: "end", outcome: "approved" },
      },
    };
    expect(checkDefinition(def)).toEqual([]);
    expect(open(run(def, [{ type: "start", form: { urgent: true } }]).state, def)).toEqual(["急难先行救助"]);
    expect(open(run(def, [{ type: "start", form: {} }]).state, def)).toEqual(["街道审核"]);
  });

  it("does not change the state it is given", () => {
    const start = run(rebirth, [{ type: "start" }]).state;
    const frozen = JSON.stringify(start);
    advance(rebirth, start, { type: "complete", taskId: "t1", decision: "approve" });
    expect(JSON.stringify(start)).toBe(frozen);
  });

  it("reports broken definitions", () => {
    const broken: ProcessDefinition = {
      key: "x",
      version: 1,
      name: "x",
      start: "a",
      nodes: {
        a: { type: "userTask", name: "a", candidate: { orgKind: "community" }, days: 1, next: "nowhere" },
      },
    };
    expect(checkDefinition(broken)).toEqual(["a points to unknown node nowhere", "no end event"]);
  });
});

describe("case numbers", async () => {
  const { caseNumber } = await import("../cases/cases.js");
  it("formats readable numbers and restarts sequences per prefix", () => {
    expect(
      caseNumber("KF{yyyy}{MM}{dd}{seq:4}", { date: "2026-09-30", site: "430105001001", seq: 7 }),
    ).toEqual({
      prefix: "KF20260930",
      caseNo: "KF202609300007",
    });
    expect(
      caseNumber("{site}-{yyyy}-{seq:6}号", { date: "2026-09-30", site: "430105001001", seq: 12 }).caseNo,
    ).toBe("430105001001-2026-000012号");
    expect(() => caseNumber("KF{yyyy}", { date: "2026-09-30", site: "x", seq: 1 })).toThrow();
  });
});
