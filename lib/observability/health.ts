import "server-only";
// /api/health: can this web process reach its database, are workers alive, is the job queue
// keeping up. 200 while the database answers ("ok", or "degraded" with the reasons), 503 when
// it does not: a load balancer takes a web process out only when it cannot serve.
import type pg from "pg";
import { readHealthFigures } from "./ops-snapshot";

/** A due job older than this means the workers are not keeping up. */
const QUEUE_AGE_LIMIT_SECONDS = 300;

export type HealthReport = {
  status: "ok" | "degraded" | "down";
  reasons: string[];
  database: { ok: boolean; latency_ms: number; error?: string };
  worker: { alive: number; last_heartbeat_age_seconds: number | null };
  queue: {
    depth: number;
    oldest_job_age_seconds: number;
    by_queue: { name: string; depth: number; oldest_job_age_seconds: number }[];
  };
  checked_at: string;
};

export async function checkHealth(db: pg.Pool, now = () => performance.now()): Promise<HealthReport> {
  const started = now();
  const checkedAt = new Date().toISOString();
  try {
    await db.query("SELECT 1");
  } catch (error) {
    return {
      status: "down",
      reasons: ["database unreachable"],
      database: { ok: false, latency_ms: Math.round(now() - started), error: (error as Error).message.split("\n")[0] },
      worker: { alive: 0, last_heartbeat_age_seconds: null },
      queue: { depth: 0, oldest_job_age_seconds: 0, by_queue: [] },
      checked_at: checkedAt,
    };
  }
  const latency = Math.round((now() - started) * 10) / 10;
  const { workers, queues } = await readHealthFigures(db);
  const depth = queues.reduce((sum, q) => sum + q.depth, 0);
  const oldest = Math.max(0, ...queues.map((q) => q.oldestAgeSeconds));
  const reasons: string[] = [];
  if (workers.alive === 0) reasons.push("no worker heartbeat in the last 30 s");
  if (oldest > QUEUE_AGE_LIMIT_SECONDS) reasons.push(`oldest due job waits ${Math.round(oldest)} s`);
  return {
    status: reasons.length ? "degraded" : "ok",
    reasons,
    database: { ok: true, latency_ms: latency },
    worker: {
      alive: workers.alive,
      last_heartbeat_age_seconds: workers.lastBeatAgeSeconds === null ? null : Math.round(workers.lastBeatAgeSeconds * 10) / 10,
    },
    queue: {
      depth,
      oldest_job_age_seconds: Math.round(oldest * 10) / 10,
      by_queue: queues.map((q) => ({
        name: q.name,
        depth: q.depth,
        oldest_job_age_seconds: Math.round(q.oldestAgeSeconds * 10) / 10,
      })),
    },
    checked_at: checkedAt,
  };
}
