import { describe, expect, it } from "vitest";
import { agentState, firstLoadProgress, syncBadge, syncFreshness, type FirstLoadInput, type FirstLoadTotals } from "./status";

const HOUR = 3_600_000;
const now = new Date("2026-11-20T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

const noBatches: FirstLoadTotals = {
  batches: 0,
  received: 0,
  applied: 0,
  rejected: 0,
  startedAt: null,
  lastBatchAt: null,
  busyMs: 0,
};
const input = (extra: Partial<FirstLoadInput> = {}): FirstLoadInput => ({
  installedAt: new Date("2026-11-15T09:00:00Z"),
  approxClients: 4000,
  expectedClients: null,
  expectedPatients: null,
  completedAt: null,
  totals: noBatches,
  ...extra,
});

describe("agentState", () => {
  it("is online when a heartbeat arrived within 15 minutes", () => {
    expect(agentState(ago(14 * 60_000), now)).toBe("online");
    expect(agentState(ago(15 * 60_000), now)).toBe("online");
  });
  it("is offline after 15 minutes of silence, and 'never' before the first heartbeat", () => {
    expect(agentState(ago(15 * 60_000 + 1), now)).toBe("offline");
    expect(agentState(null, now)).toBe("never");
  });
  it("is 'heartbeat missing', not offline, while batches still arrive without heartbeats", () => {
    expect(agentState(ago(3 * HOUR), now, ago(2 * 60_000))).toBe("heartbeat_missing");
    expect(agentState(null, now, ago(2 * 60_000))).toBe("heartbeat_missing");
    // An old batch proves nothing about now.
    expect(agentState(ago(3 * HOUR), now, ago(HOUR))).toBe("offline");
    expect(agentState(ago(60_000), now, ago(HOUR))).toBe("online");
  });
});

describe("syncFreshness", () => {
  it("expects the next update 48 h to 72 h after the last successful sync", () => {
    const f = syncFreshness(ago(10 * HOUR), 72, now);
    expect(f).toMatchObject({
      state: "fresh",
      nextFrom: new Date(ago(10 * HOUR).getTime() + 48 * HOUR),
      nextBy: new Date(ago(10 * HOUR).getTime() + 72 * HOUR),
      overdueMs: 0,
    });
  });
  it("is due inside the window and stale past it", () => {
    expect(syncFreshness(ago(50 * HOUR), 72, now).state).toBe("due");
    expect(syncFreshness(ago(72 * HOUR), 72, now).state).toBe("due");
    const stale = syncFreshness(ago(75 * HOUR), 72, now);
    expect(stale.state).toBe("stale");
    expect(stale.state !== "never" && stale.overdueMs).toBe(3 * HOUR);
  });
  it("follows a practice's configured window, never expecting before it", () => {
    expect(syncFreshness(ago(100 * HOUR), 120, now).state).toBe("due");
    const short = syncFreshness(ago(30 * HOUR), 24, now);
    expect(short.state).toBe("stale");
    expect(short.state !== "never" && short.nextFrom).toEqual(short.state !== "never" && short.nextBy);
  });
  it("is 'never' before the first successful sync", () => {
    expect(syncFreshness(null, 72, now)).toEqual({ state: "never" });
  });
});

describe("firstLoadProgress", () => {
  it("before install there is nothing to expect", () => {
    expect(firstLoadProgress(input({ installedAt: null }), now)).toEqual({ phase: "not_installed" });
  });
  it("before any data: the expected date is 1 week after install, 2 weeks at 10,000+ clients", () => {
    expect(firstLoadProgress(input(), now)).toEqual({
      phase: "waiting",
      expectedBy: new Date("2026-11-22T09:00:00Z"),
      late: false,
    });
    expect(firstLoadProgress(input({ approxClients: 10_000 }), now)).toMatchObject({
      expectedBy: new Date("2026-11-29T09:00:00Z"),
    });
    expect(firstLoadProgress(input({ installedAt: new Date("2026-11-01T00:00:00Z") }), now)).toMatchObject({
      phase: "waiting",
      late: true,
    });
  });
  it("while loading: counts, percent, measured rate over the batches' span and an ETA for the rest", () => {
    const totals: FirstLoadTotals = {
      batches: 3,
      received: 30_000,
      applied: 29_990,
      rejected: 10,
      startedAt: new Date("2026-11-20T11:59:50Z"),
      lastBatchAt: new Date("2026-11-20T12:00:00Z"),
      busyMs: 6_000,
    };
    const p = firstLoadProgress(input({ totals, expectedClients: 40_000, expectedPatients: 60_000 }), now);
    expect(p).toMatchObject({
      phase: "loading",
      received: 30_000,
      processed: 29_990,
      errors: 10,
      expected: 100_000,
      percent: 30,
      ratePerSecond: 3_000,
    });
    if (p.phase !== "loading") throw new Error("expected loading");
    expect(p.etaMs).toBeCloseTo((70_000 / 3_000) * 1000);
    expect(Math.abs(p.etaAt!.getTime() - (totals.lastBatchAt!.getTime() + p.etaMs!))).toBeLessThan(1);
  });
  it("a single batch is timed by its own duration", () => {
    const at = new Date("2026-11-20T12:00:00Z");
    const totals: FirstLoadTotals = {
      batches: 1,
      received: 5_000,
      applied: 5_000,
      rejected: 0,
      startedAt: at,
      lastBatchAt: at,
      busyMs: 500,
    };
    expect(firstLoadProgress(input({ totals, expectedClients: 10_000, expectedPatients: 0 }), now)).toMatchObject({
      ratePerSecond: 10_000,
      etaMs: 500,
    });
  });
  it("without an expected total there is no percent and no ETA, but still a rate", () => {
    const totals: FirstLoadTotals = {
      batches: 1,
      received: 100,
      applied: 100,
      rejected: 0,
      startedAt: ago(1000),
      lastBatchAt: now,
      busyMs: 1000,
    };
    expect(firstLoadProgress(input({ totals }), now)).toMatchObject({
      expected: null,
      percent: null,
      ratePerSecond: 100,
      etaMs: null,
      etaAt: null,
    });
  });
  it("is complete once the last first-load batch was applied", () => {
    const totals: FirstLoadTotals = {
      batches: 2,
      received: 10,
      applied: 9,
      rejected: 1,
      startedAt: ago(5000),
      lastBatchAt: now,
      busyMs: 100,
    };
    expect(firstLoadProgress(input({ totals, completedAt: now }), now)).toEqual({
      phase: "complete",
      completedAt: now,
      received: 10,
      processed: 9,
      errors: 1,
    });
  });
});

describe("syncBadge", () => {
  it("names the most urgent problem: stale before offline, then online", () => {
    expect(syncBadge({ lastHeartbeatAt: ago(HOUR), lastSyncAt: ago(80 * HOUR), syncWindowHours: 72 }, now)).toEqual({
      tone: "danger",
      label: "Sync stale",
    });
    expect(syncBadge({ lastHeartbeatAt: ago(HOUR), lastSyncAt: ago(HOUR), syncWindowHours: 72 }, now)).toEqual({
      tone: "warning",
      label: "Agent offline",
    });
    expect(syncBadge({ lastHeartbeatAt: ago(3 * HOUR), lastSyncAt: ago(60_000), syncWindowHours: 72 }, now)).toEqual({
      tone: "warning",
      label: "Heartbeat missing",
    });
    expect(syncBadge({ lastHeartbeatAt: ago(60_000), lastSyncAt: null, syncWindowHours: 72 }, now)).toEqual({
      tone: "ok",
      label: "Agent online",
    });
  });
  it("shows nothing for a practice without an agent yet", () => {
    expect(syncBadge({ lastHeartbeatAt: null, lastSyncAt: null, syncWindowHours: 72 }, now)).toBeNull();
  });
});
