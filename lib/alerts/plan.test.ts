// Alerts open once, repeat at most daily and close when the condition clears: the health rule
// and the plan together, with time moved by passing a later `now` (never slept).
import { describe, expect, it } from "vitest";
import { integrationHealth, type HealthFacts } from "@/lib/health/rule";
import { thresholdsFrom } from "@/lib/health/thresholds";
import { planAlerts, type AlertStep, type OpenAlert } from "./plan";

const HOUR = 3_600_000;
const t = thresholdsFrom({});
const start = new Date("2026-12-01T08:00:00Z");
const at = (h: number) => new Date(start.getTime() + h * HOUR);

/** An agent that last reported at `start` and then went quiet. */
const quiet: HealthFacts = {
  lastHeartbeatAt: start,
  pimsReachable: true,
  lastSyncAt: start,
  syncWindowHours: 72,
  firstLoadCompletedAt: at(-24 * 30),
  firstLoadLastBatchAt: at(-24 * 30),
  dayReceived: 0,
  dayRejected: 0,
  deadLetters: 0,
};

/** Runs the plan like the job does and applies it to an in-memory set of open alerts. */
function run(open: OpenAlert[], facts: HealthFacts, now: Date): { open: OpenAlert[]; steps: AlertStep[] } {
  const steps = planAlerts(open, integrationHealth(facts, now, t).conditions, now, t.repeatHours);
  let next = [...open];
  for (const step of steps) {
    if (step.kind === "open")
      next.push({ id: step.condition.code, rule: step.condition.code, openedAt: now, lastNotifiedAt: now, notifyCount: 1 });
    if (step.kind === "repeat")
      next = next.map((a) => (a.id === step.alert.id ? { ...a, lastNotifiedAt: now, notifyCount: a.notifyCount + 1 } : a));
    if (step.kind === "close") next = next.filter((a) => a.id !== step.alert.id);
  }
  return { open: next, steps };
}
const kinds = (steps: AlertStep[]) => steps.map((s) => `${s.kind}:${s.kind === "open" ? s.condition.code : s.alert.rule}`);

describe("alert lifecycle", () => {
  it("opens once when the agent is silent past the threshold, not before", () => {
    expect(run([], quiet, at(5.9)).steps).toEqual([]);
    const first = run([], quiet, at(6.1));
    expect(kinds(first.steps)).toEqual(["open:agent_silent"]);
    // Every minute after, the job finds it open and does nothing.
    expect(run(first.open, quiet, at(6.2)).steps).toEqual([]);
    expect(run(first.open, quiet, at(29)).steps).toEqual([]);
  });

  it("repeats at most once a day while it holds", () => {
    let state = run([], quiet, at(6.1));
    state = run(state.open, quiet, at(30.1));
    expect(kinds(state.steps)).toEqual(["repeat:agent_silent"]);
    expect(run(state.open, quiet, at(31)).steps).toEqual([]);
    state = run(state.open, quiet, at(54.2));
    expect(kinds(state.steps)).toEqual(["repeat:agent_silent"]);
    expect(state.open[0].notifyCount).toBe(3);
  });

  it("closes by itself once the condition clears, and opens anew if it comes back", () => {
    let state = run([], quiet, at(7));
    const heard = { ...quiet, lastHeartbeatAt: at(8) };
    state = run(state.open, heard, at(8));
    expect(kinds(state.steps)).toEqual(["close:agent_silent"]);
    expect(state.open).toEqual([]);
    state = run(state.open, heard, at(14.5));
    expect(kinds(state.steps)).toEqual(["open:agent_silent"]);
  });

  it("a condition that is not an alert (24 h without changes) never opens one", () => {
    const flowing = { ...quiet, lastHeartbeatAt: at(29) };
    expect(integrationHealth(flowing, at(30), t).state).toBe("warning");
    expect(run([], flowing, at(30)).steps).toEqual([]);
  });

  it("each rule is its own alert: dead letters open beside a silent agent and close alone", () => {
    const both = { ...quiet, deadLetters: 1 };
    let state = run([], both, at(7));
    expect(kinds(state.steps).sort()).toEqual(["open:agent_silent", "open:dead_letters"]);
    state = run(state.open, { ...both, deadLetters: 0 }, at(8));
    expect(kinds(state.steps)).toEqual(["close:dead_letters"]);
    expect(state.open.map((a) => a.rule)).toEqual(["agent_silent"]);
  });
});
