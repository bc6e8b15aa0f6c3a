// The staff form's test order (writebacks page): a one-line order for a linked pet, made by the
// same createOrder the CLI's `pims-link order create` uses, so a new practice's writeback can be
// tried end to end. A compounded line is filled by the compounding partner (never written back).
import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { createOrder } from "./orders";
import type { testOrderActionSchema } from "./schemas";

/** The practice's home-delivery pets linked to a PIMS patient: the form's pet picker. */
export async function listLinkedPets(practiceId: string, take = 500) {
  const links = await db.petLink.findMany({
    where: { practiceId },
    orderBy: { hdPetId: "asc" },
    take,
    select: { hdPetId: true, pimsPatientId: true },
  });
  const pets = await db.homeDeliveryPet.findMany({
    where: { practiceId, hdPetId: { in: links.map((l) => l.hdPetId) } },
    select: { hdPetId: true, name: true, species: true },
  });
  const byId = new Map(pets.map((p) => [p.hdPetId, p]));
  return links
    .map((l) => ({ ...l, name: byId.get(l.hdPetId)?.name ?? null, species: byId.get(l.hdPetId)?.species ?? null }))
    .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "") || a.hdPetId.localeCompare(b.hdPetId));
}

export async function createTestOrder(practiceId: string, input: Omit<z.output<typeof testOrderActionSchema>, "practiceId">) {
  const orderNumber = `TEST-${new Date().toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex").toUpperCase()}`;
  const linked = await db.petLink.findUnique({ where: { practiceId_hdPetId: { practiceId, hdPetId: input.hdPetId } } });
  if (!linked)
    throw new UserFacingError(
      `Pet ${input.hdPetId} is not linked to a PIMS patient of this practice: choose a linked pet.`,
      "invalid",
      {
        hdPetId: ["Choose a linked pet."],
      },
    );
  const compounded = input.compounded === "yes";
  return createOrder(practiceId, {
    orderNumber,
    hdPetId: input.hdPetId,
    lines: [
      {
        product: input.product,
        kind: compounded ? "COMPOUNDED" : "PRESCRIPTION_DRUG",
        quantity: Number(input.quantity),
        unit: input.unit,
        fulfilledBy: compounded ? "COMPOUNDING_PARTNER" : "HOME_DELIVERY",
      },
    ],
  });
}
