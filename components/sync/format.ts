// Numbers as the sync page writes them.
export const count = (n: number) => n.toLocaleString("en-US");

export function rate(perSecond: number): string {
  return perSecond >= 10 ? `${count(Math.round(perSecond))} records/s` : `${perSecond.toFixed(1)} records/s`;
}

export function milliseconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
