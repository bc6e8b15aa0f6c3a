import { describe, expect, it } from "vitest";
import { integrationHealth, type HealthFacts } from "./rule";
import { thresholdsFrom } from "./thresholds";

const HOUR = 3_600_000;
const t = thresholdsFrom({});
const now = new Date("2026-12-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * HOUR);

/** A live practice whose agent reported a minute ago and whose data arrived an hour ago. */
function facts(over: Partial<HealthFacts> = {}): HealthFacts {
  return {
    lastHeartbeatAt: hoursAgo(1 / 60),
    pimsReachable: true,
    lastSyncAt: hoursAgo(1),
    syncWindowHours: 72,
    firstLoadCompletedAt: hoursAgo(24 * 30),
    firstLoadLastBatchAt: hoursAgo(24 * 30),
    dayReceived: 100,
    dayRejected: 0,
    deadLetters: 0,
    ...over,
  };
}
const codes = (f: HealthFacts, at = now) => integrationHealth(f, at, t).conditions.map((c) => `${c.code}:${c.severity}`);

describe("integration health", () => {
  it("is healthy while data flows and the agent reports", () => {
    expect(integrationHealth(facts(), now, t)).toEqual({ state: "healthy", conditions: [] });
  });

  it("warns after 24 h without changes and fails after 48 h", () => {
    expect(codes(facts({ lastSyncAt: hoursAgo(23.9) }))).toEqual([]);
    expect(codes(facts({ lastSyncAt: hoursAgo(24.1) }))).toEqual(["no_changes:warning"]);
    expect(integrationHealth(facts({ lastSyncAt: hoursAgo(24.1) }), now, t).state).toBe("warning");
    expect(codes(facts({ lastSyncAt: hoursAgo(48.1) }))).toEqual(["no_changes:error"]);
    expect(integrationHealth(facts({ lastSyncAt: hoursAgo(48.1) }), now, t).state).toBe("failing");
  });

  it("past the promised window says the sync is overdue (an alert) instead", () => {
    expect(codes(facts({ lastSyncAt: hoursAgo(73) }))).toEqual(["sync_overdue:error"]);
    expect(codes(facts({ lastSyncAt: hoursAgo(49), syncWindowHours: 48 }))).toEqual(["sync_overdue:error"]);
  });

  it("says so when records still arrive without heartbeats: the agent runs, its reports are missing", () => {
    const text = (f: HealthFacts) => integrationHealth(f, now, t).conditions[0].text;
    expect(text(facts({ lastHeartbeatAt: hoursAgo(3), lastSyncAt: hoursAgo(2 / 60) }))).toBe(
      "No heartbeat for 3 h, though records still arrive (last batch 2 min ago).",
    );
    expect(text(facts({ lastHeartbeatAt: hoursAgo(3), lastSyncAt: hoursAgo(1) }))).toBe("No heartbeat for 3 h.");
  });

  it("fails when the agent says the PIMS is unreachable", () => {
    const health = integrationHealth(facts({ pimsReachable: false }), now, t);
    expect(health.state).toBe("failing");
    expect(health.conditions[0]).toMatchObject({ code: "pims_unreachable", technicalMustAct: true });
  });

  it("an agent offline for minutes warns; silent for hours fails, counting batches as signs of life", () => {
    expect(codes(facts({ lastHeartbeatAt: hoursAgo(0.5) }))).toEqual(["agent_offline:warning"]);
    expect(codes(facts({ lastHeartbeatAt: hoursAgo(7), lastSyncAt: hoursAgo(7) }))).toEqual(["agent_silent:error"]);
    // A batch an hour ago proves the agent runs even without heartbeats.
    expect(codes(facts({ lastHeartbeatAt: null }))).toEqual(["agent_offline:warning"]);
    expect(
      codes(facts({ lastHeartbeatAt: null, lastSyncAt: null, firstLoadCompletedAt: null, firstLoadLastBatchAt: null })),
    ).toEqual(["agent_silent:error"]);
  });

  it("moving time turns a healthy practice into a warning, then failing", () => {
    const f = facts({ lastHeartbeatAt: hoursAgo(0), lastSyncAt: hoursAgo(0) });
    expect(integrationHealth(f, now, t).state).toBe("healthy");
    expect(integrationHealth(f, new Date(now.getTime() + HOUR), t).state).toBe("warning");
    expect(integrationHealth(f, new Date(now.getTime() + 7 * HOUR), t).state).toBe("failing");
  });

  it("a first load with no batch for 6 h has stalled; a running one has no freshness conditions", () => {
    const loading = { firstLoadCompletedAt: null, lastSyncAt: hoursAgo(1), firstLoadLastBatchAt: hoursAgo(1) };
    expect(codes(facts(loading))).toEqual([]);
    expect(codes(facts({ ...loading, firstLoadLastBatchAt: hoursAgo(6.5), lastHeartbeatAt: hoursAgo(0) }))).toEqual([
      "first_load_stalled:error",
    ]);
  });

  it("warns when the rejected share of the day is over the threshold, with enough records to judge", () => {
    expect(codes(facts({ dayReceived: 100, dayRejected: 5 }))).toEqual([]);
    expect(codes(facts({ dayReceived: 100, dayRejected: 6 }))).toEqual(["rejected_share:warning"]);
    expect(codes(facts({ dayReceived: 10, dayRejected: 9 }))).toEqual([]);
  });

  it("fails with writeback lines in the dead letter", () => {
    const health = integrationHealth(facts({ deadLetters: 2 }), now, t);
    expect(health.state).toBe("failing");
    expect(health.conditions[0].text).toContain("2 writeback lines are in the dead letter");
  });

  it("thresholds are configurable and a bad value is refused by name", () => {
    const strict = thresholdsFrom({ HEALTH_WARNING_HOURS: "2", ALERT_AGENT_SILENT_HOURS: "1" });
    expect(integrationHealth(facts({ lastSyncAt: hoursAgo(3) }), now, strict).state).toBe("warning");
    expect(() => thresholdsFrom({ ALERT_REJECTED_SHARE: "half" })).toThrow(/ALERT_REJECTED_SHARE/);
  });
});
