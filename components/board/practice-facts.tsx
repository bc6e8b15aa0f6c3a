// The small facts the board cards and the table rows both show, so the two views always word
// a practice's clock, age and next step the same way.
import { ClockBadge } from "@/components/ui/badges";
import { clockState, describeTimeLeft, formatDuration } from "@/lib/onboarding/clock";
import { STATUS_INFO, type Status } from "@/lib/onboarding/journey";
import { ownerLabel } from "@/lib/onboarding/next-step";

/** How long the practice has been at its current step: "3 d", "5 h". */
export function timeInStatus(statusChangedAt: Date, now: Date): string {
  return formatDuration(Math.max(0, now.getTime() - statusChangedAt.getTime()));
}

/** The time-limit badge with the time left; nothing for steps without a limit. */
export function PracticeClock({ dueAt, now }: { dueAt: Date | null; now: Date }) {
  if (!dueAt) return null;
  return <ClockBadge state={clockState(dueAt, now)} detail={describeTimeLeft(dueAt, now)} />;
}

/** "Integration partner (IDEXX) · Email the primary contact…": who acts next and what they do. */
export function NextStep({ status, partnerName }: { status: Status; partnerName: string }) {
  const who = ownerLabel(STATUS_INFO[status].owner, partnerName);
  return (
    <>
      {who && <span className="font-semibold text-slate-800">{who}: </span>}
      <span>{STATUS_INFO[status].nextAction}</span>
    </>
  );
}

export function ownerName(owner: { name: string | null; email: string } | null): string {
  return owner ? (owner.name ?? owner.email) : "Unassigned";
}
