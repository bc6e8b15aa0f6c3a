// Writeback after shipping on the real PostgreSQL: a reship and a cancellation after shipment
// each make one correction line per written-back line, idempotent like every line, delivered to
// the agent with the rest; lines never written back (OTC) get none.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelShippedOrder, reshipOrder } from "./corrections";
import { pullWritebacks } from "./queue";
import { recordShipment } from "./ship-order";
import { placeOrder, rxLine, writebackWorld } from "@/tests/writeback-fixtures";

const itemsOf = (orderNumber: string) =>
  db.writebackItem.findMany({ where: { orderLine: { order: { orderNumber } } }, orderBy: { idempotencyKey: "asc" } });

describe("writeback corrections", () => {
  it("a reship makes one correction line per written-back line, once per tracking number", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1", [
      rxLine(),
      rxLine({ product: "Flea collar", kind: "OTC", quantity: 1, unit: "collar" }),
    ]);
    await expect(reshipOrder({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZRESHIP01" }, "test")).rejects.toThrow(
      /has not shipped/,
    );
    await recordShipment({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZFIRST001" }, "test");

    expect(await reshipOrder({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZRESHIP01" }, "Olivia")).toMatchObject({
      created: 1,
      replayed: false,
    });
    expect(await reshipOrder({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZRESHIP01" }, "Olivia")).toMatchObject({
      created: 0,
      replayed: true,
    });
    expect(await reshipOrder({ orderNumber: order, carrier: "FedEx", trackingNumber: "7712RESHIP2" }, "Olivia")).toMatchObject({
      created: 1,
    });
    const items = await itemsOf(order);
    const reships = items.filter((i) => i.kind === "reship");
    expect(reships.map((i) => i.idempotencyKey)).toEqual([`${order}:1:reship:1ZRESHIP01`, `${order}:1:reship:7712RESHIP2`]);
    expect(reships[0]).toMatchObject({
      status: "PENDING",
      pimsPatientId: "PT1",
      correctsItemId: items.find((i) => i.idempotencyKey === `${order}:1`)!.id,
    });
    expect(reships[0].text).toMatch(
      /Home delivery Rx reshipped \(replacement parcel\): Carprofen 75 mg chewable tablets, qty 60 tablets\. Order .*, UPS tracking 1ZRESHIP01\./,
    );

    // The agent receives the shipment line and both corrections, each with its own key.
    const pulled = await pullWritebacks(w.practiceId, 50);
    expect(pulled.items.map((i) => i.idempotency_key).sort()).toEqual(
      [`${order}:1`, `${order}:1:reship:1ZRESHIP01`, `${order}:1:reship:7712RESHIP2`].sort(),
    );
  });

  it("a cancellation after shipment makes one correction line per line, once, and cancels the order", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP2");
    await expect(cancelShippedOrder({ orderNumber: order, reason: "refused" }, "test")).rejects.toThrow(/has not shipped/);
    await recordShipment({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZCANCEL01" }, "test");
    expect(await cancelShippedOrder({ orderNumber: order, reason: "Refused at the door" }, "Olivia")).toMatchObject({
      created: 1,
      replayed: false,
    });
    expect(await cancelShippedOrder({ orderNumber: order, reason: "Refused at the door" }, "Olivia")).toMatchObject({
      created: 0,
      replayed: true,
    });
    const items = await itemsOf(order);
    const cancel = items.find((i) => i.kind === "cancellation")!;
    // Bella is not linked yet: the correction waits for the link like the line it corrects.
    expect(cancel).toMatchObject({ idempotencyKey: `${order}:1:cancel`, status: "WAITING_LINK" });
    expect(cancel.text).toContain("Home delivery Rx cancelled after shipment: Carprofen 75 mg chewable tablets, qty 60 tablets");
    expect(cancel.text).toContain("Reason: Refused at the door.");
    expect((await db.order.findUniqueOrThrow({ where: { orderNumber: order } })).status).toBe("CANCELLED");
    await expect(reshipOrder({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZAFTER001" }, "test")).rejects.toThrow(
      /cancelled/,
    );
  });
});
