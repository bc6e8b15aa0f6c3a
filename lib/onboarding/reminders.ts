// Automatic reminders while a step waits on the practice: the primary contact while Invited,
// the technical contact while the install is not booked, escalating to the staff owner. Times
// count from when the step began (a hold moves that start by the hold's length, see
// step-clock.ts), so a hold never makes reminders pile up. Pure: the reminder job
// (send-reminders.ts) asks `dueReminder` and records each one it sends as an event.
import { addBusinessDays } from "./business-days";
import type { Status } from "./journey";

export type ReminderTarget = "primary" | "technical" | "owner";
type After = { hours: number } | { businessDays: number };
export type ReminderRule = { after: After; to: ReminderTarget };

export const REMINDERS: Partial<Record<Status, readonly ReminderRule[]>> = {
  INVITED: [
    { after: { businessDays: 2 }, to: "primary" },
    { after: { businessDays: 4 }, to: "primary" },
  ],
  DETAILS_COMPLETE: [
    { after: { hours: 8 }, to: "technical" },
    { after: { hours: 16 }, to: "technical" },
    { after: { hours: 20 }, to: "owner" },
  ],
};

/** Who a reminder sent by hand goes to: the contact the current step waits on, if any. */
export function manualReminderTarget(status: Status): ReminderTarget | null {
  if (status === "INVITED") return "primary";
  if (status === "DETAILS_COMPLETE") return "technical";
  return null;
}

function reminderTime(rule: ReminderRule, stepStartedAt: Date, timeZone: string): Date {
  return "hours" in rule.after
    ? new Date(stepStartedAt.getTime() + rule.after.hours * 3_600_000)
    : addBusinessDays(stepStartedAt, rule.after.businessDays, timeZone);
}

export type DueReminder = { index: number; rule: ReminderRule; at: Date };

/**
 * The reminder to send now, if any: the latest one whose time has come and that was not sent
 * (`sent` counts those already sent in this step). After a long outage only the latest due one
 * goes out, never a burst; the owner's escalation is never skipped.
 */
export function dueReminder(
  practice: { status: Status; statusChangedAt: Date; reminderCount: number; timeZone: string },
  now: Date,
): DueReminder | null {
  const rules = REMINDERS[practice.status];
  if (!rules) return null;
  let due: DueReminder | null = null;
  for (let index = practice.reminderCount; index < rules.length; index++) {
    const at = reminderTime(rules[index], practice.statusChangedAt, practice.timeZone);
    if (at > now) break;
    due = { index, rule: rules[index], at };
    if (rules[index].to === "owner") break;
  }
  return due;
}
