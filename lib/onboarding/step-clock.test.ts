// Paused clocks, with time moved rather than slept: a hold across a deadline keeps the
// lateness, a hold across a DST change keeps the elapsed time left, business-day limits follow
// the practice's own calendar, and reminders escalate and stop.
import { describe, expect, it } from "vitest";
import { addBusinessDays } from "./business-days";
import { describeTimeLeft } from "@/lib/format/deadline";
import { dueReminder } from "./reminders";
import { pauseClock, resumeClock } from "./step-clock";

const HOUR = 3_600_000;
const LA = "America/Los_Angeles";

describe("a hold pauses the step clock", () => {
  it("keeps lateness across the hold: late by 1 d 3 h stays late by 1 d 3 h", () => {
    const entered = new Date("2026-11-02T09:00:00Z");
    const dueAt = new Date(entered.getTime() + 48 * HOUR);
    const heldAt = new Date(dueAt.getTime() + 27 * HOUR); // late by 1 d 3 h
    expect(describeTimeLeft(dueAt, heldAt)).toBe("late by 1 d 3 h");
    const paused = pauseClock({ statusChangedAt: entered, dueAt }, heldAt);
    expect(paused).toEqual({ clockUsedSeconds: 75 * 3600, clockRemainingSeconds: -27 * 3600 });
    const resumedAt = new Date(heldAt.getTime() + 5_000); // resumed five seconds later
    const resumed = resumeClock(paused, heldAt, resumedAt);
    expect(describeTimeLeft(resumed.dueAt!, resumedAt)).toBe("late by 1 d 3 h");
    expect(resumed.heldSeconds).toBe(5);
    // The step's age leaves the hold out.
    expect(resumedAt.getTime() - resumed.statusChangedAt.getTime()).toBe(75 * HOUR);
  });

  it("keeps the time left of a step held before its deadline and counts the hold apart", () => {
    const entered = new Date("2026-11-02T09:00:00Z");
    const dueAt = new Date(entered.getTime() + 24 * HOUR);
    const heldAt = new Date(entered.getTime() + 10 * HOUR);
    const resumedAt = new Date(heldAt.getTime() + 3 * 24 * HOUR); // across the old deadline
    const resumed = resumeClock(pauseClock({ statusChangedAt: entered, dueAt }, heldAt), heldAt, resumedAt);
    expect(resumed.dueAt!.getTime() - resumedAt.getTime()).toBe(14 * HOUR);
    expect(describeTimeLeft(resumed.dueAt!, resumedAt)).toBe("14 h left");
    expect(resumed.heldSeconds).toBe(72 * 3600);
  });

  it("keeps elapsed hours across a DST change during the hold", () => {
    // Queued Sat 7 Mar 2026 20:00 PST, held 10 h later; clocks jump forward on 8 Mar at 2:00.
    const entered = new Date("2026-03-08T04:00:00Z");
    const dueAt = new Date(entered.getTime() + 48 * HOUR);
    const heldAt = new Date(entered.getTime() + 10 * HOUR);
    const resumedAt = new Date("2026-03-10T17:00:00Z"); // Tue 10:00 PDT
    const resumed = resumeClock(pauseClock({ statusChangedAt: entered, dueAt }, heldAt), heldAt, resumedAt);
    expect(resumed.dueAt!.getTime() - resumedAt.getTime()).toBe(38 * HOUR); // not 37 or 39
  });

  it("has no deadline to keep for a step without a time limit", () => {
    const paused = pauseClock(
      { statusChangedAt: new Date("2026-11-02T09:00:00Z"), dueAt: null },
      new Date("2026-11-03T09:00:00Z"),
    );
    expect(paused.clockRemainingSeconds).toBeNull();
    expect(resumeClock(paused, new Date("2026-11-03T09:00:00Z"), new Date("2026-11-04T09:00:00Z")).dueAt).toBeNull();
  });
});

describe("business-day limits", () => {
  it("counts 5 business days in the practice's calendar, weekends skipped, across DST", () => {
    const friday = new Date("2026-03-06T17:00:00Z"); // Fri 9:00 PST
    const due = addBusinessDays(friday, 5, LA);
    expect(due.toISOString()).toBe("2026-03-13T16:00:00.000Z"); // next Fri 9:00 PDT
    expect((due.getTime() - friday.getTime()) / HOUR).toBe(167);
    // From a Saturday, counting starts on Monday.
    expect(addBusinessDays(new Date("2026-03-07T18:00:00Z"), 1, LA).toISOString()).toBe("2026-03-10T17:00:00.000Z");
  });
});

describe("reminders", () => {
  const invitedAt = new Date("2026-11-02T17:00:00Z"); // Mon 9:00 PST
  const invited = (reminderCount: number) => ({
    status: "INVITED" as const,
    statusChangedAt: invitedAt,
    reminderCount,
    timeZone: LA,
  });

  it("reminds the primary contact after 2 and 4 business days, once each", () => {
    expect(dueReminder(invited(0), new Date("2026-11-04T16:59:00Z"))).toBeNull();
    expect(dueReminder(invited(0), new Date("2026-11-04T17:00:00Z"))).toMatchObject({ index: 0, rule: { to: "primary" } });
    expect(dueReminder(invited(1), new Date("2026-11-05T12:00:00Z"))).toBeNull();
    expect(dueReminder(invited(1), new Date("2026-11-06T17:00:00Z"))).toMatchObject({ index: 1, rule: { to: "primary" } });
    expect(dueReminder(invited(2), new Date("2026-12-30T00:00:00Z"))).toBeNull(); // all sent
  });

  it("sends only the latest due reminder after an outage, never a burst", () => {
    expect(dueReminder(invited(0), new Date("2026-11-20T00:00:00Z"))).toMatchObject({ index: 1 });
  });

  it("escalates the unbooked install to the staff owner after two reminders to the technical contact", () => {
    const booked = (reminderCount: number, hours: number) =>
      dueReminder(
        { status: "DETAILS_COMPLETE", statusChangedAt: invitedAt, reminderCount, timeZone: LA },
        new Date(invitedAt.getTime() + hours * HOUR),
      );
    expect(booked(0, 7.9)).toBeNull();
    expect(booked(0, 8)).toMatchObject({ index: 0, rule: { to: "technical" } });
    expect(booked(1, 16)).toMatchObject({ index: 1, rule: { to: "technical" } });
    expect(booked(2, 20)).toMatchObject({ index: 2, rule: { to: "owner" } });
    // Even after an outage the owner's escalation is not skipped over... nor sent before its time.
    expect(booked(0, 30)).toMatchObject({ index: 2, rule: { to: "owner" } });
    expect(booked(3, 40)).toBeNull();
  });

  it("stops when the step is done: other steps have no reminders", () => {
    expect(
      dueReminder(
        { status: "INSTALL_SCHEDULED", statusChangedAt: invitedAt, reminderCount: 0, timeZone: LA },
        new Date("2027-01-01T00:00:00Z"),
      ),
    ).toBeNull();
    expect(
      dueReminder(
        { status: "ON_HOLD", statusChangedAt: invitedAt, reminderCount: 0, timeZone: LA },
        new Date("2027-01-01T00:00:00Z"),
      ),
    ).toBeNull();
  });
});
