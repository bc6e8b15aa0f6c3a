// Reconnect cases (the source page: the partner "cannot connect or reconnect to your server
// without assistance from the technical contact"). A silent agent opens a case; the technical
// contact books a reconnect session from the partner's install slots; the partner sees it in
// its request queue; the next heartbeat closes the case. The practice stays Live throughout.
import { addJourneyEvent } from "@/lib/onboarding/journey-events";
import { db, type Tx } from "@/lib/db/client";

/** Opens the practice's case unless one is open (one open case per practice, by index). */
export async function openReconnectCase(tx: Tx, practiceId: string, alertId: string, now: Date): Promise<boolean> {
  const open = await tx.reconnectCase.findFirst({ where: { practiceId, closedAt: null }, select: { id: true } });
  if (open) return false;
  await tx.reconnectCase.create({ data: { practiceId, alertId, openedAt: now } });
  await addJourneyEvent(tx, {
    practiceId,
    kind: "reconnect",
    action: "opened",
    actor: { label: "PIMS Link" },
    note: "Reconnect case opened: the technical contact is asked to book a session with the partner",
    createdAt: now,
  });
  return true;
}

/**
 * Closes the open case (if any) because the agent reported again; the reconnect session it
 * booked is done. Called by the heartbeat and by the alert job when the silence clears.
 */
export async function closeReconnectCase(tx: Tx, practiceId: string, now: Date, reason: string): Promise<boolean> {
  const open = await tx.reconnectCase.findFirst({ where: { practiceId, closedAt: null } });
  if (!open) return false;
  const closed = await tx.reconnectCase.updateMany({
    where: { id: open.id, closedAt: null },
    data: { closedAt: now, closedReason: reason },
  });
  if (closed.count === 0) return false;
  if (open.appointmentId) {
    await tx.appointment.updateMany({
      where: { id: open.appointmentId, status: "SCHEDULED" },
      data: { status: "DONE", activeSlotId: null },
    });
  }
  await addJourneyEvent(tx, {
    practiceId,
    kind: "reconnect",
    action: "closed",
    actor: { label: "sync agent" },
    note: `Reconnect case closed: ${reason}`,
    createdAt: now,
  });
  return true;
}

/** The heartbeat's hook: a cheap check first, so a healthy agent's heartbeat costs one read. */
export async function closeReconnectOnHeartbeat(practiceId: string, now: Date): Promise<boolean> {
  const open = await db.reconnectCase.findFirst({ where: { practiceId, closedAt: null }, select: { id: true } });
  if (!open) return false;
  return db.$transaction((tx) => closeReconnectCase(tx, practiceId, now, "the agent sent a heartbeat"));
}

export async function openReconnectCaseOf(practiceId: string) {
  return db.reconnectCase.findFirst({ where: { practiceId, closedAt: null } });
}
