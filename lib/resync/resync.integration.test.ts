// Re-sync on demand through the heartbeat, on the real PostgreSQL: staff ask for a full reload,
// the heartbeat's answer carries it, the agent's reload goes through the update policy, and
// records missing from it are marked (never deleted) and listed; the next heartbeat says null.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { batchEnvelopeSchema } from "@/lib/sync/batch-schema";
import { recordHeartbeat } from "@/lib/sync/heartbeat";
import { ingestBatch } from "@/lib/sync/ingest-batch";
import { makeWorld, uid } from "@/tests/factories";
import { listMissingRecords, requestResync } from "./requests";

const client = (id: string, extra: Record<string, string> = {}) => ({
  client_id: id,
  first_name: "Maria",
  last_name: `Garcia${id}`,
  email: `${id}@example.com`,
  updated_at: "2026-11-01T10:00:00-07:00",
  ...extra,
});
const patient = (id: string, clientId: string) => ({
  patient_id: id,
  client_id: clientId,
  name: `Rex${id}`,
  species: "Canine",
  weight: "10",
  updated_at: "2026-11-01T10:00:00-07:00",
});
const batch = (raw: Record<string, unknown>) => batchEnvelopeSchema.parse({ batch_id: uid(), mode: "full", ...raw });
const beat = { agent_version: "2.4.0", pims_version: "9.5" };

describe("re-sync through the heartbeat", () => {
  it("a full reload asked by staff reaches the agent, applies through the policy, and marks missing records", async () => {
    const w = await makeWorld();
    const id = w.practice.id;
    await db.practice.update({ where: { id }, data: { status: "INSTALLED", installedAt: new Date() } });
    await ingestBatch(
      id,
      batch({
        clients: ["C1", "C2", "C3"].map((c) => client(c)),
        patients: [patient("P1", "C1"), patient("P2", "C2")],
        last: true,
      }),
    );
    expect((await db.practice.findUniqueOrThrow({ where: { id } })).status).toBe("LIVE");
    expect(await recordHeartbeat(id, beat, new Date())).toEqual({ ok: true, resync: null });

    await expect(requestResync(w.primary, id, { mode: "full" })).rejects.toThrow(/may not/);
    const request = await requestResync(w.staff, id, { mode: "full" });
    await expect(requestResync(w.staff, id, { mode: "since", since: "2026-11-01" })).rejects.toThrow(/already waiting/);
    const answer = await recordHeartbeat(id, beat, new Date());
    expect(answer.resync).toEqual({ id: request.id, mode: "full", since: null });
    expect((await db.resyncRequest.findUniqueOrThrow({ where: { id: request.id } })).deliveredAt).not.toBeNull();

    // The reload in two batches: C3 and P2 are gone from the PIMS; C1's name changed (manual) and its email (automatic).
    await ingestBatch(
      id,
      batch({
        resync_id: request.id,
        clients: [client("C1", { last_name: "Lopez", email: "new@example.com", updated_at: "2026-11-20T10:00:00-07:00" })],
        patients: [patient("P1", "C1")],
      }),
    );
    // Not complete until the last batch: the heartbeat still carries it.
    expect((await recordHeartbeat(id, beat, new Date())).resync?.id).toBe(request.id);
    await ingestBatch(id, batch({ resync_id: request.id, clients: [client("C2")], last: true }));

    const c1 = await db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId: id, pimsId: "C1" } } });
    expect(c1).toMatchObject({ lastName: "Garciac1", email: "new@example.com", missingSince: null });
    expect(
      await db.pendingChange.count({ where: { practiceId: id, pimsId: "C1", field: "client_name", status: "PENDING" } }),
    ).toBe(1);
    const missing = await listMissingRecords(id);
    expect(missing.clients.map((c) => c.pimsId)).toEqual(["C3"]);
    expect(missing.patients.map((p) => p.pimsId)).toEqual(["P2"]);
    expect(await db.pimsClient.count({ where: { practiceId: id } })).toBe(3);
    expect(await db.resyncRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      missingClients: 1,
      missingPatients: 1,
    });
    expect(await recordHeartbeat(id, beat, new Date())).toEqual({ ok: true, resync: null });

    // A later reload that carries C3 again clears its mark.
    const again = await requestResync(w.staff, id, { mode: "full" });
    await ingestBatch(
      id,
      batch({
        resync_id: again.id,
        clients: ["C1", "C2", "C3"].map((c) => client(c)),
        patients: [patient("P1", "C1"), patient("P2", "C2")],
        last: true,
      }),
    );
    expect((await listMissingRecords(id)).clientCount).toBe(0);
  });

  it("changes since a date: the answer names the date, a delta with `last` completes it", async () => {
    const w = await makeWorld();
    const id = w.practice.id;
    await db.practice.update({ where: { id }, data: { status: "INSTALLED", installedAt: new Date() } });
    await ingestBatch(id, batch({ clients: [client("C1")], last: true }));
    const request = await requestResync(w.staff, id, { mode: "since", since: "2026-11-15" });
    expect((await recordHeartbeat(id, beat, new Date())).resync).toEqual({ id: request.id, mode: "since", since: "2026-11-15" });
    await ingestBatch(
      id,
      batch({
        mode: "delta",
        resync_id: request.id,
        clients: [client("C1", { email: "x@example.com", updated_at: "2026-11-20T10:00:00Z" })],
        last: true,
      }),
    );
    expect(await recordHeartbeat(id, beat, new Date())).toEqual({ ok: true, resync: null });
    expect((await listMissingRecords(id)).clientCount).toBe(0);
  });
});
