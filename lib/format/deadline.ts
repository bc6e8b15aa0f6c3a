// How a deadline reads to a person: on time, due soon or late, and the time left. The deadlines
// themselves come from the journey (lib/onboarding/journey.ts); this only words them, the same
// way on the board, the partner's queue and the practice pages.
import { formatDuration } from "./dates";

export const DUE_SOON_HOURS = 12;
const HOUR = 3_600_000;

export type ClockState = "none" | "on_time" | "due_soon" | "late";

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
