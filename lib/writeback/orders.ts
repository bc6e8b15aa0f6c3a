// Creating an order for one of the pharmacy's home-delivery pets (the demo seed and tests do;
// the pharmacy's order entry is outside this product). The pet must exist in the practice.
import { db } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { orderSchema, type OrderInput } from "./schemas";

export async function createOrder(practiceId: string, input: OrderInput) {
  const order = orderSchema.parse(input);
  const pet = await db.homeDeliveryPet.findUnique({ where: { practiceId_hdPetId: { practiceId, hdPetId: order.hdPetId } } });
  if (!pet) throw new NotFoundError(`Home-delivery pet ${order.hdPetId}`);
  const taken = await db.order.findUnique({ where: { orderNumber: order.orderNumber }, select: { id: true } });
  if (taken) throw new UserFacingError(`Order ${order.orderNumber} already exists.`, "conflict");
  return db.order.create({
    data: {
      practiceId,
      orderNumber: order.orderNumber,
      hdPetId: pet.hdPetId,
      hdClientId: pet.hdClientId,
      placedAt: order.placedAt,
      lines: {
        create: order.lines.map((line, i) => ({
          practiceId,
          lineNo: i + 1,
          product: line.product,
          kind: line.kind,
          quantity: line.quantity,
          unit: line.unit,
          fulfilledBy: line.fulfilledBy,
          prescriber: line.prescriber ?? null,
        })),
      },
    },
    include: { lines: true },
  });
}
