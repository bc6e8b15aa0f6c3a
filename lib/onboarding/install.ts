// Steps 4 and 5: the technical contact books one of the partner's open install slots (and may
// move or cancel it with a reason); the partner marks the install done or failed. A slot holds
// one live booking at a time, enforced by a unique column, so two practices cannot take it.
import { TZDate } from "@date-fns/tz";
import { db, type Tx } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/outbox";
import { assertCan } from "@/lib/auth/practice-actor";
import { emails } from "./emails";
import { expectedFirstDataAt } from "./journey";
import { installInvite } from "./ics";
import { practiceParties, type PracticeParties } from "./recipients";
import { slotsSchema } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { transition } from "./transition";

/** Open slots of the practice's partner from now on, earliest first. */
export async function openSlots(partnerId: string, now = new Date(), take = 60) {
  return db.installSlot.findMany({
    where: { partnerId, startsAt: { gt: now }, appointments: { none: { activeSlotId: { not: null } } } },
    orderBy: { startsAt: "asc" },
    take,
  });
}

export async function activeAppointment(tx: Tx | typeof db, practiceId: string) {
  return tx.appointment.findFirst({
    where: { practiceId, status: "SCHEDULED", purpose: "install" },
    orderBy: { createdAt: "desc" },
  });
}

/** Books one of the partner's open slots: the install, or a reconnect session after go-live. */
export async function takeSlot(
  tx: Tx,
  practice: Pick<PracticeParties, "id" | "partnerId">,
  slotId: string,
  actor: Actor & { kind: "user" },
  purpose: "install" | "reconnect" = "install",
) {
  const slot = await tx.installSlot.findFirst({ where: { id: slotId, partnerId: practice.partnerId } });
  if (!slot)
    throw new UserFacingError("That appointment time does not exist.", "invalid", { slotId: ["Choose one of the listed times"] });
  if (slot.startsAt <= new Date())
    throw new UserFacingError("That appointment time has passed; choose another.", "invalid", {
      slotId: ["That time has passed"],
    });
  const taken = await tx.appointment.findUnique({ where: { activeSlotId: slotId } });
  if (taken)
    throw new UserFacingError("Someone just booked that time; choose another.", "conflict", {
      slotId: ["That time was just booked"],
    });
  return tx.appointment.create({
    data: {
      practiceId: practice.id,
      slotId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      bookedById: actor.id,
      activeSlotId: slotId,
      purpose,
    },
  });
}

async function emailInvite(
  tx: Tx,
  p: PracticeParties,
  appointment: { id: string; startsAt: Date; endsAt: Date },
  sequence: number,
  kind: "booked" | "rescheduled",
  actor: Actor,
) {
  const people = new Map<string, { name: string | null; email: string }>();
  for (const person of [p.technicalContact, p.primaryContact, ...p.partner.users]) if (person) people.set(person.email, person);
  for (const person of people.values()) {
    await enqueueEmail(tx, {
      practiceId: p.id,
      template: `install-${kind}`,
      to: person.email,
      content: emails.installBooked(p, person, appointment.startsAt, appointment.endsAt, kind),
      attachments: [
        installInvite({
          appointmentId: appointment.id,
          practiceName: p.name,
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
          sequence,
          attendee: person,
        }),
      ],
      actorLabel: actor.label,
    });
  }
}

export async function bookInstall(actor: Actor & { kind: "user" }, practiceId: string, slotId: string) {
  return db.$transaction(async (tx) => {
    await transition(tx, practiceId, "bookInstall", actor);
    const p = await practiceParties(tx, practiceId);
    const appointment = await takeSlot(tx, p, slotId, actor);
    await emailInvite(tx, p, appointment, 0, "booked", actor);
    return appointment;
  });
}

export async function rescheduleInstall(actor: Actor & { kind: "user" }, practiceId: string, slotId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const previous = await activeAppointment(tx, practiceId);
    await transition(tx, practiceId, "rescheduleInstall", actor, { reason });
    if (!previous) throw new UserFacingError("There is no appointment to move.", "conflict");
    if (previous.slotId === slotId)
      throw new UserFacingError("That is the current appointment; choose a different time.", "invalid", {
        slotId: ["Choose a different time"],
      });
    await tx.appointment.update({ where: { id: previous.id }, data: { status: "RESCHEDULED", reason, activeSlotId: null } });
    const p = await practiceParties(tx, practiceId);
    const appointment = await takeSlot(tx, p, slotId, actor);
    const moves = await tx.appointment.count({ where: { practiceId } });
    await emailInvite(tx, p, appointment, moves, "rescheduled", actor);
    // Withdraw the old calendar event, so the old time disappears from everyone's calendar.
    for (const person of [p.technicalContact, ...p.partner.users].filter(Boolean) as { name: string | null; email: string }[]) {
      await enqueueEmail(tx, {
        practiceId,
        template: "install-withdrawn",
        to: person.email,
        content: emails.installCancelled(p, person, previous.startsAt, `moved to a new time: ${reason}`, actor.label),
        attachments: [
          installInvite({
            appointmentId: previous.id,
            practiceName: p.name,
            startsAt: previous.startsAt,
            endsAt: previous.endsAt,
            sequence: 1,
            cancelled: true,
            attendee: person,
          }),
        ],
      });
    }
    return appointment;
  });
}

export async function cancelInstall(actor: Actor & { kind: "user" }, practiceId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const appointment = await activeAppointment(tx, practiceId);
    await transition(tx, practiceId, "cancelInstall", actor, { reason });
    if (!appointment) throw new UserFacingError("There is no appointment to cancel.", "conflict");
    await tx.appointment.update({ where: { id: appointment.id }, data: { status: "CANCELLED", reason, activeSlotId: null } });
    const p = await practiceParties(tx, practiceId);
    for (const person of [p.technicalContact, p.primaryContact, ...p.partner.users].filter(Boolean) as {
      name: string | null;
      email: string;
    }[]) {
      await enqueueEmail(tx, {
        practiceId,
        template: "install-cancelled",
        to: person.email,
        content: emails.installCancelled(p, person, appointment.startsAt, reason, actor.label),
        attachments: [
          installInvite({
            appointmentId: appointment.id,
            practiceName: p.name,
            startsAt: appointment.startsAt,
            endsAt: appointment.endsAt,
            sequence: 1,
            cancelled: true,
            attendee: person,
          }),
        ],
      });
    }
  });
}

export async function markInstalled(actor: Actor, practiceId: string) {
  return db.$transaction(async (tx) => {
    const appointment = await activeAppointment(tx, practiceId);
    const now = new Date();
    await transition(tx, practiceId, "markInstalled", actor, { now });
    if (appointment) await tx.appointment.update({ where: { id: appointment.id }, data: { status: "DONE", activeSlotId: null } });
    const p = await practiceParties(tx, practiceId);
    const expected = expectedFirstDataAt(now, p.approxClients);
    for (const person of [p.primaryContact, p.technicalContact, p.owner].filter(Boolean) as {
      name: string | null;
      email: string;
    }[]) {
      await enqueueEmail(tx, {
        practiceId,
        template: "installed",
        to: person.email,
        content: emails.installed(p, person, expected),
        actorLabel: actor.label,
      });
    }
  });
}

export async function markInstallFailed(actor: Actor, practiceId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const appointment = await activeAppointment(tx, practiceId);
    await transition(tx, practiceId, "markInstallFailed", actor, { reason });
    if (appointment)
      await tx.appointment.update({ where: { id: appointment.id }, data: { status: "FAILED", reason, activeSlotId: null } });
    const p = await practiceParties(tx, practiceId);
    for (const person of [p.technicalContact, p.primaryContact, p.owner].filter(Boolean) as {
      name: string | null;
      email: string;
    }[]) {
      await enqueueEmail(tx, {
        practiceId,
        template: "install-failed",
        to: person.email,
        content: emails.installFailed(p, person, reason),
        actorLabel: actor.label,
      });
    }
  });
}

/** Partner publishes `count` back-to-back slots starting at a local date and time. */
export async function createSlots(actor: Actor & { kind: "user" }, partnerId: string, raw: unknown) {
  assertCan(actor, "install-slots:manage");
  const input = slotsSchema.parse(raw);
  const [y, m, d] = input.date.split("-").map(Number);
  const [hh, mm] = input.startTime.split(":").map(Number);
  // The partner types a local time; TZDate turns it into the right instant, DST included.
  const first = new TZDate(y, m - 1, d, hh, mm, 0, input.timeZone);
  if (Number.isNaN(first.getTime()))
    throw new UserFacingError("That date or time does not exist.", "invalid", { date: ["Check the date"] });
  if (first.getTime() < Date.now())
    throw new UserFacingError("Slots must be in the future.", "invalid", { date: ["Choose a future date"] });
  const rows = Array.from({ length: input.count }, (_, i) => {
    const startsAt = new Date(first.getTime() + i * input.minutes * 60_000);
    return { partnerId, startsAt, endsAt: new Date(startsAt.getTime() + input.minutes * 60_000) };
  });
  const created = await db.installSlot.createMany({ data: rows, skipDuplicates: true });
  return { created: created.count, skipped: rows.length - created.count };
}
