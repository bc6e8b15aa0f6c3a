import "server-only";
// The operational figures of the whole deployment, read from the database at the moment they
// are asked for. Counters of work (batches, records) and counts by status (writeback items,
// emails) are the database's own tallies (lib/observability/tallies.ts), not numbers held in a
// process, so every web process behind the load balancer answers the same, a restart loses
// nothing, and years of history cost no more to read than a day. Each section is one small query.
import type pg from "pg";

/** Upper bounds of the batch duration histogram, in seconds (Prometheus convention). */
export const BATCH_DURATION_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** A worker whose heartbeat is older than this is taken as gone. */
const WORKER_ALIVE_SECONDS = 30;

type BatchRow = {
  mode: string;
  status: string;
  batches: number;
  received: number;
  applied: number;
  rejected: number;
  pendingChanges: number;
  durationSum: number;
  buckets: number[];
};
export type QueueRow = { name: string; depth: number; oldestAgeSeconds: number; active: number; failed: number };

export type OpsSnapshot = {
  batches: BatchRow[];
  agents: { fresh: number; silent: number; reporting: number };
  workers: { alive: number; lastBeatAgeSeconds: number | null };
  queues: QueueRow[];
  writeback: { byStatus: Record<string, number>; oldestPendingAgeSeconds: number };
  emails: Record<string, number>;
  /** Open integration alerts by rule and severity; null while the alerts table does not exist. */
  alerts: { rule: string; severity: string; open: number }[] | null;
  databaseBytes: number;
};

const num = (value: unknown) => Number(value ?? 0);

async function tableExists(client: pg.PoolClient | pg.Pool, name: string): Promise<boolean> {
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [name]);
  return rows[0].found !== null;
}

async function readBatches(db: pg.Pool): Promise<BatchRow[]> {
  const { rows } = await db.query(
    `SELECT mode, status, sum(batches) AS batches, sum(received) AS received, sum(applied) AS applied, sum(rejected) AS rejected,
            sum(pending_changes) AS pending, sum(duration_ms) AS duration_ms, bigint_array_sum(buckets) AS buckets
       FROM sync_batch_tallies GROUP BY mode, status ORDER BY mode, status`,
  );
  return rows.map((row) => ({
    mode: row.mode,
    status: row.status,
    batches: num(row.batches),
    received: num(row.received),
    applied: num(row.applied),
    rejected: num(row.rejected),
    pendingChanges: num(row.pending),
    durationSum: num(row.duration_ms) / 1000,
    buckets: BATCH_DURATION_BUCKETS.map((_, i) => num(row.buckets?.[i])),
  }));
}

/** Items or emails by status, from the tallies (a status nothing is in reads 0). */
async function readStatusTallies(db: pg.Pool, subject: "writeback" | "email"): Promise<Record<string, number>> {
  const { rows } = await db.query(`SELECT status, sum(n) AS n FROM status_tallies WHERE subject = $1 GROUP BY status`, [subject]);
  return Object.fromEntries(rows.map((row) => [row.status, num(row.n)]));
}

async function readQueues(db: pg.Pool): Promise<QueueRow[]> {
  if (!(await tableExists(db, "pgboss.queue"))) return [];
  // Every queue pg-boss knows, with or without jobs; "due" = created or retrying and past start_after.
  const due = "j.state IN ('created', 'retry') AND j.start_after <= now()";
  const { rows } = await db.query(
    `SELECT q.name,
            count(j.id) FILTER (WHERE ${due}) AS depth,
            coalesce(extract(epoch FROM now() - min(j.start_after) FILTER (WHERE ${due})), 0) AS oldest,
            count(j.id) FILTER (WHERE j.state = 'active') AS active,
            count(j.id) FILTER (WHERE j.state = 'failed') AS failed
       FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name
      GROUP BY q.name ORDER BY q.name`,
  );
  return rows.map((row) => ({
    name: row.name,
    depth: num(row.depth),
    oldestAgeSeconds: num(row.oldest),
    active: num(row.active),
    failed: num(row.failed),
  }));
}

async function readWorkers(db: pg.Pool): Promise<OpsSnapshot["workers"]> {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE beat_at > now() - make_interval(secs => $1)) AS alive, extract(epoch FROM now() - max(beat_at)) AS age FROM worker_heartbeats`,
    [WORKER_ALIVE_SECONDS],
  );
  return { alive: num(rows[0].alive), lastBeatAgeSeconds: rows[0].age === null ? null : num(rows[0].age) };
}

async function readAgents(db: pg.Pool): Promise<OpsSnapshot["agents"]> {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE last_heartbeat_at > now() - interval '5 minutes') AS fresh,
            count(*) FILTER (WHERE last_heartbeat_at <= now() - interval '15 minutes') AS silent,
            count(*) FILTER (WHERE last_heartbeat_at IS NOT NULL) AS reporting
       FROM practices`,
  );
  return { fresh: num(rows[0].fresh), silent: num(rows[0].silent), reporting: num(rows[0].reporting) };
}

async function readWriteback(db: pg.Pool): Promise<OpsSnapshot["writeback"]> {
  const [byStatus, oldest] = await Promise.all([
    readStatusTallies(db, "writeback"),
    // A partial index holds only the queued items: the written ones are never read.
    db.query(
      `SELECT coalesce(extract(epoch FROM now() - min(shipped_at)), 0) AS oldest FROM writeback_items WHERE status = 'PENDING'`,
    ),
  ]);
  return { byStatus, oldestPendingAgeSeconds: Math.max(0, num(oldest.rows[0].oldest)) };
}

async function readEmails(db: pg.Pool): Promise<Record<string, number>> {
  return readStatusTallies(db, "email");
}

// Issue 12's alerts (integration_alerts): read when the table exists, so this works before and after it lands.
async function readAlerts(db: pg.Pool): Promise<OpsSnapshot["alerts"]> {
  if (!(await tableExists(db, "public.integration_alerts"))) return null;
  const { rows } = await db.query(
    `SELECT rule, severity, count(*) AS n FROM integration_alerts WHERE closed_at IS NULL GROUP BY rule, severity ORDER BY rule, severity`,
  );
  return rows.map((row) => ({ rule: row.rule, severity: row.severity, open: num(row.n) }));
}

export async function readOpsSnapshot(db: pg.Pool): Promise<OpsSnapshot> {
  const [batches, agents, workers, queues, writeback, emails, alerts, size] = await Promise.all([
    readBatches(db),
    readAgents(db),
    readWorkers(db),
    readQueues(db),
    readWriteback(db),
    readEmails(db),
    readAlerts(db),
    db.query("SELECT pg_database_size(current_database()) AS bytes"),
  ]);
  return { batches, agents, workers, queues, writeback, emails, alerts, databaseBytes: num(size.rows[0].bytes) };
}

/** Only what /api/health needs: cheap enough for a load balancer's check every few seconds. */
export async function readHealthFigures(db: pg.Pool) {
  const [workers, queues] = await Promise.all([readWorkers(db), readQueues(db)]);
  return { workers, queues };
}
