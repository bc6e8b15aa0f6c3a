// The technical contact books a reconnect session from the partner's open slots (the same slots
// and booking page as the install). The practice stays Live; the case stays open until the
// agent reports again (./cases.ts).
import { addJourneyEvent, eventActor } from "@/lib/onboarding/journey-events";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/outbox";
import { assertCan } from "@/lib/auth/practice-actor";
import { takeSlot } from "@/lib/onboarding/install";
import { practiceParties } from "@/lib/onboarding/recipients";
import type { Actor } from "@/lib/auth/actor";
import { reconnectBookedEmail } from "./emails";
import { reconnectInvite } from "./invite";

export async function bookReconnect(actor: Actor & { kind: "user" }, practiceId: string, slotId: string) {
  assertCan(actor, "reconnect:book");
  return db.$transaction(async (tx) => {
    const open = await tx.reconnectCase.findFirst({ where: { practiceId, closedAt: null } });
    if (!open) throw new UserFacingError("There is no reconnect to book: the sync agent is reporting.", "conflict");
    if (open.appointmentId) {
      const booked = await tx.appointment.findUnique({ where: { id: open.appointmentId } });
      if (booked?.status === "SCHEDULED") throw new UserFacingError("A reconnect session is already booked.", "conflict");
    }
    const p = await practiceParties(tx, practiceId);
    const appointment = await takeSlot(tx, p, slotId, actor, { purpose: "reconnect" });
    await tx.reconnectCase.update({ where: { id: open.id }, data: { appointmentId: appointment.id } });
    await addJourneyEvent(tx, {
      practiceId,
      kind: "reconnect",
      action: "booked",
      actor: eventActor(actor),
      note: "Reconnect session booked",
    });
    const people = new Map<string, { name: string | null; email: string; audience: "practice" | "partner" }>();
    if (p.technicalContact) people.set(p.technicalContact.email, { ...p.technicalContact, audience: "practice" });
    for (const u of p.partner.users) people.set(u.email, { ...u, audience: "partner" });
    for (const person of people.values()) {
      await enqueueEmail(tx, {
        practiceId,
        template: "reconnect-booked",
        to: person.email,
        content: reconnectBookedEmail(p, person, person.audience, appointment.startsAt, appointment.endsAt),
        attachments: [
          reconnectInvite({
            appointmentId: appointment.id,
            practiceName: p.name,
            startsAt: appointment.startsAt,
            endsAt: appointment.endsAt,
            sequence: 0,
            attendee: person,
          }),
        ],
        actorLabel: actor.label,
        actorId: actor.id,
      });
    }
    return appointment;
  });
}

/** Open reconnect cases of a partner's practices, for its request queue. */
export async function listReconnectRequests(partnerId: string) {
  const cases = await db.reconnectCase.findMany({
    where: { closedAt: null, practice: { partnerId } },
    include: {
      practice: {
        select: {
          id: true,
          name: true,
          city: true,
          state: true,
          timeZone: true,
          technicalContact: { select: { name: true, email: true, phone: true } },
        },
      },
    },
    orderBy: { openedAt: "asc" },
  });
  const ids = cases.map((c) => c.appointmentId).filter((id): id is string => id !== null);
  const appointments = new Map((await db.appointment.findMany({ where: { id: { in: ids } } })).map((a) => [a.id, a]));
  return cases.map((c) => ({ ...c, appointment: c.appointmentId ? (appointments.get(c.appointmentId) ?? null) : null }));
}
