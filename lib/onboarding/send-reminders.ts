// Sends reminders: the timer job's automatic ones (the schedule in reminders.ts) and the ones
// staff send by hand from the board table. Each reminder is an email and a "reminder" event on
// the timeline; an automatic one is claimed first (reminderCount moves on only if it is still
// what was read), so two workers never send the same reminder.
import { db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/practice-actor";
import { UserFacingError } from "@/lib/errors";
import { practiceEmails, staffEmails, type Person } from "./emails";
import { STATUS_INFO } from "./journey";
import { addJourneyEvent, eventActor } from "./journey-events";
import { practiceParties, type PracticeParties } from "./recipients";
import { dueReminder, manualReminderTarget, REMINDERS, type ReminderTarget } from "./reminders";
import { sendJourneyEmail } from "./send-email";
import { SYSTEM, type Actor } from "@/lib/auth/actor";

async function sendReminder(tx: Tx, p: PracticeParties, to: ReminderTarget, actor: Actor, number: number) {
  let person: Person | null = null;
  if (to === "primary" && p.primaryContact) {
    person = p.primaryContact;
    await sendJourneyEmail(tx, p, "reminder-details", person, practiceEmails.invitedReminder(p, person, p.dueAt, number), {
      actor,
    });
  } else if (to === "technical" && p.technicalContact) {
    person = p.technicalContact;
    await sendJourneyEmail(tx, p, "reminder-booking", person, practiceEmails.bookingReminder(p, person, p.dueAt), { actor });
  } else if (to === "owner" && p.owner) {
    person = p.owner;
    const waitedOn = p.status === "INVITED" ? p.primaryContact : p.technicalContact;
    await sendJourneyEmail(
      tx,
      p,
      "reminder-escalation",
      person,
      staffEmails.reminderEscalation(p, person, STATUS_INFO[p.status].label, waitedOn, number - 1),
      { actor, audience: "staff" },
    );
  }
  await addJourneyEvent(tx, {
    practiceId: p.id,
    kind: "reminder",
    action: to === "owner" ? "escalation" : `reminder-${to}`,
    actor: eventActor(actor),
    fromStatus: p.status,
    note: person
      ? `${to === "owner" ? "Escalated to the staff owner" : "Reminder"} sent to ${person.name ?? person.email}`
      : `No ${to} contact to remind`,
  });
  return person !== null;
}

/** A reminder sent by staff now, whatever the schedule says; refused for a step that waits on nobody at the practice. */
export async function sendManualReminder(actor: Actor, practiceId: string) {
  assertCan(actor, "practice:remind");
  return db.$transaction(async (tx) => {
    const p = await practiceParties(tx, practiceId);
    const target = manualReminderTarget(p.status);
    if (!target)
      throw new UserFacingError(
        `Nothing to remind: ${p.name} is ${STATUS_INFO[p.status].label.toLowerCase()}, which does not wait on the practice.`,
        "conflict",
      );
    if (!(await sendReminder(tx, p, target, actor, p.reminderCount + 1)))
      throw new UserFacingError(`${p.name} has no ${target} contact to remind.`, "conflict");
    await tx.practice.update({ where: { id: practiceId }, data: { lastReminderAt: new Date() } });
  });
}

/** The timer job's pass: every reminder due at `now`, at most one per practice. Returns how many were sent. */
export async function sendDueReminders(now = new Date()) {
  const candidates = await db.practice.findMany({
    where: { status: { in: Object.keys(REMINDERS) as (keyof typeof REMINDERS)[] } },
    select: { id: true, status: true, statusChangedAt: true, reminderCount: true, timeZone: true },
    take: 2000,
  });
  let sent = 0;
  for (const candidate of candidates) {
    const due = dueReminder(candidate, now);
    if (!due) continue;
    const done = await db.$transaction(async (tx) => {
      const claimed = await tx.practice.updateMany({
        where: {
          id: candidate.id,
          status: candidate.status,
          statusChangedAt: candidate.statusChangedAt,
          reminderCount: candidate.reminderCount,
        },
        data: { reminderCount: due.index + 1, lastReminderAt: now },
      });
      if (claimed.count === 0) return false;
      const p = await practiceParties(tx, candidate.id);
      await sendReminder(tx, p, due.rule.to, { ...SYSTEM, label: "PIMS Link (automatic reminder)" }, due.index + 1);
      return true;
    });
    if (done) sent++;
  }
  return sent;
}
