// Demo sync data for one Live practice, made the way real data arrives: a generated PIMS export
// (with its noise: nicknames, typos, families, renamed and deceased pets) goes through the same
// ingest path the agent's batches use, the pharmacy's home-delivery records are imported, the
// matching engine runs, and a small delta brings changes the update policy holds for review.
// So the sync page, the merge review queue and the pending changes all have something to show.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../lib/db/client";
import { generateTestSet } from "../cli/testsets/generate";
import { exportBatches } from "../cli/agent-sim/export-files";
import { ingestBatch } from "../lib/sync/ingest-batch";
import { importHomeDelivery } from "../lib/home-delivery/import";
import { runMatching } from "../lib/merge/run-matching";

const DEMO_CLIENTS = 1_500;
const DEMO_SEED = 20261125;

export async function seedDemoSyncData(
  practiceId: string,
): Promise<{ clients: number; patients: number; homeDeliveryClients: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pims-link-demo-"));
  try {
    const set = await generateTestSet({ clients: DEMO_CLIENTS, seed: DEMO_SEED, outDir: dir, hdRatio: 0.4 });
    // The first load: the practice is not yet marked as having finished one, so rows go straight in.
    const practice = await db.practice.update({
      where: { id: practiceId },
      data: { firstLoadCompletedAt: null },
      select: { firstLoadCompletedAt: true, liveAt: true },
    });
    const expected = { expected_clients: set.counts.clients, expected_patients: set.counts.patients };
    for await (const batch of exportBatches(dir, { batchSize: 500 })) {
      await ingestBatch(practiceId, {
        batch_id: `demo-full-${batch.index}`,
        mode: "full",
        last: batch.last,
        ...expected,
        clients: batch.kind === "client" ? batch.records : [],
        patients: batch.kind === "patient" ? batch.records : [],
      });
    }
    // The first load happened the day before the practice went Live, a batch every 20 s: the
    // batches just stored are dated back to then, so the sync page tells one story (first load,
    // then Live, then today's delta) instead of a load finished after go-live.
    const loadStart = new Date((practice.liveAt ?? new Date()).getTime() - 24 * 3_600_000);
    const fullBatches = await db.syncBatch.findMany({
      where: { practiceId, mode: "full" },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    let lastAt = loadStart;
    for (const [n, batch] of fullBatches.entries()) {
      lastAt = new Date(loadStart.getTime() + 20_000 * n);
      await db.syncBatch.update({ where: { id: batch.id }, data: { receivedAt: lastAt } });
    }
    await db.practice.update({
      where: { id: practiceId },
      data: { firstLoadCompletedAt: lastAt },
    });

    // Prescriptions for a few pets, two of which the delta below touches.
    const patients = await db.pimsPatient.findMany({
      where: { practiceId, deceased: false },
      orderBy: { pimsId: "asc" },
      take: 12,
      select: { pimsId: true, clientPimsId: true, name: true },
    });
    const products = [
      "Apoquel 16 mg tablets",
      "Hill's Prescription Diet k/d 8.5 lb",
      "Vetmedin 5 mg chewables",
      "Rimadyl 75 mg caplets",
    ];
    await db.prescription.createMany({
      data: patients.map((p, i) => ({
        practiceId,
        patientPimsId: p.pimsId,
        product: products[i % products.length],
        autoShip: i % 2 === 0,
      })),
    });

    // A delta a few days later: an email (applied), a surname and an address (held for review),
    // a pet renamed (held; prescriptions need renewing if confirmed) and a pet that died (applied,
    // its prescriptions paused at once).
    const clients = await db.pimsClient.findMany({
      where: { practiceId, pimsId: { in: [...new Set(patients.slice(0, 3).map((p) => p.clientPimsId))] } },
    });
    const stamp = new Date().toISOString();
    const row = (c: (typeof clients)[number]) => ({
      client_id: c.pimsId,
      first_name: c.firstName,
      last_name: c.lastName,
      address1: c.address1 ?? "",
      city: c.city ?? "",
      state: c.state ?? "",
      postal_code: c.postalCode ?? "",
      home_phone: c.homePhone ?? "",
      cell_phone: c.cellPhone ?? "",
      email: c.email ?? "",
      updated_at: stamp,
    });
    const deltaClients = clients.map((c, i) =>
      i === 0
        ? { ...row(c), last_name: `${c.lastName}-Reyes` }
        : i === 1
          ? { ...row(c), address1: "4410 NE Alberta Street", postal_code: "97211" }
          : { ...row(c), email: `new.${c.pimsId}@example.com` },
    );
    const pet = (p: (typeof patients)[number]) =>
      db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: p.pimsId } } });
    const [renamed, died] = await Promise.all([pet(patients[0]), pet(patients[1])]);
    const petRow = (p: typeof renamed) => ({
      patient_id: p.pimsId,
      client_id: p.clientPimsId,
      name: p.name,
      species: p.species,
      breed: p.breed ?? "",
      sex: p.sex ?? "",
      birth_date: p.birthDate?.toISOString().slice(0, 10) ?? "",
      weight: p.weightLb?.toString() ?? "",
      weight_unit: "lb",
      updated_at: stamp,
    });
    await ingestBatch(practiceId, {
      batch_id: "demo-delta-1",
      mode: "delta",
      last: false,
      clients: deltaClients,
      patients: [
        { ...petRow(renamed), name: `${renamed.name} Jr` },
        { ...petRow(died), deceased: "Y", deceased_date: stamp.slice(0, 10) },
      ],
    });

    // The agent that just sent the delta has just reported in too.
    await db.practice.update({ where: { id: practiceId }, data: { lastHeartbeatAt: new Date() } });
    await importHomeDelivery(practiceId, dir);
    await runMatching(practiceId);
    return { clients: set.counts.clients, patients: set.counts.patients, homeDeliveryClients: set.counts.homeDeliveryClients };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
