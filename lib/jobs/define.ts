// What a background job is: a name, its queue policy, a zod payload schema, a handler and how
// long a run may take. One file per job in ./definitions; ./registry.ts lists them, and the
// worker and the sender read only the registry.
import type PgBoss from "pg-boss";
import type { z } from "zod";

export type JobLog = (line: string) => void;

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  /** pg-boss queue policy: "stately" keeps at most one queued job per singleton key beside the running one. */
  policy: "standard" | "short" | "singleton" | "stately";
  /** A cron schedule for timer jobs; sent jobs have none. */
  cron?: string;
  schema: S;
  /** After this long a run is taken as failed and retried. */
  expireInSeconds: number;
  handler: (payload: z.output<S>, log: JobLog) => Promise<unknown>;
};

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

/** Creates the job's queue, or brings an existing one to the definition's policy and expiry. */
export async function ensureQueue(boss: PgBoss, job: JobDefinition): Promise<void> {
  const queue = { name: job.name, policy: job.policy, expireInSeconds: job.expireInSeconds };
  await boss.createQueue(job.name, queue);
  await boss.updateQueue(job.name, queue);
}

/** Has a running pg-boss run the job: each payload parsed with the job's schema, then handled. */
export async function registerJob(boss: PgBoss, job: JobDefinition, log: JobLog): Promise<void> {
  await ensureQueue(boss, job);
  if (job.cron) await boss.schedule(job.name, job.cron);
  await boss.work(job.name, async (batch) => {
    for (const run of batch) await job.handler(job.schema.parse(run.data ?? {}), log);
  });
}
