// The measured median of each step over the last year, for projections. Kept for ten minutes
// in the process: medians of a year of practices do not move by the minute, and the board
// (thousands of cards) must not pay a grouped scan per request.
import "server-only";
import { stepDurations } from "./queries";
import type { StepMedians } from "./projection";

const TTL_MS = 10 * 60_000;
let cached: { at: number; medians: Promise<StepMedians> } | null = null;

export function stepMedians(now = new Date()): Promise<StepMedians> {
  if (!cached || now.getTime() - cached.at > TTL_MS) {
    const medians = stepDurations({ from: new Date(now.getTime() - 365 * 86_400_000), to: now }).then((rows) =>
      Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.status, r.medianHours])),
    );
    cached = { at: now.getTime(), medians };
    // A failed read is not kept: the next request tries again.
    medians.catch(() => (cached = null));
  }
  return cached.medians;
}
