// Planned and actual dates of the six steps, for the status page: a step's actual date is the
// last forward move into the status that ends it (a cancelled install reopens step 4, so its
// latest booking counts, while the move back to Details complete does not redo step 3); steps
// not done yet get the projection's planned end.
import { MAIN_PATH, STATUS_INFO, STEPS, type Status } from "@/lib/onboarding/journey";
import { projectGoLive, type StepMedians } from "./projection";

export type StepDate = { number: number; title: string; actualAt: Date | null; plannedAt: Date | null };

export function stepDates(
  practice: { status: Status; statusChangedAt: Date; resumeStatus: Status | null; liveAt: Date | null },
  entries: { fromStatus: Status | null; toStatus: Status | null; createdAt: Date }[],
  medians: StepMedians,
  now: Date,
): StepDate[] {
  const effective =
    practice.status === "ON_HOLD" || practice.status === "CANCELLED" ? (practice.resumeStatus ?? "DRAFT") : practice.status;
  const current = STATUS_INFO[effective].step;
  const lastEntry = new Map<Status, Date>();
  const forward = (e: (typeof entries)[number]) =>
    !e.fromStatus || (MAIN_PATH.includes(e.fromStatus) && MAIN_PATH.indexOf(e.fromStatus) < MAIN_PATH.indexOf(e.toStatus!));
  for (const e of entries) {
    if (e.toStatus && forward(e) && (lastEntry.get(e.toStatus)?.getTime() ?? 0) < e.createdAt.getTime())
      lastEntry.set(e.toStatus, e.createdAt);
  }
  const projection = projectGoLive(practice, medians, now);
  const planned = new Map<Status, Date>(
    projection.kind === "projected" ? projection.steps.map((s) => [s.status, s.plannedEnd]) : [],
  );
  return STEPS.map((step) => {
    const ending = MAIN_PATH[step.number]; // the status a step's completion enters
    const done = step.number < current;
    return {
      number: step.number,
      title: step.title,
      actualAt: done ? (lastEntry.get(ending) ?? null) : null,
      plannedAt: done ? null : (planned.get(MAIN_PATH[step.number - 1]) ?? null),
    };
  });
}
