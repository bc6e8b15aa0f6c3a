/**
 * Records that an order shipped, and in the same transaction creates one writeback item per
 * line: PENDING for an eligible line of a linked pet, WAITING_LINK for one of a pet not linked
 * yet, NOT_ELIGIBLE (with its reason) otherwise. Each item's idempotency key is the order number
 * and line number, so a repeated report (fulfilment retries, a second CLI run) changes nothing
 * and answers what the first one did. The same order reported with another tracking number is
 * refused: that is a different parcel, not a retry.
 */
import type { PoolClient } from "pg";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { writebackEligibility } from "./eligibility";
import { localDate, recordLineText } from "./record-line";
import { shipmentSchema, type ShipmentInput } from "./schemas";
import { addEvent, inTransaction, lockPracticeLinksShared } from "./transaction";

type LineOutcome = "queued" | "waiting_for_link" | "not_eligible";

export interface ShipmentResult {
  orderNumber: string;
  practiceId: string;
  hdPetId: string;
  /** True when the order had already been reported shipped with this tracking number. */
  replayed: boolean;
  shippedAt: Date;
  carrier: string;
  trackingNumber: string;
  pimsPatientId: string | null;
  deceased: boolean;
  lines: { lineNo: number; product: string; writeback: LineOutcome; reason: string | null }[];
}

interface OrderRow {
  id: string;
  practice_id: string;
  order_number: string;
  hd_pet_id: string;
  status: "PLACED" | "SHIPPED" | "CANCELLED";
  shipped_at: Date | null;
  carrier: string | null;
  tracking_number: string | null;
  time_zone: string;
}

interface LineRow {
  id: string;
  line_no: number;
  product: string;
  kind: "PRESCRIPTION_DRUG" | "PRESCRIPTION_DIET" | "OTC" | "COMPOUNDED";
  quantity: string;
  unit: string;
  fulfilled_by: "HOME_DELIVERY" | "COMPOUNDING_PARTNER";
  prescriber: string | null;
}

const OUTCOME: Record<string, LineOutcome> = { WAITING_LINK: "waiting_for_link", NOT_ELIGIBLE: "not_eligible" };

function idempotencyKeyOf(orderNumber: string, lineNo: number) {
  return `${orderNumber}:${lineNo}`;
}

async function linesWithItems(client: PoolClient, orderId: string) {
  const { rows } = await client.query<{
    line_no: number;
    product: string;
    status: string;
    ineligible_reason: string | null;
    pims_patient_id: string | null;
    deceased_flag: boolean;
  }>(
    `SELECT l.line_no, l.product, w.status, w.ineligible_reason, w.pims_patient_id, w.deceased_flag
     FROM order_lines l JOIN writeback_items w ON w.order_line_id = l.id AND w.kind = 'shipment' WHERE l.order_id = $1 ORDER BY l.line_no`,
    [orderId],
  );
  return rows;
}

function resultOf(order: OrderRow, replayed: boolean, rows: Awaited<ReturnType<typeof linesWithItems>>): ShipmentResult {
  return {
    orderNumber: order.order_number,
    practiceId: order.practice_id,
    hdPetId: order.hd_pet_id,
    replayed,
    shippedAt: order.shipped_at!,
    carrier: order.carrier!,
    trackingNumber: order.tracking_number!,
    pimsPatientId: rows.find((r) => r.pims_patient_id)?.pims_patient_id ?? null,
    deceased: rows.some((r) => r.deceased_flag),
    lines: rows.map((r) => ({
      lineNo: r.line_no,
      product: r.product,
      writeback: OUTCOME[r.status] ?? "queued",
      reason: r.ineligible_reason,
    })),
  };
}

/**
 * `by` names who reported it (shown in the history). `practiceId`, when given, limits the order
 * to that practice (staff acting on a practice page); the fulfilment service may ship any order.
 */
export async function recordShipment(
  input: ShipmentInput,
  by: string,
  opts: { practiceId?: string; now?: Date } = {},
): Promise<ShipmentResult> {
  const shipment = shipmentSchema.parse(input);
  const now = opts.now ?? new Date();
  const shippedAt = shipment.shippedAt ?? now;
  if (shippedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new UserFacingError("Shipped at is in the future: report a shipment once the parcel has left.", "invalid", {
      shippedAt: ["Shipped at is in the future."],
    });
  }
  return inTransaction(async (client) => {
    const { rows } = await client.query<OrderRow>(
      `SELECT o.id, o.practice_id, o.order_number, o.hd_pet_id, o.status, o.shipped_at, o.carrier, o.tracking_number, p.time_zone
       FROM orders o JOIN practices p ON p.id = o.practice_id
       WHERE o.order_number = $1 ${opts.practiceId ? "AND o.practice_id = $2" : ""} FOR UPDATE OF o`,
      opts.practiceId ? [shipment.orderNumber, opts.practiceId] : [shipment.orderNumber],
    );
    const order = rows[0];
    if (!order) throw new NotFoundError(`Order ${shipment.orderNumber}`);
    if (order.status === "CANCELLED")
      throw new UserFacingError(`Order ${order.order_number} was cancelled: it cannot ship.`, "conflict");
    if (order.status === "SHIPPED") {
      if (order.tracking_number === shipment.trackingNumber) return resultOf(order, true, await linesWithItems(client, order.id));
      throw new UserFacingError(
        `Order ${order.order_number} already shipped with ${order.carrier} tracking ${order.tracking_number}; a different tracking number is a different parcel.`,
        "conflict",
      );
    }

    await lockPracticeLinksShared(client, order.practice_id);
    await client.query(
      `UPDATE orders SET status = 'SHIPPED', shipped_at = $2, carrier = $3, tracking_number = $4, shipped_by = $5 WHERE id = $1`,
      [order.id, shippedAt, shipment.carrier, shipment.trackingNumber, by],
    );
    const shipped: OrderRow = {
      ...order,
      status: "SHIPPED",
      shipped_at: shippedAt,
      carrier: shipment.carrier,
      tracking_number: shipment.trackingNumber,
    };

    const link = await client.query<{ pims_patient_id: string; deceased: boolean | null; patient_name: string | null }>(
      `SELECT pl.pims_patient_id, p.deceased, p.name AS patient_name FROM pet_links pl
       LEFT JOIN pims_patients p ON p.practice_id = pl.practice_id AND p.pims_id = pl.pims_patient_id
       WHERE pl.practice_id = $1 AND pl.hd_pet_id = $2`,
      [order.practice_id, order.hd_pet_id],
    );
    const patient = link.rows[0] ?? null;
    const deceased = patient?.deceased === true;
    const lines = await client.query<LineRow>(
      `SELECT id, line_no, product, kind, quantity::text AS quantity, unit, fulfilled_by, prescriber FROM order_lines WHERE order_id = $1 ORDER BY line_no`,
      [order.id],
    );
    const date = localDate(shippedAt, order.time_zone);
    for (const line of lines.rows) {
      const eligibility = writebackEligibility({ kind: line.kind, fulfilledBy: line.fulfilled_by });
      const status = !eligibility.eligible ? "NOT_ELIGIBLE" : patient ? "PENDING" : "WAITING_LINK";
      const text = recordLineText({
        date,
        product: line.product,
        kind: line.kind,
        quantity: line.quantity,
        unit: line.unit,
        prescriber: line.prescriber,
        orderNumber: order.order_number,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
      });
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO writeback_items (id, practice_id, order_line_id, order_id, hd_pet_id, idempotency_key, status, ineligible_reason,
           pims_patient_id, deceased_flag, line_date, text, next_attempt_at, shipped_at, created_at, updated_at)
         VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6::"WritebackStatus", $7::"IneligibleReason", $8, $9, $10::date, $11, $12, $13, $14, $14)
         ON CONFLICT (practice_id, idempotency_key) DO NOTHING RETURNING id`,
        [
          order.practice_id,
          line.id,
          order.id,
          order.hd_pet_id,
          idempotencyKeyOf(order.order_number, line.line_no),
          status,
          eligibility.eligible ? null : eligibility.reason,
          status === "PENDING" ? patient!.pims_patient_id : null,
          status === "PENDING" && deceased,
          date,
          text,
          status === "PENDING" ? now : null,
          shippedAt,
          now,
        ],
      );
      const itemId = inserted.rows[0]?.id;
      if (!itemId) continue;
      const note =
        status === "NOT_ELIGIBLE"
          ? `Shipped by ${by}; not written back: ${eligibility.eligible ? "" : eligibility.reason === "OVER_THE_COUNTER" ? "over-the-counter product" : "compounded by the compounding partner"}`
          : status === "WAITING_LINK"
            ? `Shipped by ${by}; the pet has no PIMS link yet: written back once it is linked`
            : `Shipped by ${by}; queued for PIMS patient ${patient!.pims_patient_id}${deceased ? " (marked deceased in the PIMS: written back anyway, flagged for staff)" : ""}`;
      await addEvent(client, {
        practiceId: order.practice_id,
        itemId,
        kind: status === "NOT_ELIGIBLE" ? "not_eligible" : status === "WAITING_LINK" ? "waiting_for_link" : "queued",
        note,
        actor: by,
        at: now,
      });
    }
    return resultOf(shipped, false, await linesWithItems(client, order.id));
  });
}
