/**
 * Keeps not-yet-written writeback items in step with the practice's pet links. Called inside
 * the merge transactions (matching runs, staff merge and unmerge) after they change pet_links,
 * so an item and the link it depends on always change together. Idempotent: running it again
 * changes nothing.
 *
 * - Withdraw: an item not written yet (queued, leased or dead) whose pet is no longer linked to
 *   the patient it was queued for goes back to WAITING_LINK, recorded; its attempts restart. A
 *   leased one's lease is cancelled: a late "written" from the agent is refused and recorded.
 * - Release: WAITING_LINK items of pets that now have a link are queued for that patient
 *   (flagged when the patient is deceased).
 * Written items are history and never move.
 */
import type { PoolClient } from "pg";

export async function followPetLinks(
  client: PoolClient,
  practiceId: string,
  actor: string,
  now: Date = new Date(),
): Promise<{ withdrawn: number; released: number }> {
  const withdrawn = await client.query(
    `WITH gone AS (
       SELECT w.id, w.pims_patient_id AS old_patient, w.status AS old_status FROM writeback_items w
       WHERE w.practice_id = $1 AND w.status IN ('PENDING', 'LEASED', 'DEAD')
         AND NOT EXISTS (SELECT 1 FROM pet_links pl WHERE pl.practice_id = w.practice_id AND pl.hd_pet_id = w.hd_pet_id AND pl.pims_patient_id = w.pims_patient_id)
       FOR UPDATE OF w
     ), moved AS (
       UPDATE writeback_items w SET status = 'WAITING_LINK', pims_patient_id = NULL, deceased_flag = false, lease_id = NULL, lease_expires_at = NULL,
         next_attempt_at = NULL, attempts = 0, updated_at = $2
       FROM gone WHERE w.id = gone.id
       RETURNING w.id, gone.old_patient, gone.old_status
     )
     INSERT INTO writeback_events (id, practice_id, item_id, kind, note, actor, created_at)
     SELECT gen_random_uuid()::text, $1, id, 'withdrawn',
       'The pet is no longer linked to PIMS patient ' || old_patient || ': not written yet' ||
         CASE WHEN old_status = 'LEASED' THEN ' (its delivery to the agent was cancelled)' ELSE '' END || ', so it waits for a new link',
       $3, $2
     FROM moved`,
    [practiceId, now, actor],
  );
  const released = await client.query(
    `WITH rel AS (
       UPDATE writeback_items w SET status = 'PENDING', pims_patient_id = pl.pims_patient_id, deceased_flag = coalesce(p.deceased, false),
         next_attempt_at = $2, attempts = 0, updated_at = $2
       FROM pet_links pl LEFT JOIN pims_patients p ON p.practice_id = pl.practice_id AND p.pims_id = pl.pims_patient_id
       WHERE w.practice_id = $1 AND w.status = 'WAITING_LINK' AND pl.practice_id = w.practice_id AND pl.hd_pet_id = w.hd_pet_id
       RETURNING w.id, w.pims_patient_id, w.deceased_flag
     )
     INSERT INTO writeback_events (id, practice_id, item_id, kind, note, actor, created_at)
     SELECT gen_random_uuid()::text, $1, id, 'released',
       'The pet is now linked to PIMS patient ' || pims_patient_id || ': queued for writeback' ||
         CASE WHEN deceased_flag THEN ' (marked deceased in the PIMS: written back anyway, flagged for staff)' ELSE '' END,
       $3, $2
     FROM rel`,
    [practiceId, now, actor],
  );
  return { withdrawn: withdrawn.rowCount ?? 0, released: released.rowCount ?? 0 };
}
