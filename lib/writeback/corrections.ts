/**
 * Writeback after shipping: a reship (a replacement parcel) and a cancellation after shipment
 * each make a correction line for the PIMS record of every line that was written back (or is on
 * its way), so the patient's record tells what really happened. Corrections are writeback items
 * of the same order line with their own idempotency key, so the same rules hold: a repeated
 * report (same reship tracking number, a second cancellation) changes nothing, and the agent
 * dedupes on the key. They follow the pet's link like every item (queued, or waiting for it).
 */
import type { PoolClient } from "pg";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { localDate, usDate, formatQuantity } from "./record-line";
import { addEvent, inTransaction, lockPracticeLinksShared } from "./transaction";

type CorrectionKind = "reship" | "cancellation";
export type CorrectionResult = { orderNumber: string; kind: CorrectionKind; created: number; replayed: boolean };

type Order = { id: string; practice_id: string; order_number: string; hd_pet_id: string; status: string; time_zone: string };

function correctionKey(orderNumber: string, lineNo: number, kind: CorrectionKind, trackingNumber?: string) {
  return kind === "reship" ? `${orderNumber}:${lineNo}:reship:${trackingNumber}` : `${orderNumber}:${lineNo}:cancel`;
}

async function lockOrder(client: PoolClient, orderNumber: string, practiceId?: string): Promise<Order> {
  const { rows } = await client.query<Order>(
    `SELECT o.id, o.practice_id, o.order_number, o.hd_pet_id, o.status, p.time_zone FROM orders o JOIN practices p ON p.id = o.practice_id
     WHERE o.order_number = $1 ${practiceId ? "AND o.practice_id = $2" : ""} FOR UPDATE OF o`,
    practiceId ? [orderNumber, practiceId] : [orderNumber],
  );
  if (!rows[0]) throw new NotFoundError(`Order ${orderNumber}`);
  return rows[0];
}

/** Adds one correction item per eligible shipped line; returns how many were new. */
async function addCorrections(
  client: PoolClient,
  order: Order,
  kind: CorrectionKind,
  textOf: (line: { product: string; quantity: string; unit: string; date: string }) => string,
  keyOf: (lineNo: number) => string,
  by: string,
  now: Date,
) {
  await lockPracticeLinksShared(client, order.practice_id);
  const shipped = await client.query<{
    id: string;
    line_no: number;
    product: string;
    quantity: string;
    unit: string;
    order_line_id: string;
  }>(
    `SELECT w.id, l.line_no, l.product, l.quantity::text AS quantity, l.unit, w.order_line_id FROM writeback_items w JOIN order_lines l ON l.id = w.order_line_id
     WHERE w.order_id = $1 AND w.kind = 'shipment' AND w.status <> 'NOT_ELIGIBLE' ORDER BY l.line_no`,
    [order.id],
  );
  const link = (
    await client.query<{ pims_patient_id: string; deceased: boolean | null }>(
      `SELECT pl.pims_patient_id, p.deceased FROM pet_links pl LEFT JOIN pims_patients p ON p.practice_id = pl.practice_id AND p.pims_id = pl.pims_patient_id
     WHERE pl.practice_id = $1 AND pl.hd_pet_id = $2`,
      [order.practice_id, order.hd_pet_id],
    )
  ).rows[0];
  const date = localDate(now, order.time_zone);
  let created = 0;
  for (const line of shipped.rows) {
    const status = link ? "PENDING" : "WAITING_LINK";
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO writeback_items (id, practice_id, order_line_id, order_id, hd_pet_id, idempotency_key, status, kind, corrects_item_id,
         pims_patient_id, deceased_flag, line_date, text, next_attempt_at, shipped_at, created_at, updated_at)
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6::"WritebackStatus", $7, $8, $9, $10, $11::date, $12, $13, $14, $14, $14)
       ON CONFLICT (practice_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        order.practice_id,
        line.order_line_id,
        order.id,
        order.hd_pet_id,
        keyOf(line.line_no),
        status,
        kind,
        line.id,
        link?.pims_patient_id ?? null,
        link?.deceased === true,
        date,
        textOf({ ...line, date }),
        link ? now : null,
        now,
      ],
    );
    const itemId = inserted.rows[0]?.id;
    if (!itemId) continue;
    created++;
    const what = kind === "reship" ? "Reshipped" : "Cancelled after shipment";
    await addEvent(client, {
      practiceId: order.practice_id,
      itemId,
      kind: status === "PENDING" ? "queued" : "waiting_for_link",
      note: `${what} by ${by}: correction line ${status === "PENDING" ? `queued for PIMS patient ${link!.pims_patient_id}` : "waits for the pet's PIMS link"}`,
      actor: by,
      at: now,
    });
  }
  return created;
}

/** A replacement parcel for a shipped order: one "reshipped" line per written-back line. */
export async function reshipOrder(
  input: { orderNumber: string; carrier: string; trackingNumber: string },
  by: string,
  opts: { practiceId?: string; now?: Date } = {},
): Promise<CorrectionResult> {
  const now = opts.now ?? new Date();
  return inTransaction(async (client) => {
    const order = await lockOrder(client, input.orderNumber, opts.practiceId);
    if (order.status !== "SHIPPED")
      throw new UserFacingError(
        `Order ${order.order_number} has not shipped${order.status === "CANCELLED" ? " (it was cancelled)" : ""}: only a shipped order can be reshipped.`,
        "conflict",
      );
    const created = await addCorrections(
      client,
      order,
      "reship",
      (l) =>
        `${usDate(l.date)} Home delivery Rx reshipped (replacement parcel): ${l.product}, qty ${formatQuantity(l.quantity)} ${l.unit}. Order ${order.order_number}, ${input.carrier} tracking ${input.trackingNumber}.`,
      (lineNo) => correctionKey(order.order_number, lineNo, "reship", input.trackingNumber),
      by,
      now,
    );
    return { orderNumber: order.order_number, kind: "reship", created, replayed: created === 0 };
  });
}

/** A shipped order cancelled afterwards (returned, refused): one "cancelled" line per written-back line. */
export async function cancelShippedOrder(
  input: { orderNumber: string; reason: string },
  by: string,
  opts: { practiceId?: string; now?: Date } = {},
): Promise<CorrectionResult> {
  const now = opts.now ?? new Date();
  return inTransaction(async (client) => {
    const order = await lockOrder(client, input.orderNumber, opts.practiceId);
    if (order.status === "PLACED")
      throw new UserFacingError(`Order ${order.order_number} has not shipped: cancel it before shipping instead.`, "conflict");
    if (order.status === "SHIPPED") await client.query(`UPDATE orders SET status = 'CANCELLED' WHERE id = $1`, [order.id]);
    const created = await addCorrections(
      client,
      order,
      "cancellation",
      (l) =>
        `${usDate(l.date)} Home delivery Rx cancelled after shipment: ${l.product}, qty ${formatQuantity(l.quantity)} ${l.unit} (order ${order.order_number}). Reason: ${input.reason}.`,
      (lineNo) => correctionKey(order.order_number, lineNo, "cancellation"),
      by,
      now,
    );
    return { orderNumber: order.order_number, kind: "cancellation", created, replayed: created === 0 };
  });
}
