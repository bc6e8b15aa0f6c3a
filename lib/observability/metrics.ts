import "server-only";
// /api/metrics in Prometheus text format (prom-client). Every figure comes from one database
// snapshot (./ops-snapshot.ts), rendered into a fresh registry per scrape: two web processes
// behind the load balancer give the same answer, so Prometheus may scrape either or the LB.
// Process figures (memory, CPU, event loop) are per process and carry its pid.
import { Counter, Gauge, Registry, collectDefaultMetrics, type Metric } from "prom-client";
import { BATCH_DURATION_BUCKETS, type OpsSnapshot } from "./ops-snapshot";

const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: "pims_", labels: { pid: String(process.pid) } });

/** A histogram whose bucket counts are already known (counted in SQL), in prom-client's metric shape. */
function knownHistogram(
  name: string,
  help: string,
  series: { labels: Record<string, string>; buckets: number[]; count: number; sum: number }[],
) {
  return {
    name,
    help,
    type: "histogram",
    aggregator: "sum",
    get: async () => ({
      name,
      help,
      type: "histogram",
      aggregator: "sum",
      values: series.flatMap(({ labels, buckets, count, sum }) => [
        ...BATCH_DURATION_BUCKETS.map((le, i) => ({
          metricName: `${name}_bucket`,
          labels: { ...labels, le },
          value: buckets[i],
        })),
        { metricName: `${name}_bucket`, labels: { ...labels, le: "+Inf" }, value: count },
        { metricName: `${name}_sum`, labels, value: sum },
        { metricName: `${name}_count`, labels, value: count },
      ]),
    }),
  } as unknown as Metric;
}

export async function renderMetrics(snapshot: OpsSnapshot): Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });

  const batches = counter(
    "pims_sync_batches_total",
    "Agent batches stored, by mode (full/delta) and outcome (SUCCEEDED, PARTIAL, FAILED, NOTHING_TO_APPLY)",
    ["mode", "status"],
  );
  const records = counter(
    "pims_sync_records_total",
    "Records in agent batches by outcome: received, applied, rejected, pending_review",
    ["mode", "outcome"],
  );
  const perMode = new Map<string, { labels: Record<string, string>; buckets: number[]; count: number; sum: number }>();
  for (const row of snapshot.batches) {
    batches.inc({ mode: row.mode, status: row.status }, row.batches);
    records.inc({ mode: row.mode, outcome: "received" }, row.received);
    records.inc({ mode: row.mode, outcome: "applied" }, row.applied);
    records.inc({ mode: row.mode, outcome: "rejected" }, row.rejected);
    records.inc({ mode: row.mode, outcome: "pending_review" }, row.pendingChanges);
    const series = perMode.get(row.mode) ?? {
      labels: { mode: row.mode },
      buckets: BATCH_DURATION_BUCKETS.map(() => 0),
      count: 0,
      sum: 0,
    };
    series.buckets = series.buckets.map((n, i) => n + row.buckets[i]);
    series.count += row.batches;
    series.sum += row.durationSum;
    perMode.set(row.mode, series);
  }
  registry.registerMetric(
    knownHistogram("pims_sync_batch_duration_seconds", "Server time to store an agent batch", [...perMode.values()]),
  );

  const agents = gauge(
    "pims_agents",
    "Practices' agents by heartbeat: fresh (< 5 min), silent (> 15 min), reporting (ever sent one)",
    ["state"],
  );
  agents.set({ state: "fresh" }, snapshot.agents.fresh);
  agents.set({ state: "silent" }, snapshot.agents.silent);
  agents.set({ state: "reporting" }, snapshot.agents.reporting);

  gauge("pims_workers_alive", "Worker processes with a heartbeat in the last 30 s").set(snapshot.workers.alive);
  const beatAge = gauge("pims_worker_heartbeat_age_seconds", "Seconds since the latest worker heartbeat (-1: none ever)");
  beatAge.set(snapshot.workers.lastBeatAgeSeconds ?? -1);

  const depth = gauge("pims_queue_depth", "Jobs due and waiting for a worker, by queue", ["queue"]);
  const oldest = gauge("pims_queue_oldest_job_age_seconds", "Age of the oldest due job not yet started, by queue", ["queue"]);
  const active = gauge("pims_queue_active_jobs", "Jobs running now, by queue", ["queue"]);
  const failed = gauge("pims_queue_failed_jobs", "Jobs that failed for good and are still kept, by queue", ["queue"]);
  for (const queue of snapshot.queues) {
    depth.set({ queue: queue.name }, queue.depth);
    oldest.set({ queue: queue.name }, queue.oldestAgeSeconds);
    active.set({ queue: queue.name }, queue.active);
    failed.set({ queue: queue.name }, queue.failed);
  }

  const writeback = gauge(
    "pims_writeback_items",
    "Writeback items by status (PENDING + LEASED is the backlog; DEAD the dead letter)",
    ["status"],
  );
  for (const [status, n] of Object.entries(snapshot.writeback.byStatus)) writeback.set({ status }, n);
  gauge("pims_writeback_backlog", "Writeback items queued for or leased to an agent").set(
    (snapshot.writeback.byStatus.PENDING ?? 0) + (snapshot.writeback.byStatus.LEASED ?? 0),
  );
  gauge("pims_writeback_dead_letters", "Writeback items in the dead letter, waiting for staff").set(
    snapshot.writeback.byStatus.DEAD ?? 0,
  );
  gauge("pims_writeback_oldest_pending_age_seconds", "Age (since shipping) of the oldest item queued for an agent").set(
    snapshot.writeback.oldestPendingAgeSeconds,
  );

  const emails = gauge("pims_emails", "Outbox emails by status (PENDING, SENT, FAILED)", ["status"]);
  for (const status of ["PENDING", "SENT", "FAILED"]) emails.set({ status }, snapshot.emails[status] ?? 0);

  if (snapshot.alerts) {
    const alerts = gauge("pims_alerts_open", "Open integration alerts by rule and severity", ["rule", "severity"]);
    for (const row of snapshot.alerts) alerts.set({ rule: row.rule, severity: row.severity }, row.open);
  }
  gauge("pims_database_size_bytes", "Size of the application's database").set(snapshot.databaseBytes);

  const merged = Registry.merge([registry, processRegistry]);
  return { contentType: merged.contentType, body: await merged.metrics() };
}
