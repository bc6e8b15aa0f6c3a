import { describe, expect, it } from "vitest";
import { stepDates } from "./step-dates";

const HOUR = 3_600_000;
const now = new Date("2026-12-01T12:00:00Z");
const ago = (h: number) => new Date(now.getTime() - h * HOUR);

describe("planned and actual step dates", () => {
  it("dates done steps by their last completion and plans the rest from the medians", () => {
    const entries = [
      { fromStatus: null, toStatus: "DRAFT" as const, createdAt: ago(100) },
      { fromStatus: "DRAFT" as const, toStatus: "QUEUED" as const, createdAt: ago(90) },
      { fromStatus: "QUEUED" as const, toStatus: "INVITED" as const, createdAt: ago(60) },
      { fromStatus: "INVITED" as const, toStatus: "DETAILS_COMPLETE" as const, createdAt: ago(40) },
      { fromStatus: "DETAILS_COMPLETE" as const, toStatus: "INSTALL_SCHEDULED" as const, createdAt: ago(30) },
      { fromStatus: "INSTALL_SCHEDULED" as const, toStatus: "DETAILS_COMPLETE" as const, createdAt: ago(20) }, // install cancelled
      { fromStatus: "DETAILS_COMPLETE" as const, toStatus: "INSTALL_SCHEDULED" as const, createdAt: ago(10) },
    ];
    const dates = stepDates(
      { status: "INSTALL_SCHEDULED", statusChangedAt: ago(10), resumeStatus: null, liveAt: null },
      entries,
      { INSTALL_SCHEDULED: 50, INSTALLED: 100 },
      now,
    );
    expect(dates.map((d) => d.actualAt?.getTime() ?? null)).toEqual([
      ago(90).getTime(),
      ago(60).getTime(),
      ago(40).getTime(),
      ago(10).getTime(),
      null,
      null,
    ]);
    expect(dates[4].plannedAt!.getTime()).toBe(now.getTime() + 40 * HOUR); // 50 h median, 10 used
    expect(dates[5].plannedAt!.getTime()).toBe(now.getTime() + 140 * HOUR);
    expect(dates.slice(0, 4).every((d) => d.plannedAt === null)).toBe(true);
  });

  it("plans nothing while on hold, keeping the actual dates", () => {
    const dates = stepDates(
      { status: "ON_HOLD", statusChangedAt: ago(1), resumeStatus: "INVITED", liveAt: null },
      [
        { fromStatus: "DRAFT", toStatus: "QUEUED", createdAt: ago(5) },
        { fromStatus: "QUEUED", toStatus: "INVITED", createdAt: ago(3) },
      ],
      {},
      now,
    );
    expect(dates[0].actualAt).toEqual(ago(5));
    expect(dates[1].actualAt).toEqual(ago(3));
    expect(dates.every((d) => d.plannedAt === null)).toBe(true);
  });
});
