// Re-sync on demand: staff ask for a full reload or the changes since a date; the heartbeat's
// answer carries the request (so the agent learns it without another connection) until the
// agent's batches complete it (./reload.ts). One open request per practice.
import { db } from "@/lib/db/client";
import { addJourneyEvent, eventActor } from "@/lib/onboarding/journey-events";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import type { ResyncInstruction, ResyncRequestInput } from "./schemas";

export async function requestResync(
  actor: Actor & { kind: "user" },
  practiceId: string,
  input: ResyncRequestInput,
  now = new Date(),
) {
  assertCan(actor, "integrations:resync");
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({
      where: { id: practiceId },
      select: { status: true, firstLoadCompletedAt: true },
    });
    if (practice.status !== "LIVE" || !practice.firstLoadCompletedAt)
      throw new UserFacingError("A re-sync can be asked once the practice is Live and its first load is complete.", "conflict");
    const open = await tx.resyncRequest.findFirst({ where: { practiceId, completedAt: null } });
    if (open) throw new UserFacingError("A re-sync is already waiting for the agent; it must finish first.", "conflict");
    const since = input.mode === "since" && input.since ? new Date(`${input.since}T00:00:00Z`) : null;
    const request = await tx.resyncRequest.create({
      data: { practiceId, mode: input.mode, since, requestedById: actor.id, requestedBy: actor.label, requestedAt: now },
    });
    await addJourneyEvent(tx, {
      practiceId,
      kind: "resync",
      action: "requested",
      actor: eventActor(actor),
      note: input.mode === "full" ? "Full reload asked of the agent" : `Changes since ${input.since} asked of the agent`,
    });
    return request;
  });
}

/** The heartbeat's `resync` field; the first delivery is recorded. */
export async function resyncForAgent(practiceId: string, now: Date): Promise<ResyncInstruction> {
  const open = await db.resyncRequest.findFirst({ where: { practiceId, completedAt: null } });
  if (!open) return null;
  if (!open.deliveredAt)
    await db.resyncRequest.updateMany({ where: { id: open.id, deliveredAt: null }, data: { deliveredAt: now } });
  return { id: open.id, mode: open.mode as "full" | "since", since: open.since ? open.since.toISOString().slice(0, 10) : null };
}

export async function listResyncRequests(practiceId: string) {
  return db.resyncRequest.findMany({ where: { practiceId }, orderBy: { requestedAt: "desc" }, take: 5 });
}

/** Clients and patients missing from the last full reload: marked, never deleted. */
export async function listMissingRecords(practiceId: string, take = 50) {
  const [clients, patients, clientCount, patientCount] = await Promise.all([
    db.pimsClient.findMany({
      where: { practiceId, missingSince: { not: null } },
      select: { pimsId: true, firstName: true, lastName: true, missingSince: true },
      orderBy: { pimsId: "asc" },
      take,
    }),
    db.pimsPatient.findMany({
      where: { practiceId, missingSince: { not: null } },
      select: { pimsId: true, name: true, clientPimsId: true, missingSince: true },
      orderBy: { pimsId: "asc" },
      take,
    }),
    db.pimsClient.count({ where: { practiceId, missingSince: { not: null } } }),
    db.pimsPatient.count({ where: { practiceId, missingSince: { not: null } } }),
  ]);
  return { clients, patients, clientCount, patientCount };
}
