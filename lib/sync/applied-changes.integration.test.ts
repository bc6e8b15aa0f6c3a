// What the update policy applied by itself, on the real PostgreSQL: exactly the automatic fields
// with before and after, nothing for an identical batch ("nothing to apply"), and a partial batch
// that records only what its good records changed. Crash-safety needs no test of its own here:
// the record is written in the batch's transaction (lib/sync/applied-changes.ts), so it commits
// or vanishes with the changes themselves.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ingestBatch } from "./ingest-batch";
import { batchEnvelopeSchema } from "./batch-schema";
import { makeWorld, uid } from "@/tests/factories";

const first = "2026-11-01T10:00:00-07:00";
const later = "2026-11-10T09:00:00-08:00";
const client = (id: string, extra: Record<string, string> = {}) => ({
  client_id: id,
  first_name: "Maria",
  last_name: "Garcia",
  email: "maria@example.com",
  updated_at: first,
  ...extra,
});
const patient = (id: string, clientId: string, extra: Record<string, string> = {}) => ({
  patient_id: id,
  client_id: clientId,
  name: "Rex",
  species: "Canine",
  weight: "22",
  updated_at: first,
  ...extra,
});
const delta = (raw: Record<string, unknown>) => batchEnvelopeSchema.parse({ batch_id: uid(), mode: "delta", ...raw });

async function loadedPractice() {
  const w = await makeWorld();
  await db.practice.update({ where: { id: w.practice.id }, data: { status: "LIVE", installedAt: new Date() } });
  await ingestBatch(
    w.practice.id,
    batchEnvelopeSchema.parse({
      batch_id: uid(),
      mode: "full",
      last: true,
      clients: [client("C1")],
      patients: [patient("P1", "C1")],
    }),
  );
  return w.practice.id;
}

describe("applied changes", () => {
  it("records email, weight and deceased with before and after, in the batch, and nothing else", async () => {
    const practiceId = await loadedPractice();
    expect(await db.appliedChange.count({ where: { practiceId } })).toBe(0); // the first load is not "applied by the policy"
    const result = await ingestBatch(
      practiceId,
      delta({
        clients: [client("C1", { email: "maria.new@example.com", updated_at: later })],
        patients: [patient("P1", "C1", { weight: "24.5", deceased: "Y", deceased_date: "2026-11-09", updated_at: later })],
      }),
    );
    expect(result).toMatchObject({ status: "succeeded", applied: 2, pending_changes: 0 });
    const batch = await db.syncBatch.findFirstOrThrow({ where: { practiceId, batchKey: result.batch_id } });
    const rows = await db.appliedChange.findMany({ where: { practiceId }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => ({ entity: r.entity, pimsId: r.pimsId, kind: r.kind, before: r.before, after: r.after }))).toEqual([
      {
        entity: "patient",
        pimsId: "P1",
        kind: "deceased",
        before: { deceased: false, deceasedDate: null },
        after: { deceased: true, deceasedDate: "2026-11-09" },
      },
      {
        entity: "client",
        pimsId: "C1",
        kind: "email",
        before: { email: "maria@example.com" },
        after: { email: "maria.new@example.com" },
      },
      {
        entity: "patient",
        pimsId: "P1",
        kind: "weight",
        before: { weightLb: 22, weightKg: 9.98 },
        after: { weightLb: 24.5, weightKg: 11.11 },
      },
    ]);
    expect(rows.every((r) => r.batchId === batch.id)).toBe(true);
  });

  it("an identical batch is 'nothing to apply' and records nothing", async () => {
    const practiceId = await loadedPractice();
    const result = await ingestBatch(practiceId, delta({ clients: [client("C1")], patients: [patient("P1", "C1")] }));
    expect(result).toMatchObject({ status: "nothing_to_apply", received: 2, applied: 0, rejected: 0, pending_changes: 0 });
    const batch = await db.syncBatch.findFirstOrThrow({ where: { practiceId, batchKey: result.batch_id } });
    expect(batch).toMatchObject({ status: "NOTHING_TO_APPLY", applied: 0 });
    expect(await db.appliedChange.count({ where: { practiceId } })).toBe(0);
    // A sync that changed nothing is still a sync: the health rule must not turn red for it.
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId } })).lastSyncAt).not.toBeNull();
  });

  it("a partial batch records what its good records changed, new records included, and none of the rejected", async () => {
    const practiceId = await loadedPractice();
    const result = await ingestBatch(
      practiceId,
      delta({
        clients: [
          client("C1", { email: "other@example.com", updated_at: later }),
          client("C2", { first_name: "Ana" }),
          { client_id: "C3" },
        ],
        patients: [patient("P1", "C1", { weight: "heavy", updated_at: later }), patient("P2", "C2", { name: "Tom" })],
      }),
    );
    expect(result).toMatchObject({ status: "partial", rejected: 2, applied: 3 });
    const rows = await db.appliedChange.findMany({ where: { practiceId } });
    expect(rows.map((r) => `${r.entity}:${r.pimsId}:${r.kind}`).sort()).toEqual([
      "client:C1:email",
      "client:C2:new_client",
      "patient:P2:new_patient",
    ]);
    const stored = await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } });
    expect(Number(stored.weightLb)).toBe(22);
  });
});
