// The one way a practice's timeline gets an event row (table journey_events): typed kinds, one
// shape, written through Prisma (`addJourneyEvent`) or on a raw pg transaction
// (`addJourneyEventSql`) for the set-based code that holds a pg client.
import type { PoolClient } from "pg";
import type { Tx } from "@/lib/db/client";
import type { PracticeStatus } from "@/lib/generated/prisma/enums";

type JourneyEventKind =
  | "transition" // a journey step: from -> to status
  | "email" // an email queued to someone of the practice
  | "note" // a fact recorded on the way (practice created, information confirmed, EULA accepted)
  | "time_limit" // a step passed its time limit
  | "agent_key" // the sync agent's key issued, rotated or revoked
  | "home_delivery" // the home-delivery files uploaded
  | "alert" // an integration alert opened, repeated or closed (lib/alerts)
  | "reconnect" // a reconnect case opened, booked or closed (lib/reconnect)
  | "resync" // a re-sync asked of the agent, or received (lib/resync)
  | "edit" // staff changed a field of the practice (note: what, before, after)
  | "reminder"; // an automatic or manual reminder, or the escalation to the staff owner

/** Who acted: a person (id) or the system (no id), with the label the timeline shows. */
export type EventActor = { id?: string | null; label: string };

export type JourneyEventInput = {
  practiceId: string;
  kind: JourneyEventKind;
  action?: string | null;
  actor: EventActor;
  fromStatus?: PracticeStatus | null;
  toStatus?: PracticeStatus | null;
  note?: string | null;
  createdAt?: Date;
};

/** The actor of an event from an onboarding Actor (users carry an id, the system does not). */
export function eventActor(actor: { kind: "user"; id: string; label: string } | { kind: "system"; label: string }): EventActor {
  return { id: actor.kind === "user" ? actor.id : null, label: actor.label };
}

function row(e: JourneyEventInput) {
  return {
    practiceId: e.practiceId,
    kind: e.kind,
    action: e.action ?? null,
    actorId: e.actor.id ?? null,
    actorLabel: e.actor.label,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    note: e.note ?? null,
    ...(e.createdAt ? { createdAt: e.createdAt } : {}),
  };
}

export async function addJourneyEvent(tx: Pick<Tx, "journeyEvent">, event: JourneyEventInput) {
  return tx.journeyEvent.create({ data: row(event) });
}

/** The same on a raw pg transaction; the event is dated by the transaction (now()). */
export async function addJourneyEventSql(
  client: Pick<PoolClient, "query">,
  event: Omit<JourneyEventInput, "createdAt">,
): Promise<void> {
  const r = row(event);
  await client.query(
    `INSERT INTO journey_events (id, practice_id, actor_id, actor_label, kind, action, from_status, to_status, note, created_at)
     VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6::"PracticeStatus", $7::"PracticeStatus", $8, now())`,
    [r.practiceId, r.actorId, r.actorLabel, r.kind, r.action, r.fromStatus, r.toStatus, r.note],
  );
}
