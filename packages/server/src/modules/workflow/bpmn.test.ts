import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResidentId } from "@onewindow/shared";
import { bearer, createTestApp, errorOf, type TestApp } from "../../test/test-app.js";

/** 临时救助 modelled in the bpmn.io modeler: urgent cases take a fast lane; two parallel checks otherwise. */
const AID_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d1" targetNamespace="http://onewindow.example">
  <bpmn:process id="aid" name="临时救助（区定流程）" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="accept" />
    <bpmn:userTask id="accept" name="社区受理" camunda:candidateGroups="community" />
    <bpmn:boundaryEvent id="sla1" attachedToRef="accept"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f2" sourceRef="accept" targetRef="route" />
    <bpmn:exclusiveGateway id="route" default="f4" />
    <bpmn:sequenceFlow id="f3" sourceRef="route" targetRef="urgent"><bpmn:conditionExpression>\${urgent == true}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="f4" sourceRef="route" targetRef="split" />
    <bpmn:userTask id="urgent" name="急难型先行救助" camunda:candidateGroups="street:MZ" />
    <bpmn:sequenceFlow id="f5" sourceRef="urgent" targetRef="end" />
    <bpmn:parallelGateway id="split" />
    <bpmn:sequenceFlow id="f6" sourceRef="split" targetRef="mz" />
    <bpmn:sequenceFlow id="f7" sourceRef="split" targetRef="fc" />
    <bpmn:userTask id="mz" name="街道审核" camunda:candidateGroups="street:MZ" />
    <bpmn:userTask id="fc" name="房产核查" camunda:candidateGroups="department:FC" />
    <bpmn:sequenceFlow id="f8" sourceRef="mz" targetRef="join" />
    <bpmn:sequenceFlow id="f9" sourceRef="fc" targetRef="join" />
    <bpmn:parallelGateway id="join" />
    <bpmn:sequenceFlow id="f10" sourceRef="join" targetRef="decide" />
    <bpmn:userTask id="decide" name="区民政局审批" camunda:candidateGroups="department:MZ" />
    <bpmn:sequenceFlow id="f11" sourceRef="decide" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`;

let t: TestApp;
let admin: string;
let code: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("kf.admin");
  code = (await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent("临时救助")}` })).json()
    .items[0].code;
});
afterAll(() => t?.close());

const importXml = (xml: string, token = admin) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/admin/processes/${code}/bpmn`,
    headers: { ...bearer(token), "content-type": "application/xml" },
    payload: xml,
  });

describe("BPMN 2.0 import", () => {
  it("turns a modelled process into the item's next process version, used by new cases", async () => {
    const res = await importXml(AID_BPMN);
    expect(res.statusCode).toBe(201);
    const def = res.json().definition;
    expect(def.nodes.split).toEqual({ type: "parallelSplit", branches: ["mz", "fc"] });
    expect(def.nodes.accept).toMatchObject({
      type: "userTask",
      days: 2,
      candidate: { orgKind: "community" },
    });
    expect(def.nodes.route.routes[0]).toEqual({ when: { field: "urgent", equals: true }, next: "urgent" });

    const clerk = await t.login("xc.clerk");
    const item = (await t.app.inject({ url: `/api/v1/catalog/items/${code}` })).json();
    const intake = await t.app.inject({
      method: "POST",
      url: "/api/v1/cases",
      headers: bearer(clerk),
      payload: {
        itemCode: code,
        applicant: {
          idNumber: buildResidentId("430105", "1970-01-01", 71),
          name: "郑壬一",
          phone: "13900003333",
        },
        materials: item.materials.map((m: { id: string }) => ({ id: m.id, provided: true })),
        formData: { urgent: true },
      },
    });
    const caseNo = intake.json().caseNo;
    const view = async () =>
      (await t.app.inject({ url: `/api/v1/cases/${caseNo}`, headers: bearer(clerk) })).json();
    const first = (await view()).tasks[0];
    expect(first.name).toBe("社区受理");
    await t.app.inject({
      method: "POST",
      url: `/api/v1/tasks/${first.id}/complete`,
      headers: bearer(clerk),
      payload: { decision: "approve" },
    });
    expect((await view()).tasks.map((x: { name: string }) => x.name)).toEqual(["社区受理", "急难型先行救助"]);
  });

  it("refuses unsupported elements, naming them, and keeps the previous version", async () => {
    const before = (await t.app.inject({ url: `/api/v1/processes/${code}`, headers: bearer(admin) })).json();
    const withScript = AID_BPMN.replace(
      '<bpmn:endEvent id="end" />',
      '<bpmn:scriptTask id="calc" name="自动计算" /><bpmn:endEvent id="end" />',
    );
    const res = await importXml(withScript);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('unsupported element ScriptTask "自动计算" (calc)');
    const after = (await t.app.inject({ url: `/api/v1/processes/${code}`, headers: bearer(admin) })).json();
    expect(after.definition.version).toBe(before.definition.version);
  });

  it("explains broken models and refuses non-district administrators", async () => {
    const noCandidate = AID_BPMN.replace(' camunda:candidateGroups="department:FC"', "");
    expect(errorOf(await importXml(noCandidate)).message).toContain("user task fc");
    expect((await importXml("<not-bpmn")).statusCode).toBe(400);
    expect((await importXml(AID_BPMN, await t.login("frbl.admin"))).statusCode).toBe(403);
  });
});
