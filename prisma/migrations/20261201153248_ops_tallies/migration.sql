-- CreateTable
CREATE TABLE "sync_batch_tallies" (
    "id" BIGSERIAL NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "batches" BIGINT NOT NULL,
    "received" BIGINT NOT NULL,
    "applied" BIGINT NOT NULL,
    "rejected" BIGINT NOT NULL,
    "pending_changes" BIGINT NOT NULL,
    "duration_ms" BIGINT NOT NULL,
    "buckets" BIGINT[],

    CONSTRAINT "sync_batch_tallies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_tallies" (
    "id" BIGSERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "n" BIGINT NOT NULL,

    CONSTRAINT "status_tallies_pkey" PRIMARY KEY ("id")
);


-- Tallies for /api/metrics (lib/observability/tallies.ts). Triggers append one small row per
-- statement that writes sync_batches, writeback_items or outbox_emails, so every writer is
-- counted (agent routes, jobs, the CLI, COPY) and the metrics never count tables that grow for
-- years. Appending never waits on another transaction (no shared counter row to lock); the
-- ops.fold-tallies job folds the rows into one per key now and then.

-- Writers wait from here until the migration commits: every row is either counted below or
-- by a trigger, once.
LOCK TABLE sync_batches, writeback_items, outbox_emails IN SHARE ROW EXCLUSIVE MODE;

-- Element-wise sum of bigint arrays, for the duration histogram's buckets.
CREATE FUNCTION bigint_array_add(a bigint[], b bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN a IS NULL THEN b ELSE ARRAY(SELECT x + y FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i) ORDER BY i) END
$$;
CREATE AGGREGATE bigint_array_sum(bigint[]) (SFUNC = bigint_array_add, STYPE = bigint[]);

-- sync_batches is insert-only, so its tallies only grow (a deleted practice's history stays:
-- Prometheus counters only go up). buckets[i] counts the batches that took at most
-- BATCH_DURATION_BUCKETS[i] seconds (lib/observability/ops-snapshot.ts; a test checks they agree).
CREATE FUNCTION tally_sync_batches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_batch_tallies (mode, status, batches, received, applied, rejected, pending_changes, duration_ms, buckets)
  SELECT mode, status::text, count(*), sum(received), sum(applied), sum(rejected), sum(pending_changes), sum(duration_ms),
         ARRAY[count(*) FILTER (WHERE duration_ms <= 25), count(*) FILTER (WHERE duration_ms <= 50),
               count(*) FILTER (WHERE duration_ms <= 100), count(*) FILTER (WHERE duration_ms <= 250),
               count(*) FILTER (WHERE duration_ms <= 500), count(*) FILTER (WHERE duration_ms <= 1000),
               count(*) FILTER (WHERE duration_ms <= 2500), count(*) FILTER (WHERE duration_ms <= 5000),
               count(*) FILTER (WHERE duration_ms <= 10000), count(*) FILTER (WHERE duration_ms <= 30000)]::bigint[]
    FROM new_rows GROUP BY mode, status::text;
  RETURN NULL;
END $$;
CREATE TRIGGER sync_batches_tally AFTER INSERT ON sync_batches
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_sync_batches();

-- writeback_items and outbox_emails change status: their tallies are gauges, moved by the rows'
-- statuses after a statement minus before it. One function per operation, since a statement
-- trigger sees only the transition tables of its own operation.
CREATE FUNCTION tally_status_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO status_tallies (subject, status, n)
  SELECT TG_ARGV[0], status::text, count(*) FROM new_rows GROUP BY status;
  RETURN NULL;
END $$;
CREATE FUNCTION tally_status_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO status_tallies (subject, status, n)
  SELECT TG_ARGV[0], status, sum(n) FROM (
    SELECT status::text AS status, 1 AS n FROM new_rows
    UNION ALL
    SELECT status::text, -1 FROM old_rows
  ) moves GROUP BY status HAVING sum(n) <> 0;
  RETURN NULL;
END $$;
CREATE FUNCTION tally_status_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO status_tallies (subject, status, n)
  SELECT TG_ARGV[0], status::text, -count(*) FROM old_rows GROUP BY status;
  RETURN NULL;
END $$;

-- TRUNCATE (tests, a reset) empties the table: its gauges go back to nothing.
CREATE FUNCTION tally_status_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM status_tallies WHERE subject = TG_ARGV[0];
  RETURN NULL;
END $$;

CREATE TRIGGER writeback_items_tally_insert AFTER INSERT ON writeback_items
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_status_insert('writeback');
CREATE TRIGGER writeback_items_tally_update AFTER UPDATE ON writeback_items
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_status_update('writeback');
CREATE TRIGGER writeback_items_tally_delete AFTER DELETE ON writeback_items
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_status_delete('writeback');
CREATE TRIGGER writeback_items_tally_truncate AFTER TRUNCATE ON writeback_items
  FOR EACH STATEMENT EXECUTE FUNCTION tally_status_truncate('writeback');
CREATE TRIGGER outbox_emails_tally_insert AFTER INSERT ON outbox_emails
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_status_insert('email');
CREATE TRIGGER outbox_emails_tally_update AFTER UPDATE ON outbox_emails
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_status_update('email');
CREATE TRIGGER outbox_emails_tally_delete AFTER DELETE ON outbox_emails
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_status_delete('email');

CREATE TRIGGER outbox_emails_tally_truncate AFTER TRUNCATE ON outbox_emails
  FOR EACH STATEMENT EXECUTE FUNCTION tally_status_truncate('email');

-- The history so far, counted once: the lock taken above keeps writers out until the migration
-- (one transaction) commits, so no row is counted twice or missed.
INSERT INTO sync_batch_tallies (mode, status, batches, received, applied, rejected, pending_changes, duration_ms, buckets)
SELECT mode, status::text, count(*), sum(received), sum(applied), sum(rejected), sum(pending_changes), sum(duration_ms),
       ARRAY[count(*) FILTER (WHERE duration_ms <= 25), count(*) FILTER (WHERE duration_ms <= 50),
             count(*) FILTER (WHERE duration_ms <= 100), count(*) FILTER (WHERE duration_ms <= 250),
             count(*) FILTER (WHERE duration_ms <= 500), count(*) FILTER (WHERE duration_ms <= 1000),
             count(*) FILTER (WHERE duration_ms <= 2500), count(*) FILTER (WHERE duration_ms <= 5000),
             count(*) FILTER (WHERE duration_ms <= 10000), count(*) FILTER (WHERE duration_ms <= 30000)]::bigint[]
  FROM sync_batches GROUP BY mode, status::text;
INSERT INTO status_tallies (subject, status, n) SELECT 'writeback', status::text, count(*) FROM writeback_items GROUP BY status;
INSERT INTO status_tallies (subject, status, n) SELECT 'email', status::text, count(*) FROM outbox_emails GROUP BY status;

-- The oldest item queued for an agent, without reading the written ones.
CREATE INDEX writeback_items_pending_shipped_at_idx ON writeback_items (shipped_at) WHERE status = 'PENDING';
