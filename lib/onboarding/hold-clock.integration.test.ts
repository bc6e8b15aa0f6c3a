// A hold on the real database: the step's lateness survives hold and resume, the hold is counted
// apart, the breach already reported is not reported again, Invited gets its business-day limit
// and its reminders stop once the step is done. Time is moved by dating rows back, not slept.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { describeTimeLeft } from "@/lib/format/deadline";
import { notifyLateSteps } from "./late-steps";
import { changeSideState } from "./practices";
import { addBusinessDays } from "./business-days";
import { sendDueReminders } from "./send-reminders";
import { invitedWorld } from "@/tests/journey-factories";
import { addToQueue, updatePrepChecklist } from "./practices";
import { PREP_CHECKLIST } from "./prep-checklist";
import { makeWorld } from "@/tests/factories";

const HOUR = 3_600_000;

describe("the step clock on hold", () => {
  it("keeps a late step late across hold and resume, counts the hold apart, reports the breach once", async () => {
    const w = await makeWorld();
    await updatePrepChecklist(
      w.staff,
      w.practice.id,
      PREP_CHECKLIST.map((i) => i.key),
    );
    await addToQueue(w.staff, w.practice.id);
    // 75 hours in Queued: late by 1 d 3 h, and the timer has reported it.
    const now = Date.now();
    await db.practice.update({
      where: { id: w.practice.id },
      data: { statusChangedAt: new Date(now - 75 * HOUR), dueAt: new Date(now - 27 * HOUR) },
    });
    expect(await notifyLateSteps(new Date())).toBeGreaterThanOrEqual(1);
    const lateEmails = () => db.outboxEmail.count({ where: { practiceId: w.practice.id, template: "late" } });
    expect(await lateEmails()).toBe(1);

    await changeSideState(w.staff, w.practice.id, "putOnHold", "Owner on holiday");
    const held = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(held).toMatchObject({ status: "ON_HOLD", dueAt: null });
    expect(held.clockRemainingSeconds).toBeLessThanOrEqual(-27 * 3600 + 2);
    // Two days on hold pass.
    await db.practice.update({
      where: { id: w.practice.id },
      data: { statusChangedAt: new Date(held.statusChangedAt.getTime() - 48 * HOUR) },
    });
    await changeSideState(w.staff, w.practice.id, "resume", null);
    const resumed = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(resumed.status).toBe("QUEUED");
    expect(describeTimeLeft(resumed.dueAt!, new Date())).toBe("late by 1 d 3 h");
    expect(Math.round((Date.now() - resumed.statusChangedAt.getTime()) / HOUR)).toBe(75); // the step's age leaves the hold out
    expect(resumed.holdSeconds).toBeGreaterThanOrEqual(48 * 3600);
    expect(resumed.holdSeconds).toBeLessThan(48 * 3600 + 60);
    await notifyLateSteps(new Date());
    expect(await lateEmails()).toBe(1);
  });

  it("gives Invited its business-day limit, reminds the primary contact on schedule and stops when the step is done", async () => {
    const w = await invitedWorld();
    const p = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(p.dueAt!.getTime()).toBe(addBusinessDays(p.statusChangedAt, 5, p.timeZone).getTime());
    const reminders = () => db.outboxEmail.findMany({ where: { practiceId: p.id, template: "reminder-details" } });

    // Three business days later: the first reminder, once, however often the job runs.
    const later = addBusinessDays(p.statusChangedAt, 3, p.timeZone);
    expect(await sendDueReminders(later)).toBeGreaterThanOrEqual(1);
    await sendDueReminders(later);
    expect((await reminders()).map((r) => r.toAddress)).toEqual([w.primaryUser.email]);
    expect(await db.journeyEvent.count({ where: { practiceId: p.id, kind: "reminder" } })).toBe(1);

    // The step is done (details complete): no more reminders for it, whenever the job runs.
    await db.practice.update({ where: { id: p.id }, data: { status: "INSTALLED", statusChangedAt: new Date() } });
    await sendDueReminders(addBusinessDays(p.statusChangedAt, 9, p.timeZone));
    expect(await reminders()).toHaveLength(1);
  });
});
