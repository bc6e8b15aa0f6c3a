// The record of what the update policy applied by itself after the first load: new clients and
// patients, and the automatic fields (email, weight, deceased) with before and after. One
// set-based INSERT per batch, inside the batch's own transaction (lib/sync/ingest-batch.ts):
// crash-safety is by that transaction alone, so an acknowledged batch always has exactly the
// changes it made and their record, and a batch lost to a crash has neither.
import type { PoolClient } from "pg";

export type AppliedKind = "new_client" | "new_patient" | "email" | "weight" | "deceased";

export type AppliedChangeDraft = {
  entity: "client" | "patient";
  pimsId: string;
  kind: AppliedKind;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
};

/** Writes the batch's applied changes; the batch row must already exist (foreign key). */
export async function recordAppliedChanges(
  client: PoolClient,
  practiceId: string,
  batchId: string,
  drafts: AppliedChangeDraft[],
) {
  if (drafts.length === 0) return;
  await client.query(
    `INSERT INTO applied_changes (id, practice_id, batch_id, entity, pims_id, kind, before, after, applied_at)
     SELECT gen_random_uuid()::text, $1, $2, u.entity, u.pims_id, u.kind, u.before::jsonb, u.after::jsonb, now()
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(entity, pims_id, kind, before, after)`,
    [
      practiceId,
      batchId,
      drafts.map((d) => d.entity),
      drafts.map((d) => d.pimsId),
      drafts.map((d) => d.kind),
      drafts.map((d) => (d.before === null ? null : JSON.stringify(d.before))),
      drafts.map((d) => JSON.stringify(d.after)),
    ],
  );
}
