// The background worker: pg-boss (a PostgreSQL job queue) runs every job of the registry, and a
// short loop drains the email outbox. All are idempotent, so running several workers is safe.
import PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import { startWorkerHeartbeat } from "@/lib/observability/worker-heartbeat";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { MAINTENANCE_INTERVAL_SECONDS, registerJob } from "./define";
import { JOBS } from "./registry";

export async function startWorker(databaseUrl: string, log: (line: string) => void = console.log) {
  const heartbeat = startWorkerHeartbeat(pool(), (error) => log(`worker heartbeat: ${error.message}`));
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 4,
    maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS,
  });
  boss.on("error", (error) => log(`pg-boss error: ${error.message}`));
  await boss.start();

  for (const job of JOBS) await registerJob(boss, job, log);

  let stopped = false;
  let draining: Promise<unknown> = Promise.resolve();
  const drainOutbox = async () => {
    while (!stopped) {
      try {
        const handled = await deliverPendingEmails(db);
        if (handled === 0) await new Promise((resolve) => setTimeout(resolve, 500));
      } catch (error) {
        log(`outbox: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
  };
  draining = drainOutbox();
  log("worker: outbox delivery and time-limit timer running");

  return async () => {
    stopped = true;
    await draining;
    await boss.stop({ graceful: true, timeout: 5_000 });
    await heartbeat.stop();
  };
}
