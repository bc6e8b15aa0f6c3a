// Date formatting for the partner's pages, always in a named time zone (the practice's, or the
// one the partner chose), never the server's.
export function dayKey(date: Date, timeZone: string) {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

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
