// The partner withdraws an install slot it published. Only a future slot that nobody has ever
// booked can go: a booked slot belongs to a practice's appointment, and a slot with an old
// (moved or cancelled) booking is the record of that appointment.
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";

/** True when the slot was deleted; false when it was already gone (a double submit). */
export async function deleteSlot(actor: Actor, partnerId: string, slotId: string, now = new Date()): Promise<boolean> {
  assertCan(actor, "install-slots:manage");
  try {
    // One statement: a booking that lands between a read and the delete cannot be lost.
    const deleted = await db.installSlot.deleteMany({
      where: { id: slotId, partnerId, startsAt: { gt: now }, appointments: { none: {} } },
    });
    if (deleted.count === 1) return true;
  } catch (error) {
    // The foreign key of an appointment committed meanwhile refuses the delete.
    if (!isForeignKeyViolation(error)) throw error;
  }
  const slot = await db.installSlot.findFirst({
    where: { id: slotId, partnerId },
    include: { appointments: { where: { activeSlotId: { not: null } }, include: { practice: { select: { name: true } } } } },
  });
  if (!slot) return false;
  const booking = slot.appointments[0];
  if (booking) throw new UserFacingError(`${booking.practice.name} has booked this slot, so it cannot be deleted.`, "conflict");
  if (slot.startsAt <= now) throw new UserFacingError("This slot has already started; past slots stay on record.", "conflict");
  throw new UserFacingError(
    "This slot was booked before (then moved or cancelled) and stays on record with that booking, so it cannot be deleted.",
    "conflict",
  );
}

// Through the pg driver adapter the violation arrives as a DriverAdapterError whose cause holds
// PostgreSQL's code (23001 RESTRICT, 23503 NO ACTION); without the adapter Prisma says P2003.
function isForeignKeyViolation(error: unknown) {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2003";
  const code = (error as { cause?: { originalCode?: string } } | null)?.cause?.originalCode;
  return code === "23001" || code === "23503";
}
