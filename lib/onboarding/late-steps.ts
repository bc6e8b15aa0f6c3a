// The timer job's work: find practices past their step's time limit and email the staff owner
// once per breach. `lateNotifiedDueAt` remembers which deadline was reported, so a later
// breach of a new step (new dueAt) is reported again, and re-runs report nothing twice.
import { db } from "@/lib/db/client";
import { staffEmails } from "./emails";
import { addJourneyEvent } from "./journey-events";
import { sendJourneyEmail } from "./send-email";
import { isTimed, STATUS_INFO, STATUSES, timeLimitLabel } from "./journey";

export async function notifyLateSteps(now = new Date()) {
  const late = await db.practice.findMany({
    where: { dueAt: { lt: now }, status: { in: STATUSES.filter(isTimed) } },
    select: { id: true, dueAt: true, lateNotifiedDueAt: true },
    take: 500,
  });
  let notified = 0;
  for (const candidate of late) {
    if (candidate.lateNotifiedDueAt?.getTime() === candidate.dueAt!.getTime()) continue;
    const sent = await db.$transaction(async (tx) => {
      // Claim the breach first: only one worker wins it even when several run the job.
      const claimed = await tx.practice.updateMany({
        where: {
          id: candidate.id,
          dueAt: candidate.dueAt,
          OR: [{ lateNotifiedDueAt: null }, { lateNotifiedDueAt: { not: candidate.dueAt! } }],
        },
        data: { lateNotifiedDueAt: candidate.dueAt },
      });
      if (claimed.count === 0) return false;
      const p = await tx.practice.findUniqueOrThrow({ where: { id: candidate.id }, include: { owner: true } });
      const info = STATUS_INFO[p.status];
      // fromStatus says which step was late: the analytics' on-time rates count these events.
      await addJourneyEvent(tx, {
        practiceId: p.id,
        kind: "time_limit",
        action: "late",
        actor: { label: "PIMS Link" },
        fromStatus: p.status,
        note: `Time limit passed for "${info.label}" (${timeLimitLabel(p.status)})`,
      });
      if (p.owner) {
        await sendJourneyEmail(tx, p, "late", p.owner, staffEmails.late(p, p.owner, info.label, p.dueAt!, info.nextAction), {
          audience: "staff",
        });
      }
      return true;
    });
    if (sent) notified++;
  }
  return notified;
}
