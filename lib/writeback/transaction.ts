// Shared pieces of the writeback queue's SQL: the practice's link lock and the item history (one event or a batch).
// Transactions come from lib/db/transaction.ts (the merge code this hooks into holds a pg client).
import type { PoolClient } from "pg";
import { lockInTransaction } from "@/lib/db/locks";
export { inTransaction } from "@/lib/db/transaction";

/** Shipments of a practice read pet links under this lock (shared); matching runs and staff
 * merge decisions hold it exclusively (lib/merge/load.ts), so a shipment never queues a line as
 * "waiting for a link" while a merge that links the pet commits beside it. */
export async function lockPracticeLinksShared(client: PoolClient, practiceId: string): Promise<void> {
  await lockInTransaction(client, "practiceLinks", practiceId, "shared");
}

export async function addEvent(
  client: PoolClient,
  e: { practiceId: string; itemId: string; kind: string; note?: string | null; actor: string; at: Date },
) {
  await client.query(
    `INSERT INTO writeback_events (id, practice_id, item_id, kind, note, actor, created_at) VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6)`,
    [e.practiceId, e.itemId, e.kind, e.note ?? null, e.actor, e.at],
  );
}

/** Many items' events in one statement (a batch's acknowledgements, a pull's deliveries). */
export async function addEvents(
  client: PoolClient,
  practiceId: string,
  actor: string,
  at: Date,
  events: { itemId: string; kind: string; note: string | null }[],
) {
  if (events.length === 0) return;
  await client.query(
    `INSERT INTO writeback_events (id, practice_id, item_id, kind, note, actor, created_at)
     SELECT gen_random_uuid()::text, $1, u.item_id, u.kind, u.note, $2, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS u(item_id, kind, note)`,
    [practiceId, actor, at, events.map((e) => e.itemId), events.map((e) => e.kind), events.map((e) => e.note)],
  );
}
