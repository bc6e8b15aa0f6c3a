// The background worker: pg-boss (a PostgreSQL job queue) runs the scheduled timer job, and a
// short loop drains the email outbox. Both are idempotent, so running several workers is safe.
import PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import { startWorkerHeartbeat } from "@/lib/observability/worker-heartbeat";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import { notifyLateSteps } from "@/lib/onboarding/late-steps";
import { JOBS } from "./jobs";

export async function startWorker(databaseUrl: string, log: (line: string) => void = console.log) {
  const heartbeat = startWorkerHeartbeat(pool(), (error) => log(`worker heartbeat: ${error.message}`));
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 4 });
  boss.on("error", (error) => log(`pg-boss error: ${error.message}`));
  await boss.start();

  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron);
  }
  await boss.work(JOBS.lateSteps.name, async () => {
    const notified = await notifyLateSteps();
    if (notified) log(`time limits: ${notified} late step(s) reported to their owners`);
  });

  await (await import("@/lib/merge/merge-job")).registerMergeJob(boss, log);

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
