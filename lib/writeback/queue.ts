/**
 * The agent's side of the writeback queue, always scoped to the agent's own practice.
 *
 * Pull: items due (PENDING with next_attempt_at passed, or LEASED with an expired lease) are
 * claimed with FOR UPDATE SKIP LOCKED, so two pulls never get the same item, and leased for
 * `leaseSeconds`. Every delivery counts as an attempt. An item whose lease expired after its
 * last allowed attempt is dead-lettered instead of being offered again. A pull that finds nothing
 * due answers from one indexed read and opens no transaction (most pulls of a fleet).
 *
 * Ack: "written" with the PIMS's own line id settles the item, even when it arrives after the
 * lease expired (the line is in the PIMS; offering it again would write it twice). "failed"
 * with a reason schedules a retry with exponential backoff, or dead-letters the item after the
 * last attempt; a failure for a lease that is no longer current is ignored (the item was
 * already offered again). Staff retry a dead item from the reconciliation page. A batch is
 * applied set-based (a fixed number of statements, not three a line), and committed before it
 * is answered: an acknowledged outcome survives a crash.
 */
import type { PoolClient } from "pg";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { DEFAULT_PULL, MAX_PULL, retryDelayMs, writebackSettings } from "./settings";
import type { Ack, AckOutcome, DeliveredItem } from "./schemas";
import { pool } from "@/lib/db/pool";
import { addEvent, addEvents, inTransaction } from "./transaction";

const AGENT = "sync agent";

export type { DeliveredItem, AckOutcome } from "./schemas";

interface Options {
  now?: Date;
  settings?: { maxAttempts: number; leaseSeconds: number; retryBaseSeconds: number; retryMaxSeconds: number };
}

function settingsOf(opts: Options) {
  const s = opts.settings ?? writebackSettings;
  return {
    maxAttempts: s.maxAttempts,
    leaseSeconds: s.leaseSeconds,
    retryBaseSeconds: s.retryBaseSeconds,
    retryMaxSeconds: s.retryMaxSeconds,
  };
}

async function deadLetterExpiredLeases(client: PoolClient, practiceId: string, now: Date, maxAttempts: number) {
  const { rows } = await client.query<{ id: string; attempts: number }>(
    `UPDATE writeback_items SET status = 'DEAD', lease_id = NULL, lease_expires_at = NULL, next_attempt_at = NULL,
       last_error = 'no acknowledgement before the lease expired', updated_at = $2
     WHERE practice_id = $1 AND status = 'LEASED' AND lease_expires_at <= $2 AND attempts >= $3
     RETURNING id, attempts`,
    [practiceId, now, maxAttempts],
  );
  await addEvents(
    client,
    practiceId,
    "PIMS Link",
    now,
    rows.map((row) => ({
      itemId: row.id,
      kind: "dead",
      note: `Dead-lettered: the agent never acknowledged delivery ${row.attempts} of ${maxAttempts} before its lease expired. Retry it once the agent is fixed.`,
    })),
  );
}

// Due: PENDING and its time has come, or LEASED with an expired lease (offered again or dead-lettered).
const DUE = `practice_id = $1 AND ((status = 'PENDING' AND next_attempt_at <= $2) OR (status = 'LEASED' AND lease_expires_at <= $2))`;

/** One indexed read, outside any transaction: most pulls of a fleet find nothing due. */
async function anythingDue(practiceId: string, now: Date): Promise<boolean> {
  const { rows } = await pool().query(`SELECT 1 FROM writeback_items WHERE ${DUE} LIMIT 1`, [practiceId, now]);
  return rows.length > 0;
}

/** Claims up to `limit` due items of the practice for the agent. */
export async function pullWritebacks(
  practiceId: string,
  limit = DEFAULT_PULL,
  opts: Options = {},
): Promise<{ items: DeliveredItem[]; leaseSeconds: number }> {
  const now = opts.now ?? new Date();
  const s = settingsOf(opts);
  const take = Math.max(1, Math.min(MAX_PULL, Math.floor(limit)));
  // An item that falls due just after this read is handed out by the next pull.
  if (!(await anythingDue(practiceId, now))) return { items: [], leaseSeconds: s.leaseSeconds };
  return inTransaction(async (client) => {
    await deadLetterExpiredLeases(client, practiceId, now, s.maxAttempts);
    const leaseExpiresAt = new Date(now.getTime() + s.leaseSeconds * 1000);
    const { rows } = await client.query<{
      id: string;
      lease_id: string;
      attempts: number;
      prev_status: string;
      idempotency_key: string;
      pims_patient_id: string;
      line_date: string;
      text: string;
      deceased_flag: boolean;
      order_line_id: string;
    }>(
      `WITH picked AS (
         SELECT id, status AS prev_status FROM writeback_items
         WHERE ${DUE}
         ORDER BY shipped_at, id
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       )
       UPDATE writeback_items w SET status = 'LEASED', lease_id = gen_random_uuid()::text, lease_expires_at = $4, attempts = w.attempts + 1, updated_at = $2,
         -- A patient the PIMS marked deceased since the line was queued is flagged now.
         deceased_flag = w.deceased_flag OR EXISTS (SELECT 1 FROM pims_patients p WHERE p.practice_id = w.practice_id AND p.pims_id = w.pims_patient_id AND p.deceased)
       FROM picked WHERE w.id = picked.id
       RETURNING w.id, w.lease_id, w.attempts, picked.prev_status, w.idempotency_key, w.pims_patient_id, to_char(w.line_date, 'YYYY-MM-DD') AS line_date,
         w.text, w.deceased_flag, w.order_line_id`,
      [practiceId, now, take, leaseExpiresAt],
    );
    if (rows.length === 0) return { items: [], leaseSeconds: s.leaseSeconds };
    const details = await client.query<{
      line_id: string;
      order_number: string;
      product: string;
      quantity: string;
      unit: string;
      prescriber: string | null;
      carrier: string;
      tracking_number: string;
      client_id: string | null;
    }>(
      `SELECT l.id AS line_id, o.order_number, l.product, l.quantity::text AS quantity, l.unit, l.prescriber, o.carrier, o.tracking_number,
         p.client_pims_id AS client_id
       FROM order_lines l JOIN orders o ON o.id = l.order_id
       JOIN writeback_items w ON w.order_line_id = l.id
       LEFT JOIN pims_patients p ON p.practice_id = w.practice_id AND p.pims_id = w.pims_patient_id
       WHERE l.id = ANY($1::text[])`,
      [rows.map((r) => r.order_line_id)],
    );
    const byLine = new Map(details.rows.map((d) => [d.line_id, d]));
    const items: DeliveredItem[] = [];
    rows.sort((a, b) => a.line_date.localeCompare(b.line_date) || a.idempotency_key.localeCompare(b.idempotency_key));
    // One statement for the whole pull's "delivered" events.
    await addEvents(
      client,
      practiceId,
      AGENT,
      now,
      rows.map((r) => ({
        itemId: r.id,
        kind: "delivered",
        note: `Delivered to the agent, attempt ${r.attempts} of ${s.maxAttempts}${r.prev_status === "LEASED" ? " (offered again: the previous lease expired without an acknowledgement)" : ""}`,
      })),
    );
    for (const row of rows) {
      const d = byLine.get(row.order_line_id)!;
      items.push({
        id: row.id,
        lease_id: row.lease_id,
        lease_expires_at: leaseExpiresAt.toISOString(),
        attempt: row.attempts,
        idempotency_key: row.idempotency_key,
        patient_id: row.pims_patient_id,
        client_id: d.client_id,
        patient_deceased: row.deceased_flag,
        date: row.line_date,
        order_number: d.order_number,
        product: d.product,
        quantity: d.quantity,
        unit: d.unit,
        prescriber: d.prescriber,
        carrier: d.carrier,
        tracking_number: d.tracking_number,
        text: row.text,
      });
    }
    return { items, leaseSeconds: s.leaseSeconds };
  });
}

interface ItemRow {
  id: string;
  status: string;
  lease_id: string | null;
  attempts: number;
  pims_line_id: string | null;
}

/** What one acknowledgement does to its item: the answer, and the item's new state and event when it changes. */
interface AckEffect {
  outcome: AckOutcome;
  change?: {
    status: "WRITTEN" | "PENDING" | "DEAD";
    pimsLineId: string | null;
    nextAttemptAt: Date | null;
    lastError: string | null;
  };
  event?: { kind: string; note: string };
}

/** The rules of one acknowledgement against its item as it stands (no SQL: the batch is applied set-based). */
function decideAck(item: ItemRow, ack: Ack, now: Date, s: ReturnType<typeof settingsOf>): AckEffect {
  if (ack.result === "written") {
    if (item.status === "WRITTEN") {
      if (item.pims_line_id === ack.pims_line_id) return { outcome: { id: item.id, outcome: "already_written" } };
      return { outcome: { id: item.id, outcome: "conflict", message: `already acknowledged as PIMS line ${item.pims_line_id}` } };
    }
    if (!["LEASED", "PENDING", "DEAD"].includes(item.status)) {
      return {
        outcome: {
          id: item.id,
          outcome: "conflict",
          message: "the item was withdrawn (the pet was unlinked) before this acknowledgement",
        },
        event: {
          kind: "ack_refused",
          note: `The agent reports PIMS line ${ack.pims_line_id}, but the item was withdrawn (the pet was unlinked): check the patient's record in the PIMS.`,
        },
      };
    }
    // Settled even after the lease expired: the line is in the PIMS, offering it again would write it twice.
    const late = item.lease_id !== ack.lease_id ? " (acknowledged after its lease expired)" : "";
    return {
      outcome: { id: item.id, outcome: "written" },
      change: { status: "WRITTEN", pimsLineId: ack.pims_line_id, nextAttemptAt: null, lastError: null },
      event: { kind: "written", note: `Written into the PIMS as line ${ack.pims_line_id}${late}` },
    };
  }

  if (item.status !== "LEASED" || item.lease_id !== ack.lease_id) {
    return {
      outcome: {
        id: item.id,
        outcome: "ignored_stale_lease",
        message: "this delivery's lease is no longer current: the item was already offered again or settled",
      },
    };
  }
  if (item.attempts >= s.maxAttempts) {
    return {
      outcome: { id: item.id, outcome: "dead", attempt: item.attempts },
      change: { status: "DEAD", pimsLineId: null, nextAttemptAt: null, lastError: ack.reason },
      event: {
        kind: "dead",
        note: `Failed attempt ${item.attempts} of ${s.maxAttempts}: ${ack.reason}. Dead-lettered: retry it once the cause is fixed.`,
      },
    };
  }
  const next = new Date(now.getTime() + retryDelayMs(item.attempts, s));
  return {
    outcome: { id: item.id, outcome: "retry_scheduled", next_attempt_at: next.toISOString(), attempt: item.attempts },
    change: { status: "PENDING", pimsLineId: null, nextAttemptAt: next, lastError: ack.reason },
    event: {
      kind: "failed",
      note: `Failed attempt ${item.attempts} of ${s.maxAttempts}: ${ack.reason}. Next try after ${next.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    },
  };
}

/**
 * Applies the agent's acknowledgements, each on its own merits, in one transaction of three
 * statements whatever the batch size: lock the practice's acknowledged items, update the changed
 * ones from arrays, insert their events. An id of another practice (or of none) is answered
 * "unknown_item" alone; the rest of the batch is applied. The same item twice in one batch is
 * decided in order against its state after the earlier ack, as if sent one by one.
 */
export async function ackWritebacks(practiceId: string, acks: Ack[], opts: Options = {}): Promise<AckOutcome[]> {
  const now = opts.now ?? new Date();
  const s = settingsOf(opts);
  return inTransaction(async (client) => {
    // Locked in id order, so two concurrent acks of overlapping items lock them in the same order.
    const { rows } = await client.query<ItemRow>(
      `SELECT id, status, lease_id, attempts, pims_line_id FROM writeback_items
       WHERE id = ANY($1::text[]) AND practice_id = $2 ORDER BY id FOR UPDATE`,
      [[...new Set(acks.map((a) => a.id))], practiceId],
    );
    const state = new Map(rows.map((r) => [r.id, r]));
    const changed = new Map<string, NonNullable<AckEffect["change"]>>();
    const events: { itemId: string; kind: string; note: string }[] = [];
    const results = acks.map((ack): AckOutcome => {
      const item = state.get(ack.id);
      // Another practice's item looks exactly like one that does not exist.
      if (!item) return { id: ack.id, outcome: "unknown_item", message: "no writeback item with this id for this practice" };
      const effect = decideAck(item, ack, now, s);
      if (effect.change) {
        changed.set(item.id, effect.change);
        state.set(item.id, {
          ...item,
          status: effect.change.status,
          lease_id: null,
          pims_line_id: effect.change.pimsLineId ?? item.pims_line_id,
        });
      }
      if (effect.event) events.push({ itemId: item.id, ...effect.event });
      return effect.outcome;
    });
    if (changed.size > 0) {
      const c = [...changed];
      await client.query(
        `UPDATE writeback_items w SET status = u.status::"WritebackStatus", pims_line_id = coalesce(u.pims_line_id, w.pims_line_id),
           written_at = CASE WHEN u.status = 'WRITTEN' THEN $1 ELSE w.written_at END, lease_id = NULL, lease_expires_at = NULL,
           next_attempt_at = u.next_attempt_at, last_error = u.last_error, updated_at = $1
         FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) AS u(id, status, pims_line_id, next_attempt_at, last_error)
         WHERE w.id = u.id AND w.practice_id = $7`,
        [
          now,
          c.map(([id]) => id),
          c.map(([, x]) => x.status),
          c.map(([, x]) => x.pimsLineId),
          c.map(([, x]) => x.nextAttemptAt),
          c.map(([, x]) => x.lastError),
          practiceId,
        ],
      );
    }
    if (events.length > 0) await addEvents(client, practiceId, AGENT, now, events);
    return results;
  });
}

/** Staff: a dead item goes back to the queue with a fresh set of attempts. */
export async function retryDeadItem(
  practiceId: string,
  itemId: string,
  by: string,
  opts: { now?: Date } = {},
): Promise<"retried" | "unchanged"> {
  const now = opts.now ?? new Date();
  return inTransaction(async (client) => {
    const { rows } = await client.query<{ status: string }>(
      `SELECT status FROM writeback_items WHERE id = $1 AND practice_id = $2 FOR UPDATE`,
      [itemId, practiceId],
    );
    if (!rows[0]) throw new NotFoundError("Writeback item");
    if (rows[0].status === "PENDING" || rows[0].status === "LEASED") return "unchanged";
    if (rows[0].status !== "DEAD") throw new UserFacingError("Only a dead-lettered line can be retried.", "conflict");
    await client.query(
      `UPDATE writeback_items SET status = 'PENDING', attempts = 0, next_attempt_at = $2, updated_at = $2 WHERE id = $1`,
      [itemId, now],
    );
    await addEvent(client, {
      practiceId,
      itemId,
      kind: "retried",
      note: "Sent back to the queue by staff with a fresh set of attempts",
      actor: by,
      at: now,
    });
    return "retried";
  });
}
