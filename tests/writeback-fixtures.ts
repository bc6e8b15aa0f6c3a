// Test data for the writeback tests: a practice with a PIMS client and patients, home-delivery
// clients and pets, one pet linked (by a real staff merge) and one not, and orders to ship.
import { db } from "@/lib/db/client";
import { issueAgentKey } from "@/lib/onboarding/agent-keys";
import { makeWorld, uid } from "@/tests/factories";
import { createOrder } from "@/lib/writeback/orders";
import type { OrderInput } from "@/lib/writeback/schemas";

const at = new Date("2026-11-01T10:00:00Z");

export async function writebackWorld() {
  const world = await makeWorld();
  const practiceId = world.practice.id;
  await db.practice.update({ where: { id: practiceId }, data: { status: "LIVE", installedAt: at, liveAt: at } });
  await db.pimsClient.createMany({
    data: [
      {
        practiceId,
        pimsId: "C1",
        firstName: "Maria",
        lastName: "Garcia",
        address1: "12 N MAIN ST",
        city: "PORTLAND",
        state: "OR",
        postalCode: "97201",
        homePhone: "+15035550101",
        email: "maria@example.com",
        pimsUpdatedAt: at,
        lastBatchId: "seed",
      },
      {
        practiceId,
        pimsId: "C2",
        firstName: "Robert",
        lastName: "Lee",
        address1: "5 ELM ST",
        city: "PORTLAND",
        state: "OR",
        postalCode: "97203",
        homePhone: "+15035550103",
        email: "rob@example.com",
        pimsUpdatedAt: at,
        lastBatchId: "seed",
      },
    ],
  });
  await db.pimsPatient.createMany({
    data: [
      { practiceId, pimsId: "PT1", clientPimsId: "C1", name: "Rex", species: "Canine", pimsUpdatedAt: at, lastBatchId: "seed" },
      { practiceId, pimsId: "PT2", clientPimsId: "C2", name: "Bella", species: "Canine", pimsUpdatedAt: at, lastBatchId: "seed" },
      {
        practiceId,
        pimsId: "PT3",
        clientPimsId: "C1",
        name: "Old Tom",
        species: "Feline",
        deceased: true,
        pimsUpdatedAt: at,
        lastBatchId: "seed",
      },
    ],
  });
  await db.homeDeliveryClient.createMany({
    data: [
      {
        practiceId,
        hdClientId: "H1",
        firstName: "Maria",
        lastName: "Garcia",
        address1: "12 N MAIN ST",
        city: "PORTLAND",
        state: "OR",
        postalCode: "97201",
        phone: "+15035550101",
        email: "maria@example.com",
      },
      {
        practiceId,
        hdClientId: "H2",
        firstName: "Robert",
        lastName: "Lee",
        address1: "5 ELM ST",
        city: "PORTLAND",
        state: "OR",
        postalCode: "97203",
        phone: "+15035550103",
        email: "rob@example.com",
      },
    ],
  });
  await db.homeDeliveryPet.createMany({
    data: [
      { practiceId, hdPetId: "HP1", hdClientId: "H1", name: "Rex", species: "Canine" },
      { practiceId, hdPetId: "HP3", hdClientId: "H1", name: "Old Tom", species: "Feline" },
      { practiceId, hdPetId: "HP2", hdClientId: "H2", name: "Bella", species: "Canine" },
    ],
  });
  // H1 (Rex, Old Tom) linked now; H2 (Bella) linked later by the test.
  await db.clientLink.create({
    data: { practiceId, hdClientId: "H1", pimsClientId: "C1", decision: "MERGED", score: 1, evidence: {}, decidedBy: "engine" },
  });
  await db.petLink.createMany({
    data: [
      { practiceId, hdPetId: "HP1", pimsPatientId: "PT1", hdClientId: "H1" },
      { practiceId, hdPetId: "HP3", pimsPatientId: "PT3", hdClientId: "H1" },
    ],
  });
  const key = await issueAgentKey(world.staff, practiceId);
  return { ...world, practiceId, agentKey: key };
}

export const rxLine = (extra: Partial<OrderInput["lines"][number]> = {}): OrderInput["lines"][number] => ({
  product: "Carprofen 75 mg chewable tablets",
  kind: "PRESCRIPTION_DRUG",
  quantity: 60,
  unit: "tablets",
  prescriber: "Dr. Amy Chen",
  ...extra,
});

export async function placeOrder(practiceId: string, hdPetId: string, lines: OrderInput["lines"] = [rxLine()]) {
  const orderNumber = `T${uid().replace(/[^a-z0-9]/gi, "")}`;
  await createOrder(practiceId, { orderNumber, hdPetId, lines });
  return orderNumber;
}

export const itemsOf = (orderNumber: string) =>
  db.writebackItem.findMany({
    where: { orderLine: { order: { orderNumber } } },
    orderBy: { idempotencyKey: "asc" },
    include: { events: { orderBy: { createdAt: "asc" } } },
  });
