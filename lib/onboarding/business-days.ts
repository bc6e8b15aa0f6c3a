// Business-day deadlines in the practice's own calendar: "5 business days" from Friday 9:00 is
// the next Friday 9:00 local time, weekends skipped, whatever a DST change does to the elapsed
// hours in between (a practice reads the deadline on its own clock). Public holidays are not
// known here and count as business days.
import { TZDate } from "@date-fns/tz";

const isWeekend = (day: number) => day === 0 || day === 6;

/** `days` business days after `start`, at the same local time of day in `timeZone`. */
export function addBusinessDays(start: Date, days: number, timeZone: string): Date {
  const local = new TZDate(start.getTime(), timeZone);
  // Starting on a weekend counts from Monday morning's same local time.
  while (isWeekend(local.getDay())) local.setDate(local.getDate() + 1);
  let left = days;
  while (left > 0) {
    local.setDate(local.getDate() + 1);
    if (!isWeekend(local.getDay())) left--;
  }
  return new Date(local.getTime());
}
