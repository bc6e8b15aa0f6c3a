// What a Live practice's own users (primary and technical contacts) see of their integration:
// its health, the last data that arrived, the shipped prescriptions posted to their PIMS and
// their state, an open reconnect case, and whom to contact. Scoped to one practice by id; the
// page checks the user's access first.
import "server-only";
import { db } from "@/lib/db/client";
import { practiceHealth } from "./practice-health";

export const WRITEBACK_WORDS: Record<string, string> = {
  WRITTEN: "In your PIMS record",
  PENDING: "Queued for the agent",
  LEASED: "Being written by the agent",
  WAITING_LINK: "Waiting: pet not linked to a PIMS patient yet",
  DEAD: "Failed: the pharmacy team is on it",
  NOT_ELIGIBLE: "Not written back (not eligible)",
};

export async function getPracticeIntegration(practiceId: string, now: Date) {
  const [live, lastBatch, writebacks, byStatus, reconnect] = await Promise.all([
    practiceHealth(practiceId, now),
    db.syncBatch.findFirst({
      where: { practiceId },
      orderBy: { receivedAt: "desc" },
      select: { receivedAt: true, mode: true, status: true, received: true, applied: true, rejected: true, pendingChanges: true },
    }),
    db.writebackItem.findMany({
      where: { practiceId },
      orderBy: { shippedAt: "desc" },
      take: 15,
      select: {
        id: true,
        status: true,
        text: true,
        shippedAt: true,
        writtenAt: true,
        idempotencyKey: true,
        orderLine: { select: { product: true } },
      },
    }),
    db.writebackItem.groupBy({ by: ["status"], where: { practiceId }, _count: { _all: true } }),
    db.reconnectCase.findFirst({ where: { practiceId, closedAt: null } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<string, number>;
  return { live, lastBatch, writebacks, counts, reconnect };
}
