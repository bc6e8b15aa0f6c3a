// /api/health and /api/metrics on the real PostgreSQL: who may read them, what they report,
// and that the figures are the database's own counts (so every web process agrees).
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import { startWorker } from "@/lib/jobs/worker";
import { ingestBatch } from "@/lib/sync/ingest-batch";
import { batchEnvelopeSchema } from "@/lib/sync/batch-schema";
import { makeWorld, uid } from "@/tests/factories";
import * as health from "@/app/api/health/route";
import * as metrics from "@/app/api/metrics/route";

const local = { "x-forwarded-for": "127.0.0.1" };
const get = (handler: (r: Request) => Promise<Response>, path: string, headers: Record<string, string> = local) =>
  handler(new Request(`http://localhost${path}`, { headers }));

/** Prometheus text to { 'name{a="b"}': value }. */
function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = line.match(/^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    values.set(match[1], Number(match[2]));
  }
  return values;
}
async function scrape() {
  const response = await get(metrics.GET, "/api/metrics");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await response.text());
}

afterEach(() => {
  delete process.env.OPS_TOKEN;
});

describe("access", () => {
  it("answers loopback without a token and refuses anyone else without one", async () => {
    expect((await get(health.GET, "/api/health")).status).toBe(200);
    expect((await get(health.GET, "/api/health", { "x-forwarded-for": "203.0.113.5" })).status).toBe(401);
    // A client that claims loopback through a proxy that appended its real address is still off loopback.
    expect((await get(metrics.GET, "/api/metrics", { "x-forwarded-for": "127.0.0.1, 203.0.113.5" })).status).toBe(401);
    expect((await get(metrics.GET, "/api/metrics", {})).status).toBe(401);
  });

  it("lets OPS_TOKEN in from elsewhere, and only the right one", async () => {
    process.env.OPS_TOKEN = "ops-secret-123";
    const away = { "x-forwarded-for": "203.0.113.5" };
    expect((await get(metrics.GET, "/api/metrics", { ...away, authorization: "Bearer ops-secret-123" })).status).toBe(200);
    expect((await get(health.GET, "/api/health", { ...away, authorization: "Bearer ops-secret-124" })).status).toBe(401);
  });
});

describe("/api/health", () => {
  it("reports the database, no worker, then a running worker, then none again after it stops", async () => {
    await db.workerHeartbeat.deleteMany();
    const before = await (await get(health.GET, "/api/health")).json();
    expect(before).toMatchObject({ status: "degraded", database: { ok: true }, worker: { alive: 0 } });
    expect(before.reasons).toContain("no worker heartbeat in the last 30 s");
    expect(typeof before.queue.depth).toBe("number");

    const stop = await startWorker(process.env.DATABASE_URL!, () => {});
    try {
      await expect
        .poll(async () => (await (await get(health.GET, "/api/health")).json()).worker.alive, { timeout: 10_000 })
        .toBe(1);
      const during = await (await get(health.GET, "/api/health")).json();
      expect(during.worker.last_heartbeat_age_seconds).toBeLessThan(30);
      expect(during.queue.by_queue.map((q: { name: string }) => q.name)).toContain("onboarding.late-steps");
    } finally {
      await stop();
    }
    expect((await (await get(health.GET, "/api/health")).json()).worker.alive).toBe(0);
  }, 30_000);
});

describe("/api/metrics", () => {
  it("counts batches and records by outcome and their durations, from the database", async () => {
    const before = await scrape();
    const w = await makeWorld();
    await db.practice.update({
      where: { id: w.practice.id },
      data: { status: "INSTALLED", installedAt: new Date(), lastHeartbeatAt: new Date() },
    });
    const client = (id: string, extra: Record<string, string> = {}) => ({
      client_id: id,
      first_name: "Ann",
      last_name: "Lee",
      updated_at: "2026-11-01T10:00:00Z",
      ...extra,
    });
    const result = await ingestBatch(
      w.practice.id,
      batchEnvelopeSchema.parse({
        batch_id: uid(),
        mode: "full",
        clients: [client("C1"), client("C2"), client("C3", { updated_at: "not a date" })],
        patients: [],
      }),
    );
    expect(result).toMatchObject({ applied: 2, rejected: 1 });
    const after = await scrape();
    const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    expect(delta('pims_sync_batches_total{mode="full",status="PARTIAL"}')).toBe(1);
    expect(delta('pims_sync_records_total{mode="full",outcome="applied"}')).toBe(2);
    expect(delta('pims_sync_records_total{mode="full",outcome="rejected"}')).toBe(1);
    expect(delta('pims_sync_batch_duration_seconds_count{mode="full"}')).toBe(1);
    expect(delta('pims_sync_batch_duration_seconds_bucket{mode="full",le="+Inf"}')).toBe(1);
    expect(after.get('pims_agents{state="fresh"}')).toBeGreaterThanOrEqual(1);
    // Histogram buckets are cumulative.
    const buckets = [...after.entries()]
      .filter(([k]) => k.startsWith('pims_sync_batch_duration_seconds_bucket{mode="full"'))
      .map(([, v]) => v);
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
  });

  it("reports emails, the writeback backlog and dead letter, and the queues as the database holds them", async () => {
    const w = await makeWorld();
    const base = {
      practiceId: w.practice.id,
      template: "test",
      toAddress: "x@test.example",
      subject: "s",
      html: "<p>h</p>",
      text: "t",
    };
    await db.outboxEmail.createMany({
      data: [
        { ...base, status: "FAILED", attempts: 8 },
        { ...base, status: "PENDING", nextAttemptAt: new Date(Date.now() + 3_600_000) },
      ],
    });
    const values = await scrape();
    for (const status of ["PENDING", "SENT", "FAILED"] as const)
      expect(values.get(`pims_emails{status="${status}"}`)).toBe(await db.outboxEmail.count({ where: { status } }));
    expect(values.get("pims_writeback_dead_letters")).toBe(await db.writebackItem.count({ where: { status: "DEAD" } }));
    expect(values.get("pims_writeback_backlog")).toBe(
      await db.writebackItem.count({ where: { status: { in: ["PENDING", "LEASED"] } } }),
    );
    const { rows } = await pool().query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'onboarding.late-steps' AND state IN ('created','retry') AND start_after <= now()",
    );
    expect(values.get('pims_queue_depth{queue="onboarding.late-steps"}')).toBe(rows[0].n);
    expect(values.get("pims_database_size_bytes")).toBeGreaterThan(1_000_000);
    expect([...values.keys()].some((k) => k.startsWith("pims_process_resident_memory_bytes"))).toBe(true);
  });
});
