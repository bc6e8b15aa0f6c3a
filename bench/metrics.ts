// `npm run bench:metrics`: what /api/metrics costs as history grows. Fills sync_batches,
// writeback_items and outbox_emails with years' worth of rows in steps (COPY-free: set-based
// INSERTs, which the tally triggers count like any other writer) and, at each step, times
//   - readOpsSnapshot (what /api/metrics reads: the tallies), median of 20 reads;
//   - the whole-table counts the metrics used to make (for comparison), median of 3.
// Prints one line per step. Ports: BENCH_PG_PORT (default 54344). Run with the react-server
// condition (the npm script does), as ops-snapshot.ts is server-only.
import os from "node:os";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrate";

const STEPS = (process.env.BENCH_METRICS_STEPS ?? "0,1000000,4000000").split(",").map(Number);
const log = (line: string) => console.log(`[bench:metrics] ${line}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const cpus = os.cpus();
  log(`machine: ${cpus.length} cores, ${cpus[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
  const database = await startEmbeddedPostgres({
    dataDir: ".data/bench-metrics-postgres",
    port: Number(process.env.BENCH_PG_PORT ?? 54344),
    database: "pims_link_bench_metrics",
    freshDatabase: true,
    log,
  });
  process.env.DATABASE_URL = database.url;
  try {
    await applyMigrations(database.url, log);
    const { pool } = await import("../lib/db/pool");
    const { readOpsSnapshot } = await import("../lib/observability/ops-snapshot");
    const { foldTallies } = await import("../lib/observability/tallies");
    const db = pool();
    const partner = await db.query<{ id: string }>(
      `INSERT INTO partners (id, name) VALUES (gen_random_uuid()::text, 'Bench partner') RETURNING id`,
    );
    const practice = await db.query<{ id: string }>(
      `INSERT INTO practices (id, slug, name, address1, city, state, postal_code, phone, time_zone, pims_version, approx_clients, status, partner_id, installed_at, updated_at)
       VALUES (gen_random_uuid()::text, 'bench-metrics', 'Bench Metrics Vet', '1 Main St', 'Portland', 'OR', '97201', '(503) 555-0100', 'America/Los_Angeles', '9.5', 1000, 'LIVE', $1, now(), now()) RETURNING id`,
      [partner.rows[0].id],
    );
    const practiceId = practice.rows[0].id;
    // Throwaway database: the items' foreign keys (orders, lines) are dropped so history rows can
    // be made without orders; the tally triggers stay, which is what is measured.
    const fks = await db.query<{ name: string }>(
      `SELECT conname AS name FROM pg_constraint WHERE conrelid = 'writeback_items'::regclass AND contype = 'f'`,
    );
    for (const fk of fks.rows) await db.query(`ALTER TABLE writeback_items DROP CONSTRAINT "${fk.name}"`);
    const oldQueries = [
      `SELECT mode, status, count(*), sum(received), sum(applied), sum(rejected), sum(duration_ms),
              count(*) FILTER (WHERE duration_ms <= 100), count(*) FILTER (WHERE duration_ms <= 1000)
         FROM sync_batches GROUP BY mode, status`,
      `SELECT status, count(*) FROM writeback_items GROUP BY status`,
      `SELECT status, count(*) FROM outbox_emails GROUP BY status`,
    ];
    let rows = 0;
    console.log(
      `\nPIMS Link metrics benchmark (${cpus.length} cores): history rows per table -> /api/metrics read (tallies) vs the old whole-table counts`,
    );
    for (const target of STEPS) {
      // Grow each table to `target` rows, 500,000 per statement (one trigger run each).
      while (rows < target) {
        const n = Math.min(500_000, target - rows);
        await db.query(
          `INSERT INTO sync_batches (id, practice_id, batch_key, mode, status, received, applied, rejected, pending_changes, response, duration_ms)
           SELECT 'b' || ($2::bigint + g), $1, 'k' || ($2::bigint + g), CASE WHEN g % 50 = 0 THEN 'full' ELSE 'delta' END,
                  (CASE WHEN g % 97 = 0 THEN 'PARTIAL' ELSE 'SUCCEEDED' END)::"BatchStatus", 50, 49, g % 2, 0, '{}', (g % 400)
             FROM generate_series(1, $3::int) g`,
          [practiceId, rows, n],
        );
        await db.query(
          `INSERT INTO writeback_items (id, practice_id, order_line_id, order_id, idempotency_key, hd_pet_id, status, line_date, text, shipped_at, updated_at)
           SELECT 'w' || ($2::bigint + g), $1, 'l' || ($2::bigint + g), 'o', 'i' || ($2::bigint + g), 'pet', 'WRITTEN', current_date, 'line', now(), now()
             FROM generate_series(1, $3::int) g`,
          [practiceId, rows, n],
        );
        await db.query(
          `INSERT INTO outbox_emails (id, practice_id, template, to_address, subject, html, text, status)
           SELECT 'e' || ($2::bigint + g), $1, 'bench', 'a@example.com', 's', 'h', 't', 'SENT' FROM generate_series(1, $3::int) g`,
          [practiceId, rows, n],
        );
        rows += n;
      }
      await foldTallies(db);
      await db.query("VACUUM ANALYZE sync_batches, writeback_items, outbox_emails, sync_batch_tallies, status_tallies");
      const reads: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        await readOpsSnapshot(db);
        reads.push(performance.now() - t);
      }
      const olds: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await Promise.all(oldQueries.map((q) => db.query(q)));
        olds.push(performance.now() - t);
      }
      console.log(
        `${rows.toLocaleString("en-US").padStart(11)} rows each: metrics read median ${median(reads).toFixed(1)} ms; whole-table counts median ${median(olds).toFixed(1)} ms`,
      );
    }
    await db.end();
  } finally {
    await database.stop();
  }
}

await main();
process.exit(0);
