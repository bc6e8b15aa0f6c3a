// Each worker process beats a row of worker_heartbeats every few seconds and deletes it when it
// stops, so /api/health and /api/metrics know from the database how many workers are alive.
// Rows of workers killed without a goodbye age out: any beat removes rows silent for an hour.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type pg from "pg";

const BEAT_EVERY_MS = 10_000;

export function startWorkerHeartbeat(db: pg.Pool, onError: (error: Error) => void = () => {}) {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const beat = async () => {
    await db.query(
      `INSERT INTO worker_heartbeats (id, host, pid, started_at, beat_at) VALUES ($1, $2, $3, now(), now())
       ON CONFLICT (id) DO UPDATE SET beat_at = now()`,
      [id, hostname(), process.pid],
    );
    await db.query(`DELETE FROM worker_heartbeats WHERE beat_at < now() - interval '1 hour'`);
  };
  const first = beat().catch(onError);
  const timer = setInterval(() => void beat().catch(onError), BEAT_EVERY_MS);
  timer.unref();
  return {
    id,
    ready: first,
    stop: async () => {
      clearInterval(timer);
      await db.query("DELETE FROM worker_heartbeats WHERE id = $1", [id]).catch(onError);
    },
  };
}
