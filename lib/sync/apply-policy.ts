// Applies a batch after the first load: new records go in complete; records the pharmacy already
// has take only the automatic fields (lib/sync/update-policy.ts) and the rest is queued as
// pending changes for staff. A pet that turns deceased has its prescriptions paused at once.
// What the policy applied by itself is collected into `applied` for lib/sync/applied-changes.ts.
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import type { NormalizedClient, NormalizedPatient } from "./normalize";
import { clientPolicy, patientPolicy, type ManualChange, type StoredClient, type StoredPatient } from "./update-policy";
import { upsertClients, upsertPatients } from "./write-records";
import type { AppliedChangeDraft } from "./applied-changes";

type Pending = { entity: "client" | "patient"; pimsId: string } & ManualChange;
const num = (v: string | null) => (v === null ? null : Number(v));

export async function applyClientsWithPolicy(
  client: PoolClient,
  practiceId: string,
  batchId: string,
  rows: NormalizedClient[],
  pending: Pending[],
  applied: AppliedChangeDraft[],
) {
  if (rows.length === 0) return;
  const stored = await client.query(
    `SELECT pims_id, first_name, last_name, address1, address2, city, state, postal_code, home_phone, cell_phone, work_phone, email, inactive, pims_updated_at
     FROM pims_clients WHERE practice_id = $1 AND pims_id = ANY($2::text[]) FOR UPDATE`,
    [practiceId, rows.map((r) => r.clientId)],
  );
  const byId = new Map(stored.rows.map((r) => [r.pims_id as string, r]));
  const fresh = rows.filter((r) => !byId.has(r.clientId));
  await upsertClients(client, practiceId, batchId, fresh);
  for (const row of fresh)
    applied.push({
      entity: "client",
      pimsId: row.clientId,
      kind: "new_client",
      before: null,
      after: { firstName: row.firstName, lastName: row.lastName, email: row.email ?? null },
    });
  const updates: { id: string; email: string | null; updatedAt: string }[] = [];
  for (const row of rows) {
    const s = byId.get(row.clientId);
    if (!s || new Date(s.pims_updated_at) > row.updatedAt) continue; // new, or older than what we hold
    const current: StoredClient = {
      firstName: s.first_name,
      lastName: s.last_name,
      address1: s.address1,
      address2: s.address2,
      city: s.city,
      state: s.state,
      postalCode: s.postal_code,
      homePhone: s.home_phone,
      cellPhone: s.cell_phone,
      workPhone: s.work_phone,
      email: s.email,
      inactive: s.inactive,
    };
    const decision = clientPolicy(current, row);
    updates.push({ id: row.clientId, email: decision.next.email, updatedAt: row.updatedAt.toISOString() });
    for (const change of decision.manual) pending.push({ entity: "client", pimsId: row.clientId, ...change });
    for (const change of decision.automatic) applied.push({ entity: "client", pimsId: row.clientId, ...change });
  }
  if (updates.length) {
    await client.query(
      `UPDATE pims_clients c SET email = u.email, pims_updated_at = u.updated_at, synced_at = now(), last_batch_id = $2
       FROM unnest($3::text[], $4::text[], $5::timestamptz[]) AS u(id, email, updated_at)
       WHERE c.practice_id = $1 AND c.pims_id = u.id`,
      [practiceId, batchId, updates.map((u) => u.id), updates.map((u) => u.email), updates.map((u) => u.updatedAt)],
    );
  }
}

export async function applyPatientsWithPolicy(
  client: PoolClient,
  practiceId: string,
  batchId: string,
  rows: NormalizedPatient[],
  pending: Pending[],
  applied: AppliedChangeDraft[],
) {
  if (rows.length === 0) return { deceased: 0 };
  const stored = await client.query(
    `SELECT pims_id, client_pims_id, name, species, breed, sex, birth_date::text AS birth_date, weight_lb, weight_kg, deceased, deceased_date::text AS deceased_date, pims_updated_at
     FROM pims_patients WHERE practice_id = $1 AND pims_id = ANY($2::text[]) FOR UPDATE`,
    [practiceId, rows.map((r) => r.patientId)],
  );
  const byId = new Map(stored.rows.map((r) => [r.pims_id as string, r]));
  const fresh = rows.filter((r) => !byId.has(r.patientId));
  await upsertPatients(client, practiceId, batchId, fresh);
  for (const row of fresh)
    applied.push({
      entity: "patient",
      pimsId: row.patientId,
      kind: "new_patient",
      before: null,
      after: { name: row.name, species: row.species, clientPimsId: row.clientId, deceased: row.deceased },
    });
  const updates: { id: string; next: StoredPatient; updatedAt: string }[] = [];
  const deceased: string[] = [];
  for (const row of rows) {
    const s = byId.get(row.patientId);
    if (!s || new Date(s.pims_updated_at) > row.updatedAt) continue;
    const current: StoredPatient = {
      clientPimsId: s.client_pims_id,
      name: s.name,
      species: s.species,
      breed: s.breed,
      sex: s.sex,
      birthDate: s.birth_date,
      weightLb: num(s.weight_lb),
      weightKg: num(s.weight_kg),
      deceased: s.deceased,
      deceasedDate: s.deceased_date,
    };
    const decision = patientPolicy(current, row);
    updates.push({ id: row.patientId, next: decision.next, updatedAt: row.updatedAt.toISOString() });
    if (decision.becameDeceased) deceased.push(row.patientId);
    for (const change of decision.manual) pending.push({ entity: "patient", pimsId: row.patientId, ...change });
    for (const change of decision.automatic) applied.push({ entity: "patient", pimsId: row.patientId, ...change });
  }
  if (updates.length) {
    await client.query(
      `UPDATE pims_patients p SET weight_lb = u.weight_lb, weight_kg = u.weight_kg, deceased = u.deceased, deceased_date = u.deceased_date,
         pims_updated_at = u.updated_at, synced_at = now(), last_batch_id = $2
       FROM unnest($3::text[], $4::numeric[], $5::numeric[], $6::bool[], $7::date[], $8::timestamptz[]) AS u(id, weight_lb, weight_kg, deceased, deceased_date, updated_at)
       WHERE p.practice_id = $1 AND p.pims_id = u.id`,
      [
        practiceId,
        batchId,
        updates.map((u) => u.id),
        updates.map((u) => u.next.weightLb),
        updates.map((u) => u.next.weightKg),
        updates.map((u) => u.next.deceased),
        updates.map((u) => u.next.deceasedDate),
        updates.map((u) => u.updatedAt),
      ],
    );
  }
  if (deceased.length) {
    await client.query(
      `UPDATE prescriptions SET active = false, auto_ship = false, updated_at = now(),
         paused_reason = 'Paused: the practice''s PIMS reports this pet as deceased',
         flags = CASE WHEN 'paused_deceased' = ANY(flags) THEN flags ELSE array_append(flags, 'paused_deceased') END
       WHERE practice_id = $1 AND patient_pims_id = ANY($2::text[]) AND (active OR auto_ship)`,
      [practiceId, deceased],
    );
  }
  return { deceased: deceased.length };
}

/**
 * Queues manual changes; an older pending change of the same field is superseded, an identical one
 * kept. Returns the changes newly queued (an identical one already waiting is not news).
 */
export async function queuePendingChanges(client: PoolClient, practiceId: string, batchId: string, pending: Pending[]) {
  if (pending.length === 0) return [];
  const open = await client.query<{ id: string; entity: string; pims_id: string; field: string; after: unknown }>(
    `SELECT id, entity, pims_id, field, after FROM pending_changes WHERE practice_id = $1 AND status = 'PENDING' AND pims_id = ANY($2::text[])`,
    [practiceId, [...new Set(pending.map((p) => p.pimsId))]],
  );
  const key = (p: { entity: string; pims_id?: string; pimsId?: string; field: string }) =>
    `${p.entity}|${p.pims_id ?? p.pimsId}|${p.field}`;
  const openByKey = new Map(open.rows.map((r) => [key(r), r]));
  const toInsert: Pending[] = [];
  const superseded: string[] = [];
  for (const change of pending) {
    const existing = openByKey.get(key(change));
    if (existing && JSON.stringify(existing.after) === JSON.stringify(change.after)) continue;
    if (existing) superseded.push(existing.id);
    toInsert.push(change);
  }
  if (superseded.length) {
    await client.query(
      `UPDATE pending_changes SET status = 'DISMISSED', note = 'Superseded by a later change from the PIMS', reviewed_at = now() WHERE id = ANY($1::text[])`,
      [superseded],
    );
  }
  if (toInsert.length) {
    await client.query(
      `INSERT INTO pending_changes (id, practice_id, batch_id, entity, pims_id, field, before, after, status, created_at)
       SELECT u.id, $1, $2, u.entity, u.pims_id, u.field, u.before::jsonb, u.after::jsonb, 'PENDING', now()
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS u(id, entity, pims_id, field, before, after)`,
      [
        practiceId,
        batchId,
        toInsert.map(() => randomUUID()),
        toInsert.map((p) => p.entity),
        toInsert.map((p) => p.pimsId),
        toInsert.map((p) => p.field),
        toInsert.map((p) => JSON.stringify(p.before)),
        toInsert.map((p) => JSON.stringify(p.after)),
      ],
    );
  }
  return toInsert;
}
