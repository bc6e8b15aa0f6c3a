// The agent's side of a re-sync, inside the batch's transaction (lib/sync/ingest-batch.ts): a
// batch that names the open request (`resync_id`) belongs to it. Records a full reload carries
// are stamped with the request id; the reload's last batch marks every record of the practice
// it did not carry as missing (never deleted), clears the mark of those it did, and completes
// the request. Records themselves go through the update policy like any batch after the first load.
import { addJourneyEventSql } from "@/lib/onboarding/journey-events";
import type { PoolClient } from "pg";

export type ReloadBatch = { requestId: string; mode: "full" | "since" };

/** The open request this batch belongs to, or null (unknown or finished ids are ignored: the data still applies). */
export async function reloadOf(
  client: PoolClient,
  practiceId: string,
  resyncId: string | undefined,
): Promise<ReloadBatch | null> {
  if (!resyncId) return null;
  const { rows } = await client.query<{ id: string; mode: "full" | "since" }>(
    `SELECT id, mode FROM resync_requests WHERE id = $1 AND practice_id = $2 AND completed_at IS NULL FOR UPDATE`,
    [resyncId, practiceId],
  );
  return rows[0] ? { requestId: rows[0].id, mode: rows[0].mode } : null;
}

export async function stampReloadRecords(
  client: PoolClient,
  practiceId: string,
  reload: ReloadBatch,
  clientIds: string[],
  patientIds: string[],
) {
  if (reload.mode !== "full") return;
  await client.query(
    `UPDATE pims_clients SET reload_id = $2, missing_since = NULL WHERE practice_id = $1 AND pims_id = ANY($3::text[])`,
    [practiceId, reload.requestId, clientIds],
  );
  await client.query(
    `UPDATE pims_patients SET reload_id = $2, missing_since = NULL WHERE practice_id = $1 AND pims_id = ANY($3::text[])`,
    [practiceId, reload.requestId, patientIds],
  );
}

export async function completeReload(client: PoolClient, practiceId: string, reload: ReloadBatch) {
  let missingClients: number | null = null;
  let missingPatients: number | null = null;
  if (reload.mode === "full") {
    const mark = (table: string) =>
      client.query<{ n: number }>(
        `WITH marked AS (UPDATE ${table} SET missing_since = coalesce(missing_since, now())
                         WHERE practice_id = $1 AND reload_id IS DISTINCT FROM $2 RETURNING 1)
         SELECT count(*)::int AS n FROM marked`,
        [practiceId, reload.requestId],
      );
    missingClients = (await mark("pims_clients")).rows[0].n;
    missingPatients = (await mark("pims_patients")).rows[0].n;
  }
  await client.query(
    `UPDATE resync_requests SET completed_at = now(), missing_clients = $2, missing_patients = $3 WHERE id = $1`,
    [reload.requestId, missingClients, missingPatients],
  );
  const note =
    reload.mode === "full"
      ? `Full reload received: ${missingClients} clients and ${missingPatients} patients were missing from it (marked, not deleted)`
      : "Changes since the asked date received";
  await addJourneyEventSql(client, { practiceId, kind: "resync", action: "completed", actor: { label: "sync agent" }, note });
}
