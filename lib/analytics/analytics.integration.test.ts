// The analytics against the real PostgreSQL, on practices whose journeys are written as event
// rows at known times: step medians and p90, hold time kept apart from the step, on-time rates
// by partner and owner from the timer's late events, the weekly funnel.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Status } from "@/lib/onboarding/journey";
import { makeUser, uid } from "@/tests/factories";
import { funnelByWeek, holdTime, onTimeRates, stepDurations } from "./queries";

const HOUR = 3_600_000;
// A fixed, quiet stretch of time no other test writes events in.
const T0 = Date.UTC(2031, 0, 6, 9); // Monday 6 Jan 2031, 09:00 UTC
const at = (hours: number) => new Date(T0 + hours * HOUR);
const period = { from: new Date(T0 - 24 * HOUR), to: new Date(T0 + 60 * 24 * HOUR) };

async function journey(partnerId: string, ownerId: string | null, path: [Status, number][], opts: { lateIn?: Status[] } = {}) {
  const practice = await db.practice.create({
    data: {
      slug: `an-${uid()}`,
      name: "Analytics Vet",
      address1: "1 Main St",
      city: "Portland",
      state: "OR",
      postalCode: "97201",
      phone: "(503) 555-0100",
      timeZone: "America/Los_Angeles",
      pimsVersion: "9.5",
      approxClients: 1000,
      partnerId,
      ownerId,
      createdAt: at(path[0][1]),
      status: path.at(-1)![0],
      ...(path.at(-1)![0] === "LIVE" ? { liveAt: at(path.at(-1)![1]) } : {}),
    },
  });
  for (const [i, [status, hours]] of path.entries()) {
    await db.journeyEvent.create({
      data: {
        practiceId: practice.id,
        kind: i === 0 ? "note" : "transition",
        action: i === 0 ? "created" : "test",
        actorLabel: "test",
        fromStatus: i === 0 ? null : path[i - 1][0],
        toStatus: status,
        createdAt: at(hours),
      },
    });
  }
  for (const status of opts.lateIn ?? []) {
    await db.journeyEvent.create({
      data: {
        practiceId: practice.id,
        kind: "time_limit",
        action: "late",
        actorLabel: "PIMS Link",
        fromStatus: status,
        createdAt: at(path[path.length - 1][1]),
      },
    });
  }
  return practice;
}

describe("onboarding analytics", () => {
  it("measures steps, holds, on-time rates and the funnel from the journey's events", async () => {
    const [a, b] = [
      await db.partner.create({ data: { name: `An Partner A ${uid()}` } }),
      await db.partner.create({ data: { name: `An Partner B ${uid()}` } }),
    ];
    const owner = await makeUser("STAFF", { name: `An Owner ${uid()}` });
    // Queued for 10, 20, 30, 40 and 100 hours; the last one was held 50 h in the middle (not counted as queue time).
    await journey(a.id, owner.id, [
      ["DRAFT", 0],
      ["QUEUED", 1],
      ["INVITED", 11],
    ]);
    await journey(a.id, owner.id, [
      ["DRAFT", 0],
      ["QUEUED", 2],
      ["INVITED", 22],
    ]);
    await journey(b.id, null, [
      ["DRAFT", 0],
      ["QUEUED", 3],
      ["INVITED", 33],
    ]);
    await journey(
      b.id,
      owner.id,
      [
        ["DRAFT", 0],
        ["QUEUED", 4],
        ["INVITED", 44],
      ],
      { lateIn: [] },
    );
    await journey(
      b.id,
      owner.id,
      [
        ["DRAFT", 0],
        ["QUEUED", 5],
        ["ON_HOLD", 55],
        ["QUEUED", 105],
        ["INVITED", 155],
        ["DETAILS_COMPLETE", 200],
        ["INSTALL_SCHEDULED", 210],
        ["INSTALLED", 300],
        ["LIVE", 400],
      ],
      { lateIn: ["QUEUED"] },
    );
    // Still queued: not a completed step, so not measured.
    await journey(a.id, owner.id, [
      ["DRAFT", 0],
      ["QUEUED", 6],
    ]);
    // Cancelled in week 2.
    await journey(a.id, owner.id, [
      ["DRAFT", 0],
      ["QUEUED", 7],
      ["CANCELLED", 7 * 24 + 1],
    ]);

    const steps = await stepDurations(period);
    const queued = steps.find((s) => s.status === "QUEUED")!;
    expect(queued.count).toBe(5);
    // 10, 20, 30, 40, 100: median 30, p90 by linear interpolation 40 + 0.6 * 60 = 76.
    expect(queued.medianHours).toBeCloseTo(30, 5);
    expect(queued.p90Hours).toBeCloseTo(76, 5);
    expect(steps.find((s) => s.status === "INSTALLED")).toMatchObject({ count: 1, medianHours: 100 });
    expect(steps.find((s) => s.status === "DRAFT")!.count).toBe(7);

    const holds = await holdTime(period);
    expect(holds).toEqual([{ fromStatus: "QUEUED", holds: 1, totalHours: 50, medianHours: 50, ongoing: 0 }]);

    const onTime = await onTimeRates(period);
    const row = (group: string, name: string) =>
      onTime.find((r) => r.status === "QUEUED" && r.group === group && r.name === name);
    expect(row("partner", a.name)).toMatchObject({ total: 2, onTime: 2 });
    expect(row("partner", b.name)).toMatchObject({ total: 3, onTime: 2 });
    expect(row("owner", owner.name!)).toMatchObject({ total: 4, onTime: 3 });
    expect(row("owner", "Unassigned")).toMatchObject({ total: 1, onTime: 1 });
    expect(onTime.find((r) => r.status === "DETAILS_COMPLETE" && r.name === b.name)).toMatchObject({ total: 1, onTime: 1 });

    const funnel = await funnelByWeek(period);
    expect(funnel[0].week).toBe("2030-12-30"); // the Monday of the week the period starts in
    const week = (d: string) => funnel.find((w) => w.week === d)!;
    expect(week("2031-01-06")).toEqual({ week: "2031-01-06", entered: 7, live: 0, cancelled: 0 });
    expect(week("2031-01-13")).toMatchObject({ cancelled: 1 });
    expect(week("2031-01-20")).toMatchObject({ live: 1 }); // hour 400 = 22 Jan
    expect(funnel.reduce((n, w) => n + w.entered, 0)).toBe(7);
  });
});
