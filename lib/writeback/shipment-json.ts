// The fulfilment API's answer to a shipment report (snake_case, like the agent API); the CLI prints the same.
import type { ShipmentResult } from "./ship-order";

export function shipmentJson(result: ShipmentResult) {
  return {
    order_number: result.orderNumber,
    status: "shipped",
    replayed: result.replayed,
    shipped_at: result.shippedAt.toISOString(),
    carrier: result.carrier,
    tracking_number: result.trackingNumber,
    pims_patient_id: result.pimsPatientId,
    patient_deceased: result.deceased,
    lines: result.lines.map((l) => ({
      line_no: l.lineNo,
      product: l.product,
      writeback: l.writeback,
      ...(l.reason ? { reason: l.reason.toLowerCase() } : {}),
    })),
  };
}
