// Applies one journey transition inside a caller's transaction: checks it against the journey
// rules, moves the practice with an optimistic status check (a double submit or a race finds
// the status already changed and is refused, harmlessly), restarts the step's clock and writes
// the event. Emails are sent by the caller through notify.ts, in the same transaction.
import type { Tx } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import type { AppRole } from "@/lib/auth/permissions";
import { checkTransition, SIDE_STATES, type ActionName, type Status, TRANSITIONS } from "./journey";
import { dueAtFor } from "./clock";
import { addJourneyEvent, eventActor } from "./journey-events";

export type Actor =
  | { kind: "user"; id: string; label: string; roles: readonly AppRole[] }
  | { kind: "system"; label: string };

export const SYSTEM: Actor = { kind: "system", label: "PIMS Link" };

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
      dueAt: restartsClock ? dueAtFor(check.to, now) : practice.dueAt,
      resumeStatus: entersSideState ? (SIDE_STATES.includes(check.from) ? practice.resumeStatus : check.from) : null,
      sideReason: entersSideState ? opts.reason!.trim() : null,
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
