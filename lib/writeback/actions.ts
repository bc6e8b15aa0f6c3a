"use server";
// Staff actions of the writeback pages: ship an order (same transaction as the fulfilment API),
// retry a dead-lettered line, create a test order (the CLI's createOrder). Thin: authenticate, resolve the practice in the user's scope and
// check the permission (practiceAction), call the domain, refresh the pages that show it.
import { revalidatePath } from "next/cache";
import { practiceAction } from "@/lib/action";
import { recordShipment } from "./ship-order";
import { retryDeadItem } from "./queue";
import { retryItemActionSchema, shipOrderActionSchema, testOrderActionSchema } from "./schemas";
import { createTestOrder } from "./test-orders";

function refresh(practiceId: string) {
  revalidatePath(`/practices/${practiceId}/writebacks`);
  revalidatePath(`/practices/${practiceId}/pets`, "layout");
}

const OUTCOME_TEXT = {
  queued: "queued for writeback",
  waiting_for_link: "waiting for the pet's PIMS link",
  not_eligible: "not eligible",
};

export const shipOrderAction = practiceAction(
  shipOrderActionSchema,
  "writeback:ship",
  async ({ practiceId, orderNumber, carrier, trackingNumber }, { actor }) => {
    const result = await recordShipment({ orderNumber, carrier, trackingNumber }, actor.label, { practiceId });
    refresh(practiceId);
    const counts = new Map<string, number>();
    for (const line of result.lines) counts.set(line.writeback, (counts.get(line.writeback) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${n} ${OUTCOME_TEXT[k as keyof typeof OUTCOME_TEXT]}`).join(", ");
    return {
      ok: true as const,
      message: result.replayed
        ? `Order ${orderNumber} was already shipped with this tracking number: nothing changed.`
        : `Order ${orderNumber} shipped: ${summary}.${result.deceased ? " The patient is marked deceased in the PIMS: written back anyway and flagged." : ""}`,
    };
  },
);

export const retryWritebackAction = practiceAction(
  retryItemActionSchema,
  "writeback:retry",
  async ({ practiceId, itemId }, { actor }) => {
    const outcome = await retryDeadItem(practiceId, itemId, actor.label);
    refresh(practiceId);
    return {
      ok: true as const,
      message:
        outcome === "retried" ? "Sent back to the queue: the agent gets it on its next pull." : "Already back in the queue.",
    };
  },
);

export const createTestOrderAction = practiceAction(testOrderActionSchema, "writeback:ship", async ({ practiceId, ...input }) => {
  const order = await createTestOrder(practiceId, input);
  refresh(practiceId);
  return {
    ok: true as const,
    message: `Order ${order.orderNumber} created for pet ${order.hdPetId}. Open it under "Orders waiting to ship" and mark it shipped to queue its writeback.`,
  };
});
