// Issue 10: one value the database or a PIMS line cannot hold used to fail its whole batch with
// 500, and the agent's first load never completed. Each such value is now a rejected record with
// its reason, and the rest of its batch is applied.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ingestBatch } from "./ingest-batch";
import { batchEnvelopeSchema } from "./batch-schema";
import { makeWorld, uid } from "@/tests/factories";

const client = (id: string, extra: Record<string, unknown> = {}) => ({
  client_id: id,
  first_name: "Ana",
  last_name: "Ruiz",
  updated_at: "2026-11-01T10:00:00-07:00",
  ...extra,
});
const patient = (id: string, extra: Record<string, unknown> = {}) => ({
  patient_id: id,
  client_id: "OK",
  name: "Rex",
  species: "dog",
  updated_at: "2026-11-01T10:00:00-07:00",
  ...extra,
});

async function practice() {
  const w = await makeWorld();
  return w.practice.id;
}

describe("bad values in a batch", () => {
  it("rejects each unstorable value with its reason and applies the rest", async () => {
    const practiceId = await practice();
    const clients = [
      client("OK"),
      client("NUL", { last_name: "Ru\u0000iz" }),
      client("SURROGATE", { first_name: "An\ud800a" }),
      client("X".repeat(9_000)),
      client("LONG-NAME", { address1: "a".repeat(501) }),
      client("YEAR-0", { updated_at: "0000-01-01T00:00:00Z" }),
      client("FAR-FUTURE", { updated_at: "9999-12-31T00:00:00Z" }),
    ];
    const patients = [
      patient("P-OK", { weight: 12.5 }),
      patient("P-HEAVY", { weight: 1_000_000 }),
      patient("P-HUGE", { weight: 1e300 }),
      patient("P-BORN-0", { birth_date: "0000-01-01" }),
      patient("P-BORN-LATER", { birth_date: "2999-01-01" }),
      patient("P-DIED-0", { deceased: "Y", deceased_date: "0001-01-01" }),
      patient("P-NAME-NUL", { name: "\u0000" }),
    ];
    const envelope = batchEnvelopeSchema.parse({ batch_id: uid(), mode: "full", clients, patients });
    const result = await ingestBatch(practiceId, envelope);

    expect(result).toMatchObject({ status: "partial", received: 14, applied: 2, rejected: 12 });
    const reasons = Object.fromEntries(
      result.errors.map((e) => [`${e.type}:${(e.id ?? `#${e.position}`).slice(0, 12)}`, `${e.field} ${e.message}`]),
    );
    expect(reasons).toMatchObject({
      "client:NUL": "last_name contains a NUL character",
      "client:SURROGATE": "first_name contains broken Unicode (an unpaired surrogate)",
      "client:XXXXXXXXXXXX": "client_id is longer than 100 characters (got 9000)",
      "client:LONG-NAME": "address1 is longer than 500 characters (got 501)",
      "patient:P-HEAVY": 'weight must be at most 5000 (got "1000000")',
      "patient:P-BORN-0": 'birth_date is before 1900-01-01 (got "0000-01-01")',
    });
    expect(reasons["client:YEAR-0"]).toMatch(/^updated_at is before 1970-01-01/);
    expect(reasons["client:FAR-FUTURE"]).toMatch(/^updated_at is after /);
    expect(reasons["patient:P-HUGE"]).toMatch(/^weight /);
    expect(reasons["patient:P-BORN-LATER"]).toMatch(/^birth_date is after /);
    expect(reasons["patient:P-DIED-0"]).toMatch(/^deceased_date is before 1900-01-01/);
    expect(reasons["patient:P-NAME-NUL"]).toMatch(/^name contains a NUL character/);

    const stored = await db.pimsClient.findMany({ where: { practiceId }, select: { pimsId: true } });
    expect(stored.map((c) => c.pimsId)).toEqual(["OK"]);
    const pets = await db.pimsPatient.findMany({ where: { practiceId }, select: { pimsId: true } });
    expect(pets.map((p) => p.pimsId)).toEqual(["P-OK"]);
    expect(await db.syncError.count({ where: { practiceId } })).toBe(12);
  });

  it("refuses an envelope announcing more records than an INTEGER holds, and a NUL in its batch id", () => {
    for (const bad of [{ expected_clients: 2 ** 31 }, { expected_patients: 1e12 }, { batch_id: "b\u0000" }]) {
      const parsed = batchEnvelopeSchema.safeParse({ batch_id: uid(), mode: "full", ...bad });
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
    }
  });
});
