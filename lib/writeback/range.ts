// The reconciliation's date range from the page's query string: local ship dates of the practice,
// the last 30 days by default; a bad or reversed range falls back to the default with a note.
import { localDate } from "./record-line";
import { BUCKETS, type Bucket } from "./buckets";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const valid = (d: string | undefined): d is string => !!d && ISO_DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

function defaultRange(timeZone: string, now = new Date()) {
  const to = localDate(now, timeZone);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

export function parseRange(
  search: { from?: string; to?: string },
  timeZone: string,
  now = new Date(),
): { from: string; to: string; problem: string | null } {
  const fallback = defaultRange(timeZone, now);
  if (search.from === undefined && search.to === undefined) return { ...fallback, problem: null };
  const from = valid(search.from) ? search.from : null;
  const to = valid(search.to) ? search.to : null;
  if (!from || !to) return { ...fallback, problem: "The dates must be real dates (YYYY-MM-DD): showing the last 30 days." };
  if (from > to) return { ...fallback, problem: "The start date is after the end date: showing the last 30 days." };
  return { from, to, problem: null };
}

export function parseBucket(value: string | undefined): Bucket | null {
  return (BUCKETS as readonly string[]).includes(value ?? "") ? (value as Bucket) : null;
}
