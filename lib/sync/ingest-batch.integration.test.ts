// The sync path on the real PostgreSQL: first load, idempotent replays, bad records beside good
// ones, and the update policy after the first load.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ingestBatch } from "./ingest-batch";
import { batchEnvelopeSchema } from "./batch-schema";
import { makeWorld, uid } from "@/tests/factories";

const client = (id: string, extra: Record<string, string> = {}) => ({
  client_id: id,
  first_name: "maria",
  last_name: "GARCIA",
  address1: "12 North Main Street",
  city: "Portland",
  state: "Oregon",
  postal_code: "97201-1234",
  home_phone: "(503) 555-0100",
  email: "Maria@Example.COM",
  updated_at: "2026-11-01T10:00:00-07:00",
  ...extra,
});
const patient = (id: string, clientId: string, extra: Record<string, string> = {}) => ({
  patient_id: id,
  client_id: clientId,
  name: "rex",
  species: "dog",
  weight: "10",
  weight_unit: "kg",
  updated_at: "2026-11-01T10:00:00-07:00",
  ...extra,
});
const batch = (raw: Record<string, unknown>) => batchEnvelopeSchema.parse({ batch_id: uid(), mode: "full", ...raw });

async function livePractice() {
  const w = await makeWorld();
  await db.practice.update({ where: { id: w.practice.id }, data: { status: "INSTALLED", installedAt: new Date() } });
  return w.practice.id;
}

describe("ingestBatch", () => {
  it("stores normalized records and makes an installed practice Live on the first batch", async () => {
    const practiceId = await livePractice();
    const result = await ingestBatch(
      practiceId,
      batch({ clients: [client("C1")], patients: [patient("P1", "C1")], expected_clients: 1, expected_patients: 1 }),
    );
    expect(result).toMatchObject({ status: "succeeded", received: 2, applied: 2, rejected: 0 });
    const c = await db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "C1" } } });
    expect(c).toMatchObject({
      firstName: "Maria",
      lastName: "Garcia",
      email: "maria@example.com",
      homePhone: "+15035550100",
      postalCode: "97201",
      state: "OR",
      address1: "12 N MAIN ST",
    });
    const p = await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } });
    expect(Number(p.weightKg)).toBe(10);
    expect(Number(p.weightLb)).toBeCloseTo(22.05, 2);
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId } })).status).toBe("LIVE");
  });

  it("applies a batch sent three times once, and answers the same each time", async () => {
    const practiceId = await livePractice();
    const same = batch({ clients: [client("C1"), client("C2")], patients: [patient("P1", "C1")] });
    const first = await ingestBatch(practiceId, same);
    const again = await Promise.all([ingestBatch(practiceId, same), ingestBatch(practiceId, same)]);
    for (const replay of again) expect({ ...replay, replayed: undefined }).toEqual({ ...first, replayed: undefined });
    expect(await db.pimsClient.count({ where: { practiceId } })).toBe(2);
    expect(await db.syncBatch.count({ where: { practiceId } })).toBe(1);
  });

  it("a record sent again in a later batch of the same first load is updated, not duplicated (the COPY falls back to the upsert)", async () => {
    const practiceId = await livePractice();
    await ingestBatch(practiceId, batch({ clients: [client("C1"), client("C2")], patients: [patient("P1", "C1")] }));
    const later = "2026-11-02T10:00:00-07:00";
    const result = await ingestBatch(
      practiceId,
      batch({
        clients: [client("C2", { first_name: "Marisol", updated_at: later }), client("C3")],
        patients: [patient("P1", "C1", { name: "Max", updated_at: later }), patient("P2", "C3")],
      }),
    );
    expect(result).toMatchObject({ status: "succeeded", applied: 4 });
    expect(await db.pimsClient.count({ where: { practiceId } })).toBe(3);
    expect(await db.pimsPatient.count({ where: { practiceId } })).toBe(2);
    expect(
      (await db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "C2" } } })).firstName,
    ).toBe("Marisol");
    expect((await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } })).name).toBe(
      "Max",
    );
  });

  it("applies every good record and reports every bad one with its reason", async () => {
    const practiceId = await livePractice();
    const result = await ingestBatch(
      practiceId,
      batch({
        clients: [client("C1"), { ...client("C2"), updated_at: "yesterday" }, { client_id: "C3" }, client("C4")],
        patients: [patient("P1", "C1"), patient("P2", "NOPE"), { ...patient("P3", "C4"), weight: "heavy" }],
      }),
    );
    expect(result.status).toBe("partial");
    expect(result.applied).toBe(3);
    expect(result.rejected).toBe(4);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "client", id: "C2", field: "updated_at" }),
        expect.objectContaining({ type: "client", id: "C3", field: "first_name" }),
        expect.objectContaining({ type: "patient", id: "P2", field: "client_id", message: expect.stringContaining("NOPE") }),
        expect.objectContaining({ type: "patient", id: "P3", field: "weight" }),
      ]),
    );
    expect((await db.pimsClient.findMany({ where: { practiceId } })).map((c) => c.pimsId).sort()).toEqual(["C1", "C4"]);
    expect(await db.syncError.count({ where: { practiceId } })).toBeGreaterThanOrEqual(4);
  });

  it("after the first load, applies only weight, deceased, email and new records; queues the rest", async () => {
    const practiceId = await livePractice();
    await ingestBatch(
      practiceId,
      batch({
        clients: [client("C1")],
        patients: [patient("P1", "C1"), patient("P2", "C1", { name: "Tom", species: "cat" })],
        last: true,
      }),
    );
    await db.prescription.createMany({
      data: [
        { practiceId, patientPimsId: "P2", product: "Methimazole 5 mg", autoShip: true },
        { practiceId, patientPimsId: "P1", product: "Carprofen 75 mg" },
      ],
    });
    const later = "2026-11-10T09:00:00-08:00";
    const result = await ingestBatch(
      practiceId,
      batchEnvelopeSchema.parse({
        batch_id: uid(),
        mode: "delta",
        clients: [
          client("C1", { last_name: "Garcia-Lopez", address1: "9 Elm St", email: "new@example.com", updated_at: later }),
          client("C9", { first_name: "New", updated_at: later }),
        ],
        patients: [
          patient("P1", "C1", { name: "Rexy", weight: "12", updated_at: later }),
          patient("P2", "C1", { name: "Tom", species: "cat", deceased: "Y", deceased_date: "2026-11-09", updated_at: later }),
        ],
      }),
    );
    expect(result.status).toBe("succeeded");
    const c1 = await db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "C1" } } });
    expect(c1).toMatchObject({ email: "new@example.com", lastName: "Garcia", address1: "12 N MAIN ST" });
    expect(await db.pimsClient.findUnique({ where: { practiceId_pimsId: { practiceId, pimsId: "C9" } } })).toMatchObject({
      firstName: "New",
    });
    const p1 = await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } });
    expect(p1.name).toBe("Rex");
    expect(Number(p1.weightKg)).toBe(12);
    const pending = await db.pendingChange.findMany({ where: { practiceId, status: "PENDING" } });
    expect(pending.map((p) => `${p.pimsId}:${p.field}`).sort()).toEqual(["C1:client_address", "C1:client_name", "P1:pet_name"]);
    expect(result.pending_changes).toBe(3);
    const paused = await db.prescription.findFirstOrThrow({ where: { practiceId, patientPimsId: "P2" } });
    expect(paused).toMatchObject({ active: false, autoShip: false, flags: ["paused_deceased"] });
    expect(paused.pausedReason).toMatch(/deceased/);
    expect((await db.prescription.findFirstOrThrow({ where: { practiceId, patientPimsId: "P1" } })).active).toBe(true);
  });
});
