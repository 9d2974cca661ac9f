import { describe, expect, it } from "vitest";
import {
  afterCall,
  ageOn,
  callText,
  pickNext,
  pickReasonText,
  projectOrder,
  ticketNumber,
  ticketPriority,
  type WaitingTicket,
} from "./queue.js";
import { percentile, queueKpis } from "./kpis.js";

const T0 = Date.parse("2026-11-25T09:00:00+08:00");
const min = (m: number) => T0 + m * 60_000;
const t = (number: string, at: number, extra: Partial<WaitingTicket> = {}): WaitingTicket => ({
  id: number,
  number,
  priority: "normal",
  issuedAt: min(at),
  ...extra,
});
const rule = { priorityEvery: 2, appointmentLeadMinutes: 10 };

describe("ticket numbers and the spoken call", () => {
  it("pads to three digits and says the sentence the display speaks", () => {
    expect(ticketNumber("A", 23)).toBe("A023");
    expect(ticketNumber("B", 1000)).toBe("B1000");
    expect(callText("A023", 2)).toBe("请A023号到2号窗口办理");
  });
});

describe("priority from the ID number", () => {
  it("makes residents of 70 or more elderly from their birthday on", () => {
    expect(ageOn("1956-11-25", "2026-11-25")).toBe(70);
    expect(ageOn("1956-11-26", "2026-11-25")).toBe(69);
    expect(ticketPriority(undefined, "1956-11-25", "2026-11-25")).toEqual({
      priority: "elderly",
      derived: true,
    });
    expect(ticketPriority("normal", "1980-01-01", "2026-11-25")).toEqual({
      priority: "normal",
      derived: false,
    });
    expect(ticketPriority("pregnant", "1995-05-05", "2026-11-25")).toEqual({
      priority: "pregnant",
      derived: false,
    });
  });
});

describe("calling order", () => {
  it("serves first come first when nobody has priority", () => {
    const order = projectOrder(
      [t("A003", 3), t("A001", 1), t("A002", 2)],
      rule,
      { normalsSincePriority: 0 },
      min(30),
    );
    expect(order.map((p) => p.ticket.number)).toEqual(["A001", "A002", "A003"]);
    expect(order.every((p) => p.reason.code === "firstCome")).toBe(true);
  });

  it("puts one priority ticket after every two normal ones", () => {
    const waiting = [
      t("A001", 1),
      t("A002", 2),
      t("A003", 3),
      t("A004", 4),
      t("A005", 5, { priority: "elderly" }),
      t("A006", 6, { priority: "disabled" }),
    ];
    const order = projectOrder(waiting, rule, { normalsSincePriority: 0 }, min(30));
    expect(order.map((p) => p.ticket.number)).toEqual(["A001", "A002", "A005", "A003", "A004", "A006"]);
    expect(order[2]!.reason).toEqual({ code: "priorityTurn", normalsCalled: 2, every: 2 });
    expect(pickReasonText(order[2]!.reason)).toContain("每 2 个普通号叫 1 个优先号");
    expect(order[0]!.reason.code).toBe("normalTurn");
  });

  it("continues the count from the calls already made today", () => {
    const waiting = [t("A010", 1), t("A011", 2, { priority: "pregnant" })];
    expect(pickNext(waiting, rule, { normalsSincePriority: 2 }, min(30))?.ticket.number).toBe("A011");
    expect(pickNext(waiting, rule, { normalsSincePriority: 1 }, min(30))?.ticket.number).toBe("A010");
  });

  it("calls a priority ticket that came before every normal one", () => {
    const pick = pickNext(
      [t("A001", 1, { priority: "elderly" }), t("A002", 2)],
      rule,
      { normalsSincePriority: 0 },
      min(5),
    );
    expect(pick?.ticket.number).toBe("A001");
    expect(pick?.reason.code).toBe("firstCome");
  });

  it("with priorityEvery 0 always calls priority first", () => {
    const pick = pickNext(
      [t("A001", 1), t("A002", 2, { priority: "elderly" })],
      { ...rule, priorityEvery: 0 },
      { normalsSincePriority: 0 },
      min(5),
    );
    expect(pick?.ticket.number).toBe("A002");
  });

  it("calls an appointment at its time (less the lead) and transfers before the line", () => {
    const waiting = [
      t("A001", 1),
      t("A002", 2, { transferredAt: min(20) }),
      t("Y001", 0, { appointmentAt: min(40) }),
    ];
    expect(pickNext(waiting, rule, { normalsSincePriority: 0 }, min(25))?.ticket.number).toBe("A002");
    const due = pickNext(waiting, rule, { normalsSincePriority: 0 }, min(31));
    expect(due?.ticket.number).toBe("Y001");
    expect(pickReasonText(due!.reason)).toBe("预约号：预约时间 09:40 已到，优先叫号");
  });

  it("lets appointments and transfers leave the interleaving count alone", () => {
    expect(afterCall({ normalsSincePriority: 1 }, t("A002", 2, { transferredAt: 5 }))).toEqual({
      normalsSincePriority: 1,
    });
    expect(afterCall({ normalsSincePriority: 1 }, t("A003", 3))).toEqual({ normalsSincePriority: 2 });
    expect(afterCall({ normalsSincePriority: 3 }, t("A004", 4, { priority: "elderly" }))).toEqual({
      normalsSincePriority: 0,
    });
  });

  it("gives nothing when nobody waits", () => {
    expect(pickNext([], rule, { normalsSincePriority: 0 }, min(1))).toBeUndefined();
  });
});

describe("queue KPIs", () => {
  it("computes waits, the 90th percentile, service time, no-shows and the share within target", () => {
    const tickets = [
      { status: "finished" as const, issuedAt: min(0), calledAt: min(5), finishedAt: min(15) },
      { status: "finished" as const, issuedAt: min(0), calledAt: min(10), finishedAt: min(14) },
      { status: "finished" as const, issuedAt: min(0), calledAt: min(20), finishedAt: min(26) },
      { status: "no_show" as const, issuedAt: min(0), calledAt: min(30) },
      { status: "waiting" as const, issuedAt: min(40) },
    ];
    const k = queueKpis(tickets, 15);
    expect(k).toMatchObject({ tickets: 5, served: 3, noShows: 1, waiting: 1 });
    expect(k.avgWaitMinutes).toBe(16.3);
    expect(k.p90WaitMinutes).toBe(30);
    expect(k.avgServiceMinutes).toBe(6.7);
    expect(k.noShowRate).toBe(0.25);
    expect(k.withinTargetShare).toBe(0.5);
  });

  it("reports no figures rather than zeros for an empty day", () => {
    expect(queueKpis([], 15)).toMatchObject({ tickets: 0, avgWaitMinutes: null, noShowRate: null });
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });
});
