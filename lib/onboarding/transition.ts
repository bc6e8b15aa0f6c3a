// Applies one journey transition inside a caller's transaction: checks it against the journey
// rules, moves the practice with an optimistic status check (a double submit or a race finds
// the status already changed and is refused, harmlessly), restarts the step's clock and writes
// the event. Emails are queued by the caller (lib/mail/outbox.ts enqueueEmail), in the same transaction.
import type { Tx } from "@/lib/db/client";
import type { Practice } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { type ActionName, checkTransition, dueAtFor, SIDE_STATES, type Status, TRANSITIONS } from "./journey";
import { addJourneyEvent, eventActor } from "./journey-events";
import { pauseClock, resumeClock } from "./step-clock";

type ClockFields = Pick<
  Practice,
  "statusChangedAt" | "dueAt" | "clockUsedSeconds" | "clockRemainingSeconds" | "holdSeconds" | "lateNotifiedDueAt"
>;

/**
 * The step clock across a hold (step-clock.ts): a hold keeps the time used and the deadline
 * distance; resume from the hold restores them (lateness included) and adds the hold to
 * holdSeconds. A late step already reported stays reported, so resume sends no second
 * "late" email for the same breach. Cancel and its resume start the step afresh.
 */
function clockAcrossHold(practice: ClockFields, from: Status, to: Status, now: Date): Partial<ClockFields> {
  if (to === "ON_HOLD" && !SIDE_STATES.includes(from)) return pauseClock(practice, now);
  if (from === "ON_HOLD" && !SIDE_STATES.includes(to) && practice.clockUsedSeconds !== null) {
    const paused = { clockUsedSeconds: practice.clockUsedSeconds, clockRemainingSeconds: practice.clockRemainingSeconds };
    const resumed = resumeClock(paused, practice.statusChangedAt, now);
    // Reported for this step: a late report dated after the step began (an earlier step's
    // report is dated before it, since that step was late before it ended).
    const stepBegan = practice.statusChangedAt.getTime() - paused.clockUsedSeconds * 1000;
    const reported =
      (paused.clockRemainingSeconds ?? 0) < 0 &&
      practice.lateNotifiedDueAt !== null &&
      practice.lateNotifiedDueAt.getTime() > stepBegan;
    return {
      statusChangedAt: resumed.statusChangedAt,
      dueAt: resumed.dueAt,
      holdSeconds: practice.holdSeconds + resumed.heldSeconds,
      clockUsedSeconds: null,
      clockRemainingSeconds: null,
      ...(reported ? { lateNotifiedDueAt: resumed.dueAt } : {}),
    };
  }
  if (from === "ON_HOLD" && to === "CANCELLED")
    return {
      holdSeconds: practice.holdSeconds + Math.round((now.getTime() - practice.statusChangedAt.getTime()) / 1000),
      clockUsedSeconds: null,
      clockRemainingSeconds: null,
    };
  return {};
}

export async function transition(
  tx: Tx,
  practiceId: string,
  action: ActionName,
  actor: Actor,
  opts: { reason?: string | null; note?: string | null; now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
  const check = checkTransition(
    action,
    { status: practice.status, resumeStatus: practice.resumeStatus },
    actor.kind === "system" ? { kind: "system" } : { kind: "user", roles: actor.roles },
    opts.reason,
  );
  if (!check.ok) throw new UserFacingError(check.message, check.code === "forbidden" ? "forbidden" : "conflict");

  const entersSideState = SIDE_STATES.includes(check.to);
  const restartsClock = check.from !== check.to || action === "rescheduleInstall";
  const moved = await tx.practice.updateMany({
    where: { id: practiceId, status: practice.status, statusChangedAt: practice.statusChangedAt },
    data: {
      status: check.to,
      statusChangedAt: restartsClock ? now : practice.statusChangedAt,
      dueAt: restartsClock ? dueAtFor(check.to, now, practice.timeZone) : practice.dueAt,
      resumeStatus: entersSideState ? (SIDE_STATES.includes(check.from) ? practice.resumeStatus : check.from) : null,
      sideReason: entersSideState ? opts.reason!.trim() : null,
      // A new step starts its reminders afresh; a hold and its resume keep the step's count.
      ...(restartsClock && check.to !== "ON_HOLD" && check.from !== "ON_HOLD" ? { reminderCount: 0 } : {}),
      ...clockAcrossHold(practice, check.from, check.to, now),
      ...(check.to === "INSTALLED" ? { installedAt: now } : {}),
      ...(check.to === "LIVE" ? { liveAt: now } : {}),
    },
  });
  if (moved.count !== 1) {
    throw new UserFacingError("Someone else changed this practice a moment ago. Reload to see its current step.", "conflict");
  }
  await addJourneyEvent(tx, {
    practiceId,
    kind: "transition",
    action,
    actor: eventActor(actor),
    fromStatus: check.from,
    toStatus: check.to,
    note: [TRANSITIONS[action].label, opts.reason?.trim(), opts.note].filter(Boolean).join(": "),
    createdAt: now,
  });
  return { from: check.from as Status, to: check.to as Status, practice: { ...practice, status: check.to } };
}
