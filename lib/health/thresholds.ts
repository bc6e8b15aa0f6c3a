// The numbers behind the health rule and the alerts, in one place, each overridable from the
// environment (README, Configuration). Read through zod so a mistyped value stops the process
// with its name instead of silently turning an alert off.
import { z } from "zod";

const hours = (fallback: number) =>
  z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(fallback);

const schema = z.object({
  /** No changes received for this long: warning (the sync monitor's "24 h without changes"). */
  HEALTH_WARNING_HOURS: hours(24),
  /** No changes received for this long: failing. */
  HEALTH_FAILING_HOURS: hours(48),
  /** An agent that has not sent a heartbeat for this long is "offline" (a warning). */
  AGENT_OFFLINE_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  /** An agent silent this long is failing; an alert and a reconnect case open. */
  ALERT_AGENT_SILENT_HOURS: hours(6),
  /** Share of records rejected over the last day above which an alert opens (0-1). */
  ALERT_REJECTED_SHARE: z.coerce.number().min(0).max(1).default(0.05),
  /** ...but only once the day brought at least this many records (a share of 1 of 3 means little). */
  ALERT_REJECTED_MIN_RECORDS: z.coerce.number().int().min(1).default(20),
  /** A first load with no new batch for this long has stalled. */
  ALERT_FIRST_LOAD_STALL_HOURS: hours(6),
  /** An open alert is emailed again at most this often. */
  ALERT_REPEAT_HOURS: hours(24),
});

export type Thresholds = {
  warningHours: number;
  failingHours: number;
  agentOfflineMinutes: number;
  agentSilentHours: number;
  rejectedShare: number;
  rejectedMinRecords: number;
  firstLoadStallHours: number;
  repeatHours: number;
};

export function thresholdsFrom(env: Record<string, string | undefined>): Thresholds {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.keys(schema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]])),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid health/alert setting: ${problems}`);
  }
  const v = parsed.data;
  return {
    warningHours: v.HEALTH_WARNING_HOURS,
    failingHours: Math.max(v.HEALTH_FAILING_HOURS, v.HEALTH_WARNING_HOURS),
    agentOfflineMinutes: v.AGENT_OFFLINE_MINUTES,
    agentSilentHours: v.ALERT_AGENT_SILENT_HOURS,
    rejectedShare: v.ALERT_REJECTED_SHARE,
    rejectedMinRecords: v.ALERT_REJECTED_MIN_RECORDS,
    firstLoadStallHours: v.ALERT_FIRST_LOAD_STALL_HOURS,
    repeatHours: v.ALERT_REPEAT_HOURS,
  };
}

let cached: Thresholds | undefined;
/** The process's thresholds, from its environment, read once. */
export function thresholds(): Thresholds {
  cached ??= thresholdsFrom(process.env);
  return cached;
}
