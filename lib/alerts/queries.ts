// Reads of one practice's alerts and reconnect case, for its pages.
import "server-only";
import { db } from "@/lib/db/client";

export async function listPracticeAlerts(practiceId: string) {
  const [open, closed, reconnect] = await Promise.all([
    db.integrationAlert.findMany({ where: { practiceId, closedAt: null }, orderBy: { openedAt: "desc" } }),
    db.integrationAlert.findMany({ where: { practiceId, closedAt: { not: null } }, orderBy: { closedAt: "desc" }, take: 10 }),
    db.reconnectCase.findFirst({ where: { practiceId }, orderBy: { openedAt: "desc" } }),
  ]);
  const appointment = reconnect?.appointmentId
    ? await db.appointment.findUnique({ where: { id: reconnect.appointmentId } })
    : null;
  return { open, closed, reconnect, appointment };
}
export type PracticeAlerts = Awaited<ReturnType<typeof listPracticeAlerts>>;
