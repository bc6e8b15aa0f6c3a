// The sync page's "records synced over time" on the real PostgreSQL: buckets are the practice's
// own calendar days (not UTC days), every day between the first and the last batch is listed, and
// a day stays a calendar day across a daylight-saving change.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeWorld, uid } from "@/tests/factories";
import { getSyncSeries } from "./queries";

async function practiceWithBatches(timeZone: string, batches: { at: string; mode: "full" | "delta"; applied: number }[]) {
  const { practice } = await makeWorld();
  await db.practice.update({ where: { id: practice.id }, data: { timeZone } });
  for (const b of batches) {
    await db.syncBatch.create({
      data: {
        practiceId: practice.id,
        batchKey: `series-${uid()}`,
        mode: b.mode,
        status: "SUCCEEDED",
        received: b.applied,
        applied: b.applied,
        rejected: 0,
        response: {},
        durationMs: 10,
        receivedAt: new Date(b.at),
      },
    });
  }
  return practice.id;
}

describe("sync series", () => {
  it("counts a batch on the practice's own day, with the days between listed as zero", async () => {
    // 23:00 on Nov 21 in Los Angeles is already Nov 22 in UTC; 07:57 on Dec 1 is Dec 1 in both.
    const id = await practiceWithBatches("America/Los_Angeles", [
      { at: "2026-11-22T07:00:00Z", mode: "full", applied: 500 },
      { at: "2026-12-01T15:57:00Z", mode: "delta", applied: 4 },
    ]);
    const series = await getSyncSeries(id, new Date("2026-12-01T16:00:00Z"));
    expect(series.unit).toBe("day");
    expect(series.points).toHaveLength(11); // Nov 21 .. Dec 1
    expect(new Date(series.points[0].at).toISOString()).toBe("2026-11-21T08:00:00.000Z"); // midnight PST
    expect(series.points[0].loadApplied).toBe(500);
    expect(new Date(series.points[10].at).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(series.points[10].updateApplied).toBe(4);
    expect(series.points.slice(1, 10).every((p) => p.loadApplied + p.updateApplied === 0)).toBe(true);
  });

  it("keeps calendar days across the end of daylight saving time", async () => {
    // US daylight saving time ends on Nov 1, 2026: that day has 25 hours in New York.
    const id = await practiceWithBatches("America/New_York", [
      { at: "2026-10-30T16:00:00Z", mode: "delta", applied: 1 },
      { at: "2026-11-03T16:00:00Z", mode: "delta", applied: 2 },
    ]);
    const series = await getSyncSeries(id, new Date("2026-11-03T17:00:00Z"));
    expect(series.points.map((p) => new Date(p.at).toISOString())).toEqual([
      "2026-10-30T04:00:00.000Z",
      "2026-10-31T04:00:00.000Z",
      "2026-11-01T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      "2026-11-03T05:00:00.000Z",
    ]);
    expect(series.points.map((p) => p.updateApplied)).toEqual([1, 0, 0, 0, 2]);
  });
});
