// THE health rule of a live integration: from a practice's stored facts and one `now`, which
// conditions hold, and so whether it is healthy, warning or failing. The fleet page, the board's
// light, the practice's own page and the alerts all read it; alerts open exactly for the
// conditions marked `alert`. Pure, so every reader agrees and tests can move time freely.
import { formatDuration } from "@/lib/format/dates";
import type { Thresholds } from "./thresholds";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type HealthFacts = {
  lastHeartbeatAt: Date | null;
  /** The latest heartbeat's word on the PIMS: false means the agent cannot reach it. */
  pimsReachable: boolean | null;
  /** The last batch that applied records (the last time changes arrived). */
  lastSyncAt: Date | null;
  /** The promised update window (48-72 h; the practice's own setting). */
  syncWindowHours: number;
  firstLoadCompletedAt: Date | null;
  /** The newest first-load ("full") batch, for a first load that stalls. */
  firstLoadLastBatchAt: Date | null;
  /** Records received and rejected over the last 24 hours. */
  dayReceived: number;
  dayRejected: number;
  /** Writeback lines in the dead letter. */
  deadLetters: number;
};

const ALERT_RULES = ["agent_silent", "sync_overdue", "rejected_share", "dead_letters", "first_load_stalled"] as const;
export type AlertRule = (typeof ALERT_RULES)[number];
export type ConditionCode = AlertRule | "agent_offline" | "pims_unreachable" | "no_changes";
type Severity = "warning" | "error";

export type Condition = {
  code: ConditionCode;
  severity: Severity;
  /** One sentence for staff: what is wrong, with the figure that makes it so. */
  text: string;
  /** Only the technical contact can fix it (with the partner): they are emailed too. */
  technicalMustAct: boolean;
};

export type HealthState = "healthy" | "warning" | "failing";
export type Health = { state: HealthState; conditions: Condition[] };

export const HEALTH_STATES: readonly HealthState[] = ["healthy", "warning", "failing"];
export const HEALTH_LABELS: Record<HealthState, string> = { healthy: "Healthy", warning: "Warning", failing: "Failing" };

/** Alerts whose fix needs the practice's technical contact (a session with the partner). */
export const TECHNICAL_RULES: ReadonlySet<AlertRule> = new Set(["agent_silent", "first_load_stalled"]);

export const ALERT_TITLES: Record<AlertRule, string> = {
  agent_silent: "Sync agent silent",
  sync_overdue: "No sync within the promised window",
  rejected_share: "Many records rejected",
  dead_letters: "Writeback lines in the dead letter",
  first_load_stalled: "First load stalled",
};

export function isAlertRule(code: ConditionCode): code is AlertRule {
  return (ALERT_RULES as readonly string[]).includes(code);
}

const ago = (ms: number) => formatDuration(Math.max(ms, MINUTE));

/** The last sign of life of the agent: a heartbeat or a batch that carried records. */
function lastContactAt(facts: HealthFacts): Date | null {
  const times = [facts.lastHeartbeatAt, facts.lastSyncAt].filter((d): d is Date => d !== null);
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
}

function conditionsOf(facts: HealthFacts, now: Date, t: Thresholds): Condition[] {
  const found: Condition[] = [];
  const at = now.getTime();
  const add = (code: ConditionCode, severity: Severity, text: string, technicalMustAct = false) =>
    found.push({ code, severity, text, technicalMustAct });

  const contact = lastContactAt(facts);
  const silentMs = contact ? at - contact.getTime() : Infinity;
  if (silentMs > t.agentSilentHours * HOUR) {
    add(
      "agent_silent",
      "error",
      contact
        ? `The agent has been silent for ${ago(silentMs)} (alert after ${t.agentSilentHours} h).`
        : "The agent has never reported.",
      true,
    );
  } else if (!facts.lastHeartbeatAt || at - facts.lastHeartbeatAt.getTime() > t.agentOfflineMinutes * MINUTE) {
    // Batches still arriving mean the agent runs and only its status reports are missing.
    const stillSending = facts.lastSyncAt !== null && at - facts.lastSyncAt.getTime() <= t.agentOfflineMinutes * MINUTE;
    const heartbeat = facts.lastHeartbeatAt
      ? `No heartbeat for ${ago(at - facts.lastHeartbeatAt.getTime())}`
      : "The agent has not sent a heartbeat yet";
    add(
      "agent_offline",
      "warning",
      stillSending
        ? `${heartbeat}, though records still arrive (last batch ${ago(at - facts.lastSyncAt!.getTime())} ago).`
        : `${heartbeat}.`,
    );
  }
  if (facts.pimsReachable === false) add("pims_unreachable", "error", "The agent reports that it cannot reach the PIMS.", true);

  if (!facts.firstLoadCompletedAt) {
    const last = facts.firstLoadLastBatchAt;
    if (last && at - last.getTime() > t.firstLoadStallHours * HOUR) {
      add(
        "first_load_stalled",
        "error",
        `The first load has had no new batch for ${ago(at - last.getTime())} (stalled after ${t.firstLoadStallHours} h).`,
        true,
      );
    }
  } else if (facts.lastSyncAt) {
    const sinceSync = at - facts.lastSyncAt.getTime();
    if (sinceSync > facts.syncWindowHours * HOUR) {
      add("sync_overdue", "error", `No sync for ${ago(sinceSync)}: the promised window is ${facts.syncWindowHours} h.`);
    } else if (sinceSync > t.failingHours * HOUR) {
      add("no_changes", "error", `No changes received for ${ago(sinceSync)} (failing after ${t.failingHours} h).`);
    } else if (sinceSync > t.warningHours * HOUR) {
      add("no_changes", "warning", `No changes received for ${ago(sinceSync)} (warning after ${t.warningHours} h).`);
    }
  }

  if (facts.dayReceived >= t.rejectedMinRecords && facts.dayRejected / facts.dayReceived > t.rejectedShare) {
    const share = (facts.dayRejected / facts.dayReceived) * 100;
    add(
      "rejected_share",
      "warning",
      `${facts.dayRejected} of ${facts.dayReceived} records (${share.toFixed(1)}%) were rejected in the last 24 h (threshold ${(t.rejectedShare * 100).toFixed(1)}%).`,
    );
  }
  if (facts.deadLetters > 0) {
    add(
      "dead_letters",
      "error",
      `${facts.deadLetters} writeback ${facts.deadLetters === 1 ? "line is" : "lines are"} in the dead letter and will not reach the PIMS without a retry.`,
    );
  }
  return found;
}

export function integrationHealth(facts: HealthFacts, now: Date, t: Thresholds): Health {
  const conditions = conditionsOf(facts, now, t);
  const state: HealthState = conditions.some((c) => c.severity === "error")
    ? "failing"
    : conditions.length
      ? "warning"
      : "healthy";
  return { state, conditions };
}
