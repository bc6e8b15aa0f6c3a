// What the sync of one practice looks like right now, computed from stored facts and one `now`
// (pure, so pages, the board and tests agree): the agent online or offline from its heartbeats,
// freshness against the promised 48-72 h update cadence, and the first load's progress with a
// rate and ETA measured from the batches received so far.
import { expectedFirstDataAt } from "@/lib/onboarding/journey";

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The agent heartbeats every few minutes; silence longer than this means it is offline. */
export const ONLINE_WITHIN_MINUTES = 15;
/** Updates are promised every 48-72 h: none is expected before 48 h. */
export const NEXT_SYNC_FROM_HOURS = 48;

/**
 * online: a heartbeat in the last 15 minutes. heartbeat_missing: no recent heartbeat, yet a batch
 * arrived in that time, so the agent runs but does not report its status (versions, whether it
 * reaches the PIMS): a setting to fix, not a server down. offline: neither. never: no heartbeat
 * and no recent batch.
 */
export type AgentState = "online" | "offline" | "never" | "heartbeat_missing";

export function agentState(lastHeartbeatAt: Date | null, now: Date, lastSyncAt: Date | null = null): AgentState {
  const recent = (at: Date | null) => at !== null && now.getTime() - at.getTime() <= ONLINE_WITHIN_MINUTES * MINUTE;
  if (recent(lastHeartbeatAt)) return "online";
  if (recent(lastSyncAt)) return "heartbeat_missing";
  return lastHeartbeatAt ? "offline" : "never";
}

export type Freshness =
  { state: "never" } | { state: "fresh" | "due" | "stale"; lastSyncAt: Date; nextFrom: Date; nextBy: Date; overdueMs: number };

/**
 * fresh: the next update is not expected yet; due: inside the 48 h..window; stale: past the
 * window (the practice's syncWindowHours, 72 by default) with no successful sync.
 */
export function syncFreshness(lastSyncAt: Date | null, syncWindowHours: number, now: Date): Freshness {
  if (!lastSyncAt) return { state: "never" };
  const last = lastSyncAt.getTime();
  const nextFrom = new Date(last + Math.min(NEXT_SYNC_FROM_HOURS, syncWindowHours) * HOUR);
  const nextBy = new Date(last + syncWindowHours * HOUR);
  const t = now.getTime();
  const state = t > nextBy.getTime() ? "stale" : t >= nextFrom.getTime() ? "due" : "fresh";
  return { state, lastSyncAt, nextFrom, nextBy, overdueMs: Math.max(0, t - nextBy.getTime()) };
}

/** Sums over the practice's first-load ("full") batches. */
export type FirstLoadTotals = {
  batches: number;
  received: number;
  applied: number;
  rejected: number;
  /** When the earliest batch started being processed (received_at minus its duration). */
  startedAt: Date | null;
  /** When the latest batch was stored. */
  lastBatchAt: Date | null;
  /** Sum of the batches' processing time: the span's floor when batches arrive back to back. */
  busyMs: number;
};

export type FirstLoadInput = {
  installedAt: Date | null;
  approxClients: number;
  expectedClients: number | null;
  expectedPatients: number | null;
  completedAt: Date | null;
  totals: FirstLoadTotals;
};

export type FirstLoadProgress =
  | { phase: "not_installed" }
  | { phase: "waiting"; expectedBy: Date; late: boolean }
  | {
      phase: "loading";
      received: number;
      processed: number;
      errors: number;
      expected: number | null;
      /** 0-100, null when the agent did not say how many records the export holds. */
      percent: number | null;
      /** Records per second over the first-load batches' time span. */
      ratePerSecond: number | null;
      etaMs: number | null;
      etaAt: Date | null;
      lastBatchAt: Date | null;
    }
  | { phase: "complete"; completedAt: Date; received: number; processed: number; errors: number };

export function firstLoadProgress(input: FirstLoadInput, now: Date): FirstLoadProgress {
  const { totals } = input;
  const counts = { received: totals.received, processed: totals.applied, errors: totals.rejected };
  if (input.completedAt) return { phase: "complete", completedAt: input.completedAt, ...counts };
  if (totals.batches === 0) {
    if (!input.installedAt) return { phase: "not_installed" };
    const expectedBy = expectedFirstDataAt(input.installedAt, input.approxClients);
    return { phase: "waiting", expectedBy, late: now > expectedBy };
  }
  const expected =
    input.expectedClients === null && input.expectedPatients === null
      ? null
      : (input.expectedClients ?? 0) + (input.expectedPatients ?? 0);
  const percent = expected ? Math.min(100, (totals.received / expected) * 100) : null;
  const rate = measuredRate(totals);
  const remaining = expected === null ? null : Math.max(0, expected - totals.received);
  const etaMs = rate && remaining !== null ? (remaining / rate) * 1000 : null;
  const etaAt = etaMs !== null && totals.lastBatchAt ? new Date(totals.lastBatchAt.getTime() + etaMs) : null;
  return { phase: "loading", ...counts, expected, percent, ratePerSecond: rate, etaMs, etaAt, lastBatchAt: totals.lastBatchAt };
}

function measuredRate(totals: FirstLoadTotals): number | null {
  if (totals.received === 0 || !totals.startedAt || !totals.lastBatchAt) return null;
  const spanMs = Math.max(totals.lastBatchAt.getTime() - totals.startedAt.getTime(), totals.busyMs, 1);
  return totals.received / (spanMs / 1000);
}

/** The one-word sync badge the board and practice page show, most urgent first. */
export type SyncBadge = { tone: "ok" | "warning" | "danger" | "muted"; label: string };

export function syncBadge(
  input: { lastHeartbeatAt: Date | null; lastSyncAt: Date | null; syncWindowHours: number },
  now: Date,
): SyncBadge | null {
  const agent = agentState(input.lastHeartbeatAt, now, input.lastSyncAt);
  const fresh = syncFreshness(input.lastSyncAt, input.syncWindowHours, now);
  if (fresh.state === "stale") return { tone: "danger", label: "Sync stale" };
  if (agent === "offline") return { tone: "warning", label: "Agent offline" };
  if (agent === "heartbeat_missing") return { tone: "warning", label: "Heartbeat missing" };
  if (agent === "online") return { tone: "ok", label: "Agent online" };
  return fresh.state === "never" ? null : { tone: "muted", label: "No agent heartbeat" };
}
