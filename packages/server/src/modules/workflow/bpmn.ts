import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import { checkDefinition, type Candidate, type ProcessDefinition, type ProcessNode } from "@onewindow/shared";

/**
 * Reads a BPMN 2.0 process (as drawn in the bpmn.io modeler) into our process
 * definition. The supported subset: start and end events, user tasks (candidate
 * group like `street:WJ`, `department:FC` or `community`), parallel and exclusive
 * gateways (conditions `field == value`), and boundary timers (`P5D` sets the
 * task's working days). Anything else is refused by name.
 */

export class BpmnImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "BpmnImportError";
  }
}

const SUPPORTED = new Set([
  "bpmn:StartEvent",
  "bpmn:EndEvent",
  "bpmn:UserTask",
  "bpmn:ParallelGateway",
  "bpmn:ExclusiveGateway",
  "bpmn:SequenceFlow",
  "bpmn:BoundaryEvent",
]);

type Flow = { id: string; source: string; target: string; condition?: string };

const ref = (v: unknown) => (v as ModdleElement | undefined)?.id ?? "";

function candidateOf(task: ModdleElement, problems: string[]): Candidate {
  const attrs = task.$attrs ?? {};
  const raw = attrs["camunda:candidateGroups"] ?? attrs["onewindow:candidate"] ?? "";
  const [kind, deptKey] = raw.split(":");
  if (kind === "community" || kind === "street" || kind === "department") {
    if (kind === "department" && !deptKey)
      problems.push(`user task ${task.id}: department candidates need a key, e.g. department:MZ`);
    return { orgKind: kind, ...(deptKey ? { deptKey } : {}) };
  }
  problems.push(
    `user task ${task.id} (${task.name ?? ""}) needs candidateGroups community, street[:KEY] or department:KEY`,
  );
  return { orgKind: "community" };
}

/** `P5D` → 5 working days; other durations are refused. */
function timerDays(boundary: ModdleElement, problems: string[]): number | undefined {
  const defs = (boundary.eventDefinitions as ModdleElement[] | undefined) ?? [];
  const timer = defs.find((d) => d.$type === "bpmn:TimerEventDefinition");
  if (!timer) {
    problems.push(`boundary event ${boundary.id} is not a timer`);
    return undefined;
  }
  const raw = (timer.timeDuration as ModdleElement | undefined)?.body;
  const body = typeof raw === "string" ? raw : "";
  const m = /^P(\d+)D$/.exec(body.trim());
  if (!m) {
    problems.push(`boundary timer ${boundary.id} needs a duration in days like P5D, got "${body}"`);
    return undefined;
  }
  return Number(m[1]);
}

function parseCondition(expr: string, flowId: string, problems: string[]) {
  const m = /^\$?\{?\s*(\w+)\s*==\s*("?)([^"}]*)\2\s*\}?$/.exec(expr.trim());
  if (!m) {
    problems.push(`condition of ${flowId} must look like field == value, got "${expr}"`);
    return { field: "", equals: "" };
  }
  const raw = m[3]!;
  const equals = m[2]
    ? raw
    : raw === "true"
      ? true
      : raw === "false"
        ? false
        : /^-?\d+(\.\d+)?$/.test(raw)
          ? Number(raw)
          : raw;
  return { field: m[1]!, equals };
}

export async function definitionFromBpmn(
  xml: string,
  key: string,
  version: number,
): Promise<ProcessDefinition> {
  let root: ModdleElement;
  try {
    root = (await new BpmnModdle().fromXML(xml)).rootElement;
  } catch (e) {
    throw new BpmnImportError([`not readable BPMN 2.0 XML: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const processes = ((root.rootElements as ModdleElement[] | undefined) ?? []).filter(
    (e) => e.$type === "bpmn:Process",
  );
  if (processes.length !== 1)
    throw new BpmnImportError([`expected exactly one process, found ${processes.length}`]);
  const process = processes[0]!;
  const elements = (process.flowElements as ModdleElement[] | undefined) ?? [];
  const unsupported = elements.filter((e) => !SUPPORTED.has(e.$type));
  if (unsupported.length > 0) {
    throw new BpmnImportError(
      unsupported.map(
        (e) => `unsupported element ${e.$type.replace("bpmn:", "")} "${e.name ?? e.id}" (${e.id})`,
      ),
    );
  }
  const problems: string[] = [];
  const flows: Flow[] = elements
    .filter((e) => e.$type === "bpmn:SequenceFlow")
    .map((f) => {
      const body = (f.conditionExpression as ModdleElement | undefined)?.body;
      return {
        id: f.id!,
        source: ref(f.sourceRef),
        target: ref(f.targetRef),
        ...(typeof body === "string" ? { condition: body } : {}),
      };
    });
  const out = (id: string) => flows.filter((f) => f.source === id);
  const inn = (id: string) => flows.filter((f) => f.target === id);
  const single = (id: string) => {
    const o = out(id);
    if (o.length !== 1) problems.push(`${id} must have exactly one outgoing flow, has ${o.length}`);
    return o[0]?.target ?? "";
  };
  const days = new Map<string, number>();
  for (const b of elements.filter((e) => e.$type === "bpmn:BoundaryEvent")) {
    const d = timerDays(b, problems);
    if (d !== undefined) days.set(ref(b.attachedToRef), d);
  }
  const nodes: Record<string, ProcessNode> = {};
  let start = "";
  for (const e of elements) {
    const id = e.id!;
    switch (e.$type) {
      case "bpmn:StartEvent":
        if (start) problems.push("more than one start event");
        start = single(id);
        break;
      case "bpmn:EndEvent":
        nodes[id] = {
          type: "end",
          outcome: e.$attrs?.["onewindow:outcome"] === "rejected" ? "rejected" : "approved",
        };
        break;
      case "bpmn:UserTask":
        nodes[id] = {
          type: "userTask",
          name: e.name ?? id,
          candidate: candidateOf(e, problems),
          days: days.get(id) ?? 0,
          next: single(id),
        };
        break;
      case "bpmn:ParallelGateway":
        if (out(id).length > 1 && inn(id).length === 1)
          nodes[id] = { type: "parallelSplit", branches: out(id).map((f) => f.target) };
        else if (inn(id).length > 1 && out(id).length === 1)
          nodes[id] = { type: "parallelJoin", next: single(id) };
        else problems.push(`parallel gateway ${id} must either split (1 in, 2+ out) or join (2+ in, 1 out)`);
        break;
      case "bpmn:ExclusiveGateway": {
        const defaultId = ref(e.default);
        const routes = out(id).filter((f) => f.id !== defaultId);
        const otherwise = out(id).find((f) => f.id === defaultId)?.target;
        if (!otherwise) problems.push(`exclusive gateway ${id} needs a default flow`);
        nodes[id] = {
          type: "exclusive",
          routes: routes.map((f) => {
            if (!f.condition) problems.push(`flow ${f.id} out of ${id} needs a condition`);
            return { when: parseCondition(f.condition ?? "", f.id, problems), next: f.target };
          }),
          otherwise: otherwise ?? "",
        };
        break;
      }
    }
  }
  if (!start) problems.push("no start event");
  const definition: ProcessDefinition = { key, version, name: process.name ?? key, start, nodes };
  problems.push(...checkDefinition(definition));
  if (problems.length > 0) throw new BpmnImportError(problems);
  return definition;
}
