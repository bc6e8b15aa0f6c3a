// Dates, times and durations as people read them. Always in a named time zone (the practice's,
// or the one a partner chose), never the server's.

const HOUR = 3_600_000;

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

/** "May 4, 2026, 3:00 PM": a compact date and time in the zone, for records and timelines. */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** The calendar day in the zone as YYYY-MM-DD, for grouping and date inputs. */
export function dayKey(date: Date, timeZone: string) {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** "Monday, May 4, 2026" */
export function formatDay(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(
    date,
  );
}

/** "9:00 – 11:00 AM PST" */
export function formatTimeRange(start: Date, end: Date, timeZone: string) {
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit", timeZoneName: "short" });
  return fmt.formatRange(start, end);
}

/** "1 d 4 h", "3 h", "12 min": elapsed time, rounded down, never less than a minute. */
export function formatDuration(ms: number): string {
  const totalHours = Math.floor(ms / HOUR);
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  if (days > 0) return hours ? `${days} d ${hours} h` : `${days} d`;
  if (totalHours > 0) return `${totalHours} h`;
  return `${Math.max(1, Math.floor(ms / 60_000))} min`;
}
