// Time-limit clocks of the journey (48 h from Queued, 24 h from Details complete) and the dates
// a practice is told to expect. Limits count elapsed hours, not wall-clock hours, so a DST change
// in the practice's time zone never stretches or shrinks a promise; only the display is local.
import { addBusinessDays } from "./business-days";
import { STATUS_INFO, type Status } from "./journey";

export const DUE_SOON_HOURS = 12;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type ClockState = "none" | "on_time" | "due_soon" | "late";

/**
 * Deadline for the status entered at `enteredAt`, or null when the status has no limit. Hour
 * limits count elapsed hours; business-day limits (Invited) count the practice's own calendar.
 */
export function dueAtFor(status: Status, enteredAt: Date, timeZone = "UTC"): Date | null {
  const { timeLimitHours: hours, timeLimitBusinessDays: days } = STATUS_INFO[status];
  if (hours) return new Date(enteredAt.getTime() + hours * HOUR);
  if (days) return addBusinessDays(enteredAt, days, timeZone);
  return null;
}

export function clockState(dueAt: Date | null | undefined, now: Date): ClockState {
  if (!dueAt) return "none";
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "late";
  if (left <= DUE_SOON_HOURS * HOUR) return "due_soon";
  return "on_time";
}

export const CLOCK_LABELS: Record<ClockState, string> = {
  none: "No time limit",
  on_time: "On time",
  due_soon: `Due within ${DUE_SOON_HOURS} h`,
  late: "Late",
};

/** "3 h left", "late by 1 d 4 h": what a card shows next to the clock. */
export function describeTimeLeft(dueAt: Date, now: Date): string {
  const diff = dueAt.getTime() - now.getTime();
  const text = formatDuration(Math.abs(diff));
  return diff >= 0 ? `${text} left` : `late by ${text}`;
}

export function formatDuration(ms: number): string {
  const totalHours = Math.floor(ms / HOUR);
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  if (days > 0) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (totalHours > 0) return `${totalHours} h`;
  return `${Math.max(1, Math.floor(ms / 60_000))} min`;
}

/** When the first copy of the PIMS data should appear: ~1 week, 2 weeks at 10,000+ clients. */
export function expectedFirstDataAt(installedAt: Date, approxClients: number): Date {
  return new Date(installedAt.getTime() + (approxClients >= 10_000 ? 14 : 7) * DAY);
}

/** A date and time as the practice reads it: in its own time zone, with the zone's short name. */
export function formatInZone(date: Date, timeZone: string, opts: { dateOnly?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    ...(opts.dateOnly ? {} : { hour: "numeric", minute: "2-digit", timeZoneName: "short" }),
  }).format(date);
}
