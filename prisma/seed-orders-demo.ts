// Demo orders and writebacks for one practice, made through the real paths (createOrder,
// recordShipment, the agent's pull and ack), so the pet pages and the reconciliation show every
// state: written back, queued, failing, dead-lettered, waiting for a pet's link, not eligible
// (OTC, compounded by the partner), and orders still waiting to ship (ship one in the UI).
// Works on whatever linked pets the practice has; creates a minimal linked household otherwise.
import { db } from "../lib/db/client";
import { createOrder } from "../lib/writeback/orders";
import { recordShipment } from "../lib/writeback/ship-order";
import { ackWritebacks, pullWritebacks } from "../lib/writeback/queue";
import type { OrderInput } from "../lib/writeback/schemas";

const DAY = 86_400_000;
type Line = OrderInput["lines"][number];

const RX: Line[] = [
  { product: "Apoquel 16 mg tablets", kind: "PRESCRIPTION_DRUG", quantity: 30, unit: "tablets", prescriber: "Dr. Amy Chen" },
  {
    product: "Vetmedin 5 mg chewable tablets",
    kind: "PRESCRIPTION_DRUG",
    quantity: 100,
    unit: "tablets",
    prescriber: "Dr. Luis Ortega",
  },
  { product: "Rimadyl 75 mg caplets", kind: "PRESCRIPTION_DRUG", quantity: 60, unit: "caplets", prescriber: null },
  {
    product: "Gabapentin 100 mg capsules",
    kind: "PRESCRIPTION_DRUG",
    quantity: 60,
    unit: "capsules",
    prescriber: "Dr. Amy Chen",
  },
];
const DIET: Line[] = [
  {
    product: "Hill's Prescription Diet k/d Canine 8.5 lb",
    kind: "PRESCRIPTION_DIET",
    quantity: 2,
    unit: "bags",
    prescriber: "Dr. Luis Ortega",
  },
  { product: "Royal Canin Urinary SO Feline 7.7 lb", kind: "PRESCRIPTION_DIET", quantity: 1, unit: "bag", prescriber: null },
];
const OTC: Line = { product: "Greenies Dental Treats, regular", kind: "OTC", quantity: 1, unit: "box" };
const COMPOUNDED: Line = {
  product: "Methimazole 2.5 mg transdermal gel",
  kind: "COMPOUNDED",
  quantity: 30,
  unit: "clicks",
  fulfilledBy: "COMPOUNDING_PARTNER",
  prescriber: "Dr. Amy Chen",
};

async function ensureLinkedPets(practiceId: string) {
  const linked = await db.petLink.findMany({ where: { practiceId }, orderBy: { hdPetId: "asc" }, take: 8 });
  if (linked.length >= 4) return linked.map((l) => l.hdPetId);
  // No merged households yet: one of our own, linked.
  const at = new Date();
  await db.pimsClient.create({
    data: {
      practiceId,
      pimsId: "DEMO-C1",
      firstName: "Maria",
      lastName: "Garcia",
      city: "Portland",
      state: "OR",
      postalCode: "97201",
      pimsUpdatedAt: at,
      lastBatchId: "demo",
    },
  });
  await db.homeDeliveryClient.create({
    data: {
      practiceId,
      hdClientId: "DEMO-H1",
      firstName: "Maria",
      lastName: "Garcia",
      city: "Portland",
      state: "OR",
      postalCode: "97201",
    },
  });
  await db.clientLink.create({
    data: {
      practiceId,
      hdClientId: "DEMO-H1",
      pimsClientId: "DEMO-C1",
      decision: "MERGED",
      score: 1,
      evidence: {},
      decidedBy: "engine",
    },
  });
  for (const [i, name] of ["Rex", "Bella", "Milo", "Luna"].entries()) {
    await db.pimsPatient.create({
      data: {
        practiceId,
        pimsId: `DEMO-P${i + 1}`,
        clientPimsId: "DEMO-C1",
        name,
        species: i % 2 ? "Feline" : "Canine",
        pimsUpdatedAt: at,
        lastBatchId: "demo",
      },
    });
    await db.homeDeliveryPet.create({
      data: { practiceId, hdPetId: `DEMO-HP${i + 1}`, hdClientId: "DEMO-H1", name, species: i % 2 ? "Feline" : "Canine" },
    });
    await db.petLink.create({
      data: { practiceId, hdPetId: `DEMO-HP${i + 1}`, pimsPatientId: `DEMO-P${i + 1}`, hdClientId: "DEMO-H1" },
    });
  }
  return [...linked.map((l) => l.hdPetId), "DEMO-HP1", "DEMO-HP2", "DEMO-HP3", "DEMO-HP4"];
}

async function unlinkedPet(practiceId: string): Promise<string> {
  const pet = await db.homeDeliveryPet.findFirst({
    where: {
      practiceId,
      hdPetId: { notIn: (await db.petLink.findMany({ where: { practiceId }, select: { hdPetId: true } })).map((l) => l.hdPetId) },
    },
    orderBy: { hdPetId: "asc" },
  });
  if (pet) return pet.hdPetId;
  await db.homeDeliveryClient.create({
    data: {
      practiceId,
      hdClientId: "DEMO-H9",
      firstName: "Sam",
      lastName: "Okafor",
      city: "Portland",
      state: "OR",
      postalCode: "97202",
    },
  });
  await db.homeDeliveryPet.create({
    data: { practiceId, hdPetId: "DEMO-HP9", hdClientId: "DEMO-H9", name: "Pepper", species: "Canine" },
  });
  return "DEMO-HP9";
}

export async function seedDemoOrders(practiceId: string): Promise<{ orders: number }> {
  const pets = await ensureLinkedPets(practiceId);
  const waiting = await unlinkedPet(practiceId);
  // A linked pet the PIMS marks deceased, if the practice has one: its shipment is written back and flagged.
  const deceasedRows = await db.$queryRaw<
    { hd_pet_id: string }[]
  >`SELECT pl.hd_pet_id FROM pet_links pl JOIN pims_patients p ON p.practice_id = pl.practice_id AND p.pims_id = pl.pims_patient_id WHERE pl.practice_id = ${practiceId} AND p.deceased ORDER BY pl.hd_pet_id LIMIT 1`;
  const deceased = deceasedRows[0]?.hd_pet_id ?? null;
  const now = Date.now();
  let n = 100100;
  const plan: { pet: string; lines: Line[]; daysAgo: number | null; agent?: "written" | "failing" | "dead" | "none" }[] = [
    { pet: pets[0], lines: [RX[0], OTC], daysAgo: 18, agent: "written" },
    { pet: pets[1], lines: [DIET[0], COMPOUNDED], daysAgo: 15, agent: "written" },
    { pet: pets[2], lines: [RX[1]], daysAgo: 12, agent: "written" },
    { pet: pets[3], lines: [RX[2], DIET[1]], daysAgo: 9, agent: "written" },
    { pet: pets[0], lines: [RX[3]], daysAgo: 6, agent: "dead" },
    { pet: pets[1], lines: [RX[0]], daysAgo: 3, agent: "failing" },
    { pet: waiting, lines: [RX[1], OTC], daysAgo: 2, agent: "none" },
    ...(deceased ? [{ pet: deceased, lines: [RX[2]], daysAgo: 1, agent: "none" as const }] : []),
    { pet: pets[2], lines: [DIET[0], OTC], daysAgo: 0.2, agent: "none" },
    // Still to ship: staff can ship these from the pet page.
    { pet: pets[0], lines: [RX[0], DIET[0], OTC, COMPOUNDED], daysAgo: null },
    { pet: pets[3], lines: [RX[1]], daysAgo: null },
    { pet: waiting, lines: [DIET[1]], daysAgo: null },
  ];
  const settings = { maxAttempts: 5, leaseSeconds: 300, retryBaseSeconds: 60, retryMaxSeconds: 6 * 3600 };
  for (const step of plan) {
    const orderNumber = `HD-${n++}`;
    const placedAt = new Date(now - ((step.daysAgo ?? 0) + 1.5) * DAY);
    await createOrder(practiceId, { orderNumber, hdPetId: step.pet, lines: step.lines, placedAt });
    if (step.daysAgo === null) continue;
    const shippedAt = new Date(now - step.daysAgo * DAY);
    await recordShipment(
      { orderNumber, carrier: n % 2 ? "UPS" : "USPS", trackingNumber: n % 2 ? `1Z999AA1${n}` : `94001118992230${n}`, shippedAt },
      "fulfilment service",
      { now: shippedAt },
    );
    if (!step.agent || step.agent === "none") continue;
    // The agent picks the lines up a few minutes after shipping.
    let at = new Date(shippedAt.getTime() + 10 * 60_000);
    for (let attempt = 1; attempt <= (step.agent === "dead" ? 5 : step.agent === "failing" ? 2 : 1); attempt++) {
      const items = (await pullWritebacks(practiceId, 50, { now: at, settings })).items.filter(
        (i) => i.order_number === orderNumber,
      );
      await ackWritebacks(
        practiceId,
        items.map((i) =>
          step.agent === "written"
            ? {
                id: i.id,
                lease_id: i.lease_id,
                result: "written" as const,
                pims_line_id: `CS-${i.idempotency_key.replace(/\D/g, "")}`,
              }
            : {
                id: i.id,
                lease_id: i.lease_id,
                result: "failed" as const,
                reason:
                  step.agent === "dead"
                    ? "Cornerstone refused the line: the patient record is locked by another workstation"
                    : "Cornerstone did not answer in 30 s",
              },
        ),
        { now: at, settings },
      );
      at = new Date(at.getTime() + 2 ** attempt * 60_000 + 1000);
    }
    // Other orders' items the pulls above leased stay as the agent left them: released below.
  }
  // Items leased by the seed's pulls for other orders go back to the queue (as if their leases expired).
  await db.writebackItem.updateMany({
    where: { practiceId, status: "LEASED" },
    data: { status: "PENDING", leaseId: null, leaseExpiresAt: null, attempts: 0, nextAttemptAt: new Date(now) },
  });
  return { orders: plan.length };
}
