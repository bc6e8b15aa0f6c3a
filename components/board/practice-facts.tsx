// The small facts the board cards and the table rows both show, so the two views always word
// a practice's clock, age and next step the same way.
import { ClockBadge } from "@/components/ui/badges";
import { clockState, describeTimeLeft } from "@/lib/format/deadline";
import { formatDuration } from "@/lib/format/dates";
import { STATUS_INFO, type Status } from "@/lib/onboarding/journey";
import { ownerLabel } from "@/lib/onboarding/next-step";

/** How long the practice has been at its current step: "3 d", "5 h". */
export function timeInStatus(statusChangedAt: Date, now: Date): string {
  return formatDuration(Math.max(0, now.getTime() - statusChangedAt.getTime()));
}

/** The time-limit badge with the time left ("Late · 1 d 2 h over"); nothing without a limit. */
export function PracticeClock({ dueAt, now }: { dueAt: Date | null; now: Date }) {
  if (!dueAt) return null;
  const state = clockState(dueAt, now);
  // The badge already says "Late"; "Late · late by 3 h" would say it twice.
  const detail = state === "late" ? `${formatDuration(now.getTime() - dueAt.getTime())} over` : describeTimeLeft(dueAt, now);
  return <ClockBadge state={state} detail={detail} />;
}

/** "Next: IDEXX DataPoint — Email the primary contact…": who acts next and what they do. */
export function NextStep({ status, partnerName }: { status: Status; partnerName: string }) {
  const who = ownerLabel(STATUS_INFO[status].owner, partnerName);
  const action = STATUS_INFO[status].nextAction;
  if (!who) return <>{action}</>;
  return (
    <>
      <span className="font-semibold text-slate-800">Next: {who}</span> — {action}
    </>
  );
}

export function ownerName(owner: { name: string | null; email: string } | null): string {
  return owner ? (owner.name ?? owner.email) : "Unassigned";
}
