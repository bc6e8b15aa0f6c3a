import { describe, expect, it } from "vitest";
import { clockState, describeTimeLeft } from "@/lib/format/deadline";
import { dueAtFor, expectedFirstDataAt } from "./journey";
import { formatInZone } from "@/lib/format/dates";

const at = (iso: string) => new Date(iso);

describe("time-limit clocks", () => {
  it("gives 48 h from Queued, 5 business days from Invited and 24 h from Details complete, none elsewhere", () => {
    expect(dueAtFor("QUEUED", at("2026-05-04T15:00:00Z"))?.toISOString()).toBe("2026-05-06T15:00:00.000Z");
    expect(dueAtFor("DETAILS_COMPLETE", at("2026-05-04T15:00:00Z"))?.toISOString()).toBe("2026-05-05T15:00:00.000Z");
    // Monday 8:00 in Los Angeles: the next Monday, same local time.
    expect(dueAtFor("INVITED", at("2026-05-04T15:00:00Z"), "America/Los_Angeles")?.toISOString()).toBe(
      "2026-05-11T15:00:00.000Z",
    );
    for (const status of ["DRAFT", "INSTALL_SCHEDULED", "INSTALLED", "LIVE", "ON_HOLD", "CANCELLED"] as const) {
      expect(dueAtFor(status, at("2026-05-04T15:00:00Z"))).toBeNull();
    }
  });

  it("is on time, due within 12 h, then late, at the exact edges", () => {
    const due = at("2026-05-06T15:00:00Z");
    expect(clockState(due, at("2026-05-06T02:59:59Z"))).toBe("on_time");
    expect(clockState(due, at("2026-05-06T03:00:00Z"))).toBe("due_soon");
    expect(clockState(due, at("2026-05-06T15:00:00Z"))).toBe("due_soon");
    expect(clockState(due, at("2026-05-06T15:00:01Z"))).toBe("late");
    expect(clockState(null, at("2026-05-06T15:00:01Z"))).toBe("none");
  });

  it("counts elapsed hours across a DST change and shows the local time the practice sees", () => {
    // Queued Saturday 10:00 CST in Chicago; clocks spring forward Sunday 2026-03-08 02:00.
    const queued = at("2026-03-07T16:00:00Z");
    const due = dueAtFor("QUEUED", queued)!;
    expect(due.getTime() - queued.getTime()).toBe(48 * 3_600_000);
    expect(formatInZone(queued, "America/Chicago")).toBe("Sat, Mar 7, 2026, 10:00 AM CST");
    // 48 real hours later the wall clock reads 11:00, now in CDT.
    expect(formatInZone(due, "America/Chicago")).toBe("Mon, Mar 9, 2026, 11:00 AM CDT");
    // Autumn: clocks fall back on 2026-11-01; 24 h after Saturday 09:00 PDT is Sunday 08:00 PST.
    const details = at("2026-10-31T16:00:00Z");
    expect(formatInZone(dueAtFor("DETAILS_COMPLETE", details)!, "America/Los_Angeles")).toBe("Sun, Nov 1, 2026, 8:00 AM PST");
  });

  it("shows the same instant differently per practice time zone", () => {
    const due = at("2026-07-01T03:30:00Z");
    expect(formatInZone(due, "America/New_York")).toBe("Tue, Jun 30, 2026, 11:30 PM EDT");
    expect(formatInZone(due, "Pacific/Honolulu")).toBe("Tue, Jun 30, 2026, 5:30 PM HST");
    expect(formatInZone(due, "America/Phoenix", { dateOnly: true })).toBe("Tue, Jun 30, 2026");
  });

  it("describes time left and lateness", () => {
    const due = at("2026-05-06T15:00:00Z");
    expect(describeTimeLeft(due, at("2026-05-05T13:00:00Z"))).toBe("1 d 2 h left");
    expect(describeTimeLeft(due, at("2026-05-06T18:30:00Z"))).toBe("late by 3 h");
    expect(describeTimeLeft(due, at("2026-05-06T14:40:00Z"))).toBe("20 min left");
  });

  it("expects the first data about a week after install, two weeks at 10,000+ clients", () => {
    const installed = at("2026-05-04T15:00:00Z");
    expect(expectedFirstDataAt(installed, 9_999).toISOString()).toBe("2026-05-11T15:00:00.000Z");
    expect(expectedFirstDataAt(installed, 10_000).toISOString()).toBe("2026-05-18T15:00:00.000Z");
  });
});
