// Receives one batch from a practice's agent: idempotent by batch id, every record validated on
// its own, all writes of the batch in one transaction (nothing half-written), then the journey
// is told the first data arrived. Batches of one practice are applied one at a time.
// Once the transaction has committed nothing here throws: the batch is stored, and the steps
// after it (statistics, matching, "first data received") log their failures and are retried
// by their own jobs, so the route never answers "nothing was written" for a stored batch.
import type { Pool, PoolClient } from "pg";
import { lockInTransaction } from "@/lib/db/locks";
import { pool } from "@/lib/db/pool";
import { inTransaction } from "@/lib/db/transaction";
import { enqueueMatchingSafely } from "@/lib/jobs/send";
import { recordFirstDataSafely } from "@/lib/onboarding/first-data";
import type { BatchEnvelope, BatchResult, RecordError } from "./batch-schema";
import { validateBatchRecords } from "./validate-batch";
import { existingClientIds, insertNewClients, insertNewPatients } from "./write-records";
import { applyClientsWithPolicy, applyPatientsWithPolicy, queuePendingChanges } from "./apply-policy";
import { recordAppliedChanges, type AppliedChangeDraft } from "./applied-changes";
import { batchOutcome } from "./batch-outcome";
import { completeReload, reloadOf, stampReloadRecords } from "@/lib/resync/reload";

const MAX_ERRORS_STORED = 1_000;

async function storedResult(client: Pool | PoolClient, practiceId: string, batchKey: string): Promise<BatchResult | null> {
  const found = await client.query<{ response: BatchResult }>(
    `SELECT response FROM sync_batches WHERE practice_id = $1 AND batch_key = $2`,
    [practiceId, batchKey],
  );
  return found.rows[0] ? { ...found.rows[0].response, replayed: true } : null;
}

export async function ingestBatch(practiceId: string, batch: BatchEnvelope): Promise<BatchResult> {
  const started = Date.now();
  const replay = await storedResult(pool(), practiceId, batch.batch_id);
  if (replay) return replay;
  // Validation and normalization need no lock: do them before the transaction.
  const { clients, patients, rejected, duplicates } = validateBatchRecords(batch.clients, batch.patients);

  const stored = await inTransaction(async (client) => {
    // One batch of a practice at a time: keeps replays and concurrent pushes consistent.
    await lockInTransaction(client, "practiceSync", practiceId);
    const raced = await storedResult(client, practiceId, batch.batch_id);
    if (raced) return { result: raced, status: null };
    const practice = await client.query<{ first_load_completed_at: Date | null; status: string }>(
      `SELECT first_load_completed_at, status FROM practices WHERE id = $1`,
      [practiceId],
    );
    const status = practice.rows[0].status;
    const policy = practice.rows[0].first_load_completed_at !== null;
    // A re-sync staff asked for (lib/resync/): after the first load it too goes through the policy.
    const reload = policy ? await reloadOf(client, practiceId, batch.resync_id) : null;
    const batchRowId = crypto.randomUUID();
    const pending: Parameters<typeof queuePendingChanges>[3] = [];
    const appliedChanges: AppliedChangeDraft[] = [];

    if (policy)
      await applyClientsWithPolicy(
        client,
        practiceId,
        batchRowId,
        clients.map((c) => c.row),
        pending,
        appliedChanges,
      );
    else
      await insertNewClients(
        client,
        practiceId,
        batchRowId,
        clients.map((c) => c.row),
      );

    // A patient's owner must exist in this or an earlier export.
    const owners = await existingClientIds(client, practiceId, [...new Set(patients.map((p) => p.row.clientId))]);
    const orphan = patients.filter((p) => !owners.has(p.row.clientId));
    const orphanErrors: RecordError[] = orphan.map((p) => ({
      type: "patient",
      id: p.id,
      position: p.position,
      field: "client_id",
      message: `client ${p.row.clientId} is not in this or an earlier export`,
    }));
    const goodPatients = patients.filter((p) => owners.has(p.row.clientId)).map((p) => p.row);
    if (policy) await applyPatientsWithPolicy(client, practiceId, batchRowId, goodPatients, pending, appliedChanges);
    else await insertNewPatients(client, practiceId, batchRowId, goodPatients);
    const queued = await queuePendingChanges(client, practiceId, batchRowId, pending);
    const pendingCount = queued.length;
    if (reload) {
      // A record the export carried counts as present even when one of its fields was rejected.
      const sent = (type: "client" | "patient") =>
        [...rejected, ...duplicates].filter((e) => e.type === type && e.id).map((e) => e.id!);
      await stampReloadRecords(
        client,
        practiceId,
        reload,
        [...clients.map((c) => c.row.clientId), ...sent("client")],
        [...patients.map((p) => p.row.patientId), ...sent("patient")],
      );
      if (batch.last) await completeReload(client, practiceId, reload);
    }

    const received = batch.clients.length + batch.patients.length;
    // A record with several faults counts once; a duplicate's older copy counts as rejected too.
    const rejectedRecords = new Set([...rejected, ...orphanErrors].map((e) => `${e.type}|${e.position}`)).size;
    const accepted = received - rejectedRecords - duplicates.length;
    const errors = [...rejected, ...duplicates, ...orphanErrors];
    const { status: outcome, applied } = batchOutcome({
      policy,
      received,
      accepted,
      errors: errors.length,
      changedRecords: [...appliedChanges, ...queued].map((c) => `${c.entity}|${c.pimsId}`),
    });
    const result: BatchResult = {
      batch_id: batch.batch_id,
      status: outcome,
      received,
      applied,
      rejected: rejectedRecords + duplicates.length,
      pending_changes: pendingCount,
      errors: errors.slice(0, MAX_ERRORS_STORED),
    };
    await client.query(
      `INSERT INTO sync_batches (id, practice_id, batch_key, mode, status, received, applied, rejected, pending_changes, response, received_at, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)`,
      [
        batchRowId,
        practiceId,
        batch.batch_id,
        batch.mode,
        result.status.toUpperCase(),
        received,
        applied,
        result.rejected,
        pendingCount,
        JSON.stringify(result),
        Date.now() - started,
      ],
    );
    await recordAppliedChanges(client, practiceId, batchRowId, appliedChanges);
    const kept = errors.slice(0, MAX_ERRORS_STORED);
    if (kept.length) {
      await client.query(
        `INSERT INTO sync_errors (id, practice_id, batch_id, record_type, record_id, position, field, message, created_at)
         SELECT gen_random_uuid()::text, $1, $2, u.t, u.rid, u.pos, u.f, u.m, now()
         FROM unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[]) AS u(t, rid, pos, f, m)`,
        [
          practiceId,
          batchRowId,
          kept.map((e) => e.type),
          kept.map((e) => e.id),
          kept.map((e) => e.position),
          kept.map((e) => e.field),
          kept.map((e) => e.message),
        ],
      );
    }
    await client.query(
      `UPDATE practices SET
         last_sync_at = CASE WHEN $2 > 0 THEN now() ELSE last_sync_at END, -- records accepted, changed or not
         first_load_expected_clients = COALESCE($3, first_load_expected_clients),
         first_load_expected_patients = COALESCE($4, first_load_expected_patients),
         first_load_completed_at = CASE WHEN $5 AND first_load_completed_at IS NULL THEN now() ELSE first_load_completed_at END,
         updated_at = now()
       WHERE id = $1`,
      [
        practiceId,
        accepted,
        batch.mode === "full" ? (batch.expected_clients ?? null) : null,
        batch.mode === "full" ? (batch.expected_patients ?? null) : null,
        batch.mode === "full" && batch.last,
      ],
    );
    return { result, status };
  });
  const { result, status } = stored;
  if (status === null) return result; // another push of the same batch stored it first
  // A first load can add hundreds of thousands of rows before autovacuum notices: refresh the
  // planner's statistics before answering the last batch, or the first deltas are planned for
  // an empty table (a scan of every patient of the practice instead of primary-key lookups:
  // 100+ ms instead of a few). Only while the practice is a large share of the table: at fleet
  // scale the statistics already describe it (and ANALYZE of millions of rows costs seconds).
  if (batch.mode === "full" && batch.last === true) await analyzeSyncTablesIfOutgrown(practiceId);
  // Matching after a full load / a delta with records.
  if (batch.mode === "full" ? batch.last === true : result.applied > 0) void enqueueMatchingSafely(practiceId);
  // Step 6 of the journey: the first data received makes an installed practice Live. If this
  // fails, the `onboarding.first-data` job makes it Live from the stored batch.
  if (result.applied > 0 && status === "INSTALLED") await recordFirstDataSafely(practiceId);
  return result;
}

/** Share of a table one practice's rows may hold before its statistics are refreshed at once. */
const OUTGROWN_SHARE = 0.1;

async function analyzeSyncTablesIfOutgrown(practiceId: string) {
  try {
    const { rows } = await pool().query<{ table: string; estimate: number; rows: number }>(
      `SELECT t.name AS table, c.reltuples::float8 AS estimate,
              CASE t.name WHEN 'pims_clients' THEN (SELECT count(*) FROM pims_clients WHERE practice_id = $1)
                          ELSE (SELECT count(*) FROM pims_patients WHERE practice_id = $1) END::float8 AS rows
       FROM unnest(ARRAY['pims_clients', 'pims_patients']) AS t(name) JOIN pg_class c ON c.oid = t.name::regclass`,
      [practiceId],
    );
    // reltuples is -1 for a table never analyzed.
    const stale = rows.filter((r) => r.rows > 0 && (r.estimate < 0 || r.rows > r.estimate * OUTGROWN_SHARE));
    if (stale.length) await pool().query(`ANALYZE ${stale.map((r) => r.table).join(", ")}`);
  } catch (error) {
    console.error(`ANALYZE after the first load failed: ${(error as Error).message}`);
  }
}

export type { RecordError };
