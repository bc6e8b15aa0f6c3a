// What an install booking, move, cancel or failure tells whom: one invite (same UID, rising
// SEQUENCE) to every attendee, each with the email written for their part, and a short note to
// the staff owner. A move sends only the moved invite: the calendar event moves, no "cancelled".
import type { Tx } from "@/lib/db/client";
import { config } from "@/lib/config";
import { partnerEmails, practiceEmails, staffEmails } from "./emails";
import { calendarUidFor, installInvite, inviteAttendees, type InvitePerson } from "./ics";
import type { PracticeParties } from "./recipients";
import { sendJourneyEmail } from "./send-email";
import type { Actor } from "@/lib/auth/actor";

type Request = { kind: "booked" | "moved" };
type Withdrawal = { kind: "cancelled" | "failed"; reason: string };
export type InstallNotice = Request | Withdrawal;
const isRequest = (notice: InstallNotice): notice is Request => notice.kind === "booked" || notice.kind === "moved";

type CalendarAppointment = { calendarUid: string; calendarSequence: number; startsAt: Date; endsAt: Date };

function organizer() {
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
  return { name: `${config.pharmacyName} onboarding team`, email: address };
}

export async function sendInstallNotices(
  tx: Tx,
  p: PracticeParties,
  appointment: CalendarAppointment,
  notice: InstallNotice,
  actor: Actor,
) {
  const invite = {
    uid: calendarUidFor(appointment.calendarUid),
    sequence: appointment.calendarSequence,
    method: isRequest(notice) ? ("REQUEST" as const) : ("CANCEL" as const),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    practice: p,
    partnerName: p.partner.name,
    organizer: organizer(),
    primary: p.primaryContact,
    technical: p.technicalContact,
    partnerUsers: p.partner.users.map((u) => ({ ...u, phone: null })),
  };
  const attachments = [installInvite(invite)];
  const template = `install-${notice.kind}`;
  const partnerEmailsSet = new Set(p.partner.users.map((u) => u.email.toLowerCase()));
  for (const person of inviteAttendees(invite)) {
    const content = partnerEmailsSet.has(person.email.toLowerCase())
      ? forPartner(p, person, appointment, notice, actor)
      : forPractice(p, person, appointment, notice, actor);
    await sendJourneyEmail(tx, p, template, person, content, { actor, attachments });
  }
  if (p.owner) {
    const content = isRequest(notice)
      ? staffEmails.installBooked(p, p.owner, appointment, notice.kind, actor.label)
      : notice.kind === "cancelled"
        ? staffEmails.installCancelled(p, p.owner, appointment.startsAt, notice.reason, actor.label)
        : staffEmails.installFailed(p, p.owner, notice.reason, actor.label);
    await sendJourneyEmail(tx, p, `${template}-staff`, p.owner, content, { actor, audience: "staff" });
  }
}

function forPractice(
  p: PracticeParties,
  person: InvitePerson,
  appointment: CalendarAppointment,
  notice: InstallNotice,
  actor: Actor,
) {
  const role = p.technicalContact?.email.toLowerCase() === person.email.toLowerCase() ? "technical" : "primary";
  if (isRequest(notice)) return practiceEmails.installBooked(p, person, role, appointment, notice.kind, p.technicalContact);
  if (notice.kind === "cancelled")
    return practiceEmails.installCancelled(p, person, role, appointment.startsAt, notice.reason, actor.label);
  return practiceEmails.installFailed(p, person, role, appointment.startsAt, notice.reason);
}

function forPartner(
  p: PracticeParties,
  person: InvitePerson,
  appointment: CalendarAppointment,
  notice: InstallNotice,
  actor: Actor,
) {
  if (isRequest(notice)) return partnerEmails.installBooked(p, person, appointment, notice.kind, p.technicalContact);
  if (notice.kind === "cancelled")
    return partnerEmails.installCancelled(p, person, appointment.startsAt, notice.reason, actor.label);
  return partnerEmails.installFailed(p, person, appointment.startsAt, notice.reason);
}
