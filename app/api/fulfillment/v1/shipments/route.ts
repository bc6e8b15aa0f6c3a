// POST a shipment from the pharmacy's fulfilment system (service key): marks the order shipped
// and queues its lines for writeback in one transaction. A repeated report answers the same.
import { serviceRoute } from "@/lib/http/routes";
import { shipmentRequestSchema } from "@/lib/writeback/schemas";
import { recordShipment } from "@/lib/writeback/ship-order";
import { shipmentJson } from "@/lib/writeback/shipment-json";

export const POST = serviceRoute(
  {
    name: "fulfillment.shipments",
    body: { schema: shipmentRequestSchema, maxBytes: 256 * 1024, invalid: "invalid shipment" },
    failure: "the shipment could not be stored; nothing was written, retry it",
  },
  async (_context, body) => {
    const result = await recordShipment(
      {
        orderNumber: body.order_number,
        carrier: body.carrier,
        trackingNumber: body.tracking_number,
        shippedAt: body.shipped_at ? new Date(body.shipped_at) : undefined,
      },
      "fulfilment service",
    );
    return Response.json(shipmentJson(result), { status: result.replayed ? 200 : 201 });
  },
);
