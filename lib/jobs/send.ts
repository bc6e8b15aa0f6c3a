// Send-only pg-boss for the web process: started lazily on the first send, with no
// maintenance and no scheduling (the worker does those). Used to enqueue `merge.run` after a
// sync batch or an upload; callers treat failures as non-fatal.
import type PgBoss from "pg-boss";
import type { z } from "zod";
import { ensureQueue, type JobDefinition } from "./define";
import { mergeRunJob } from "./definitions/merge-run";

const globalForBoss = globalThis as unknown as { jobSender?: Promise<PgBoss>; jobQueuesReady?: Set<string> };

async function sender(): Promise<PgBoss> {
  globalForBoss.jobSender ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    // Loaded by Node at run time, not bundled into the web server by Next.
    const loaded = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "pg-boss")) as unknown as {
      default: typeof PgBoss;
    };
    const Boss = loaded.default;
    const boss = new Boss({ connectionString, schema: "pgboss", max: 2, supervise: false, schedule: false });
    boss.on("error", (error) => console.error(`pg-boss (sender): ${error.message}`));
    await boss.start();
    globalForBoss.jobQueuesReady = new Set();
    return boss;
  })().catch((error) => {
    globalForBoss.jobSender = undefined;
    throw error;
  });
  return globalForBoss.jobSender;
}

/** Sends one job, its payload checked by the job's own schema. Not in unit tests (no worker there). */
async function sendJob<S extends z.ZodType>(
  job: JobDefinition<S>,
  payload: z.input<S>,
  options: PgBoss.SendOptions = {},
): Promise<void> {
  if (process.env.VITEST && !process.env.JOBS_SEND_IN_TESTS) return;
  const data = job.schema.parse(payload) as object;
  const boss = await sender();
  const ready = globalForBoss.jobQueuesReady!;
  if (!ready.has(job.name)) {
    await ensureQueue(boss, job);
    ready.add(job.name);
  }
  await boss.send(job.name, data, options);
}

/** Queues matching for the practice: one queued run per practice (singleton key). */
export async function enqueueMatching(practiceId: string): Promise<void> {
  await sendJob(mergeRunJob, { practiceId }, { singletonKey: practiceId });
}

/** Non-fatal wrapper for the sync path: a failed enqueue is logged, the batch still succeeds. */
export function enqueueMatchingSafely(practiceId: string): Promise<void> {
  return enqueueMatching(practiceId).catch((error) =>
    console.error(`merge.run not queued for ${practiceId}: ${(error as Error).message}`),
  );
}

/** Stops the sender if this process started one (tests, scripts). */
export async function stopJobSender(): Promise<void> {
  const started = globalForBoss.jobSender;
  globalForBoss.jobSender = undefined;
  if (started) await (await started.catch(() => null))?.stop({ graceful: false, close: true });
}
