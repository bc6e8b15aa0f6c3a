// Numbers as the pages write them: US digit grouping, rates and elapsed milliseconds.

// One formatter for the module: toLocaleString would build a new one for every number.
const COUNT_FORMAT = new Intl.NumberFormat("en-US");

/** 12345 -> "12,345". */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** "1,250 records/s", or one decimal below 10 a second. */
export function formatRate(perSecond: number): string {
  return perSecond >= 10 ? `${formatCount(Math.round(perSecond))} records/s` : `${perSecond.toFixed(1)} records/s`;
}

/** "850 ms", "4.2 s", "3 min 12 s". */
export function formatMilliseconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
