// POST a shipment from the pharmacy's fulfilment system (service key): marks the order shipped
// and queues its lines for writeback in one transaction. A repeated report answers the same.
import { z } from "zod";
import { jsonError } from "@/lib/sync/agent-auth";
import { UserFacingError } from "@/lib/errors";
import { isFulfillmentRequest } from "@/lib/writeback/service-key";
import { shipmentRequestSchema } from "@/lib/writeback/schemas";
import { recordShipment } from "@/lib/writeback/ship-order";
import { shipmentJson } from "@/lib/writeback/shipment-json";

export async function POST(request: Request) {
  if (!isFulfillmentRequest(request)) return jsonError(401, "unknown service key");
  const parsed = shipmentRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, "invalid shipment", z.flattenError(parsed.error).fieldErrors);
  const body = parsed.data;
  try {
    const result = await recordShipment(
      { orderNumber: body.order_number, carrier: body.carrier, trackingNumber: body.tracking_number, shippedAt: body.shipped_at ? new Date(body.shipped_at) : undefined },
      "fulfilment service",
    );
    return Response.json(shipmentJson(result), { status: result.replayed ? 200 : 201 });
  } catch (error) {
    if (error instanceof UserFacingError) {
      return jsonError(error.code === "not_found" ? 404 : error.code === "conflict" ? 409 : 400, error.message);
    }
    console.error("shipment failed:", (error as Error).message);
    return jsonError(500, "the shipment could not be stored; nothing was written, retry it");
  }
}
