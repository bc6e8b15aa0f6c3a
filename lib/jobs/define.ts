// What a background job is: a name, its queue policy, a zod payload schema, a handler and how
// long a run may take. One file per job in ./definitions; ./registry.ts lists them, and the
// worker and the sender read only the registry.
import type PgBoss from "pg-boss";
import type { z } from "zod";
import { QUEUE_SETUP_LOCK_KEY, withSessionLock } from "@/lib/db/locks";
import { logJob } from "@/lib/observability/request-log";

export type JobLog = (line: string) => void;

/**
 * How often pg-boss's maintenance fails runs past their expiry (a worker killed mid-run leaves
 * its job "active" until then; failed, it is retried). pg-boss's default is 120 s; a killed
 * merge then blocked that practice's matching for its whole 15-minute expiry plus that.
 * JOBS_MAINTENANCE_INTERVAL_SECONDS exists for tests.
 */
export const MAINTENANCE_INTERVAL_SECONDS = Number(process.env.JOBS_MAINTENANCE_INTERVAL_SECONDS ?? 20);
/** pg-boss's polling of a queue (its default). */
const POLLING_INTERVAL_SECONDS = 2;

/** The longest a job of this definition waits after its worker was killed mid-run and came back. */
export function recoveryBoundSeconds(job: Pick<JobDefinition, "expireInSeconds">): number {
  return job.expireInSeconds + MAINTENANCE_INTERVAL_SECONDS + POLLING_INTERVAL_SECONDS;
}

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  /** pg-boss queue policy: "stately" keeps at most one queued job per singleton key beside the running one. */
  policy: "standard" | "short" | "singleton" | "stately";
  /** A cron schedule for timer jobs; sent jobs have none. */
  cron?: string;
  schema: S;
  /**
   * After this long a run is taken as failed and retried: a few times the longest run seen, so
   * a healthy run is never cut off and a killed worker's run is picked up again soon.
   */
  expireInSeconds: number;
  handler: (payload: z.output<S>, log: JobLog) => Promise<unknown>;
};

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

/**
 * Creates the job's queue, or brings an existing one to the definition's policy and expiry.
 * Under a session lock: two processes creating pg-boss queues at once deadlock inside pg-boss
 * (seen in bench:fleet with two workers starting together on a new database).
 */
export async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const queue = { name: job.name, policy: job.policy, expireInSeconds: job.expireInSeconds };
  await withSessionLock(QUEUE_SETUP_LOCK_KEY, async () => {
    await boss.createQueue(job.name, queue);
    await boss.updateQueue(job.name, queue);
  });
}

/** Has a running pg-boss run the job: each payload parsed with the job's schema, then handled. */
export async function registerJob(boss: PgBoss, job: JobDefinition, log: JobLog): Promise<void> {
  await ensureQueue(boss, job);
  if (job.cron) await boss.schedule(job.name, job.cron);
  await boss.work(job.name, async (batch) => {
    for (const run of batch) {
      // One structured line per run: the job id tells a run that happened twice (bench:fleet checks it).
      const started = performance.now();
      const data = (run.data ?? {}) as { practiceId?: string };
      try {
        await job.handler(job.schema.parse(data), log);
        logJob({ job: job.name, jobId: run.id, practiceId: data.practiceId, durationMs: performance.now() - started });
      } catch (error) {
        logJob({ job: job.name, jobId: run.id, practiceId: data.practiceId, durationMs: performance.now() - started, error });
        throw error;
      }
    }
  });
}
