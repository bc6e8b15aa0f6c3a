// Steps 4 and 5: the technical contact books one of the partner's open install slots (and may
// move or cancel it with a reason); the partner marks the install done or failed. A slot holds
// one live booking at a time, enforced by a unique column, so two practices cannot take it.
import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { db, type Tx } from "@/lib/db/client";
import type { Appointment } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import { practiceEmails, staffEmails, type Person } from "./emails";
import { expectedFirstDataAt } from "./journey";
import { sendInstallNotices } from "./install-notices";
import { sendJourneyEmail } from "./send-email";
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

/**
 * Books one of the partner's open slots: the install, or a reconnect session after go-live. An
 * install carries its calendar identity: a new UID, or the moved appointment's with a higher SEQUENCE.
 */
export async function takeSlot(
  tx: Tx,
  practice: Pick<PracticeParties, "id" | "partnerId">,
  slotId: string,
  actor: Actor & { kind: "user" },
  opts: { purpose?: "install" | "reconnect"; calendar?: { uid: string; sequence: number } } = {},
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
      purpose: opts.purpose ?? "install",
      ...(opts.calendar ? { calendarUid: opts.calendar.uid, calendarSequence: opts.calendar.sequence } : {}),
    },
  });
}

export async function bookInstall(actor: Actor & { kind: "user" }, practiceId: string, slotId: string) {
  return db.$transaction(async (tx) => {
    await transition(tx, practiceId, "bookInstall", actor);
    const p = await practiceParties(tx, practiceId);
    const appointment = await takeSlot(tx, p, slotId, actor, { calendar: { uid: randomUUID(), sequence: 0 } });
    await sendInstallNotices(tx, p, appointment, { kind: "booked" }, actor);
    return appointment;
  });
}

/** Moves the appointment: the new row keeps the calendar UID with the next SEQUENCE. */
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
    const appointment = await takeSlot(tx, p, slotId, actor, {
      calendar: { uid: previous.calendarUid, sequence: previous.calendarSequence + 1 },
    });
    await sendInstallNotices(tx, p, appointment, { kind: "moved" }, actor);
    return appointment;
  });
}

/** Ends the active appointment (cancelled or failed): a CANCEL with the next SEQUENCE to every attendee. */
async function withdrawAppointment(tx: Tx, appointment: Appointment, status: "CANCELLED" | "FAILED", reason: string) {
  return tx.appointment.update({
    where: { id: appointment.id },
    data: { status, reason, activeSlotId: null, calendarSequence: appointment.calendarSequence + 1 },
  });
}

export async function cancelInstall(actor: Actor & { kind: "user" }, practiceId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const appointment = await activeAppointment(tx, practiceId);
    await transition(tx, practiceId, "cancelInstall", actor, { reason });
    if (!appointment) throw new UserFacingError("There is no appointment to cancel.", "conflict");
    const withdrawn = await withdrawAppointment(tx, appointment, "CANCELLED", reason);
    const p = await practiceParties(tx, practiceId);
    await sendInstallNotices(tx, p, withdrawn, { kind: "cancelled", reason }, actor);
  });
}

/**
 * Marking an install done or failed before its appointment has started needs a confirmation
 * with a reason (the partner may have connected early, or the practice called it off); the
 * reason goes on the timeline. Returns the note for the transition, or throws asking for it.
 */
function earlyMarkNote(
  appointment: { startsAt: Date } | null,
  now: Date,
  earlyReason: string | null | undefined,
  what: string,
): string | null {
  if (!appointment || appointment.startsAt <= now) return null;
  const reason = earlyReason?.trim();
  if (!reason) {
    throw new UserFacingError(
      `The appointment has not started yet. To mark the install ${what} anyway, confirm and say why.`,
      "conflict",
      { earlyReason: ["Say why the install is marked before its appointment"] },
    );
  }
  return `marked before the appointment of ${appointment.startsAt.toISOString()}: ${reason}`;
}

export async function markInstalled(actor: Actor, practiceId: string, opts: { earlyReason?: string | null } = {}) {
  return db.$transaction(async (tx) => {
    const appointment = await activeAppointment(tx, practiceId);
    const now = new Date();
    const note = earlyMarkNote(appointment, now, opts.earlyReason, "done");
    await transition(tx, practiceId, "markInstalled", actor, { now, note });
    if (appointment) await tx.appointment.update({ where: { id: appointment.id }, data: { status: "DONE", activeSlotId: null } });
    const p = await practiceParties(tx, practiceId);
    const expected = expectedFirstDataAt(now, p.approxClients);
    const practicePeople = new Map<string, Person>();
    for (const person of [p.primaryContact, p.technicalContact]) if (person) practicePeople.set(person.email, person);
    for (const person of practicePeople.values())
      await sendJourneyEmail(tx, p, "installed", person, practiceEmails.installed(p, person, expected), { actor });
    if (p.owner)
      await sendJourneyEmail(tx, p, "installed-staff", p.owner, staffEmails.installed(p, p.owner, expected), {
        actor,
        audience: "staff",
      });
  });
}

export async function markInstallFailed(
  actor: Actor,
  practiceId: string,
  reason: string,
  opts: { earlyReason?: string | null } = {},
) {
  return db.$transaction(async (tx) => {
    const appointment = await activeAppointment(tx, practiceId);
    const note = earlyMarkNote(appointment, new Date(), opts.earlyReason, "failed");
    await transition(tx, practiceId, "markInstallFailed", actor, { reason, note });
    const p = await practiceParties(tx, practiceId);
    if (appointment) {
      const withdrawn = await withdrawAppointment(tx, appointment, "FAILED", reason);
      await sendInstallNotices(tx, p, withdrawn, { kind: "failed", reason }, actor);
      return;
    }
    // No appointment on record (marked by hand): nothing to withdraw from calendars.
    for (const person of [p.technicalContact, p.primaryContact].filter((x): x is NonNullable<typeof x> => Boolean(x))) {
      const role = person.email === p.technicalContact?.email ? "technical" : "primary";
      await sendJourneyEmail(tx, p, "install-failed", person, practiceEmails.installFailed(p, person, role, null, reason), {
        actor,
      });
    }
    if (p.owner)
      await sendJourneyEmail(tx, p, "install-failed-staff", p.owner, staffEmails.installFailed(p, p.owner, reason, actor.label), {
        actor,
        audience: "staff",
      });
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
