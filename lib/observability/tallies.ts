// Used by the worker (ops.fold-tallies) as well as the web app, so not marked server-only.
// The running totals behind /api/metrics. Database triggers (migration ops_tallies) append one
// small row per statement that writes sync_batches, writeback_items or outbox_emails: the
// batches stored with their records and durations (counters), and the items and emails moved
// between statuses (gauges). Reading sums the rows, so the metrics cost the same after years of
// history as on the first day; folding replaces the rows by one per key, now and then.
import type pg from "pg";

/**
 * Folds the tallies into one row per key. Each statement deletes the rows it sees and inserts
 * their sums in one step, so a reader sees the tallies before or after it, never half of it,
 * and rows that triggers append meanwhile are left for the next fold.
 */
export async function foldTallies(db: pg.Pool | pg.PoolClient): Promise<{ batchRows: number; statusRows: number }> {
  const batches = await db.query(
    `WITH gone AS (DELETE FROM sync_batch_tallies RETURNING *)
     INSERT INTO sync_batch_tallies (mode, status, batches, received, applied, rejected, pending_changes, duration_ms, buckets)
     SELECT mode, status, sum(batches), sum(received), sum(applied), sum(rejected), sum(pending_changes), sum(duration_ms),
            bigint_array_sum(buckets)
       FROM gone GROUP BY mode, status`,
  );
  const statuses = await db.query(
    `WITH gone AS (DELETE FROM status_tallies RETURNING *)
     INSERT INTO status_tallies (subject, status, n) SELECT subject, status, sum(n) FROM gone GROUP BY subject, status`,
  );
  return { batchRows: batches.rowCount ?? 0, statusRows: statuses.rowCount ?? 0 };
}
