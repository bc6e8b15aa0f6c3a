// A practice's projected go-live: the time left in its current step plus the measured median of
// every step after it. Pure, so the board card, the practice page and the status page project
// the same date from the same medians. Steps with no measurements yet use the journey's own
// time limit, or a stated default.
import { MAIN_PATH, STATUS_INFO, type Status } from "@/lib/onboarding/journey";

const HOUR = 3_600_000;

/** Typical hours per step before anything is measured (the source page's promises where it has one). */
export const DEFAULT_STEP_HOURS: Record<Exclude<Status, "LIVE" | "ON_HOLD" | "CANCELLED">, number> = {
  DRAFT: 72,
  QUEUED: STATUS_INFO.QUEUED.timeLimitHours ?? 48,
  INVITED: 5 * 24,
  DETAILS_COMPLETE: STATUS_INFO.DETAILS_COMPLETE.timeLimitHours ?? 24,
  INSTALL_SCHEDULED: 5 * 24,
  INSTALLED: 7 * 24, // first data about a week after install
};
type TimedStatus = keyof typeof DEFAULT_STEP_HOURS;
export type StepMedians = Partial<Record<Status, number>>;

type PlannedStep = { status: Status; plannedStart: Date; plannedEnd: Date };
export type Projection =
  | { kind: "live"; liveAt: Date | null }
  | { kind: "paused"; reason: "on_hold" | "cancelled" }
  | { kind: "projected"; goLiveAt: Date; steps: PlannedStep[] };

const hoursFor = (status: TimedStatus, medians: StepMedians) => {
  const measured = medians[status];
  return measured && measured > 0 ? measured : DEFAULT_STEP_HOURS[status];
};

export function projectGoLive(
  practice: { status: Status; statusChangedAt: Date; liveAt?: Date | null },
  medians: StepMedians,
  now: Date,
): Projection {
  if (practice.status === "LIVE") return { kind: "live", liveAt: practice.liveAt ?? null };
  if (practice.status === "ON_HOLD") return { kind: "paused", reason: "on_hold" };
  if (practice.status === "CANCELLED") return { kind: "paused", reason: "cancelled" };
  const index = MAIN_PATH.indexOf(practice.status);
  const steps: PlannedStep[] = [];
  // The current step: its median from when it began, but never ending before now.
  const currentEnd = Math.max(
    now.getTime(),
    practice.statusChangedAt.getTime() + hoursFor(practice.status as TimedStatus, medians) * HOUR,
  );
  steps.push({ status: practice.status, plannedStart: practice.statusChangedAt, plannedEnd: new Date(currentEnd) });
  let cursor = currentEnd;
  for (const status of MAIN_PATH.slice(index + 1)) {
    if (status === "LIVE") break;
    const end = cursor + hoursFor(status as TimedStatus, medians) * HOUR;
    steps.push({ status, plannedStart: new Date(cursor), plannedEnd: new Date(end) });
    cursor = end;
  }
  return { kind: "projected", goLiveAt: new Date(cursor), steps };
}
