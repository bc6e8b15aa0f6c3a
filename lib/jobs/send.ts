// Send-only pg-boss for the web process: started lazily on the first send, with no
// maintenance and no scheduling (the worker does those). Used to enqueue `merge.run` after a
// sync batch; callers treat failures as non-fatal.
import type PgBoss from "pg-boss";
import { JOBS } from "./jobs";

const globalForBoss = globalThis as unknown as { jobSender?: Promise<PgBoss> };

async function sender(): Promise<PgBoss> {
  globalForBoss.jobSender ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    // Loaded by Node at run time, not bundled into the web server by Next.
    const loaded = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "pg-boss")) as unknown as { default: typeof PgBoss };
    const Boss = loaded.default;
    const boss = new Boss({ connectionString, schema: "pgboss", max: 2, supervise: false, schedule: false });
    boss.on("error", (error) => console.error(`pg-boss (sender): ${error.message}`));
    await boss.start();
    await ensureMergeQueue(boss);
    return boss;
  })().catch((error) => {
    globalForBoss.jobSender = undefined;
    throw error;
  });
  return globalForBoss.jobSender;
}

/**
 * `merge.run` is "stately": per practice (singleton key) at most one queued run beside the
 * running one, so a burst of batches collapses into one follow-up run.
 */
export async function ensureMergeQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(JOBS.mergeRun.name, { name: JOBS.mergeRun.name, policy: "stately" });
  await boss.updateQueue(JOBS.mergeRun.name, { name: JOBS.mergeRun.name, policy: "stately" });
}

/** Queues matching for the practice. Not in unit tests (no worker there). */
export async function enqueueMatching(practiceId: string): Promise<void> {
  if (process.env.VITEST && !process.env.JOBS_SEND_IN_TESTS) return;
  const boss = await sender();
  await boss.send(JOBS.mergeRun.name, { practiceId }, { singletonKey: practiceId });
}

/** Non-fatal wrapper for the sync path: a failed enqueue is logged, the batch still succeeds. */
export function enqueueMatchingSafely(practiceId: string): Promise<void> {
  return enqueueMatching(practiceId).catch((error) => console.error(`merge.run not queued for ${practiceId}: ${(error as Error).message}`));
}

/** Stops the sender if this process started one (tests, scripts). */
export async function stopJobSender(): Promise<void> {
  const started = globalForBoss.jobSender;
  globalForBoss.jobSender = undefined;
  if (started) await (await started.catch(() => null))?.stop({ graceful: false, close: true });
}
