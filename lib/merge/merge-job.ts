// The `merge.run` job: matches one practice's home-delivery clients against its PIMS clients.
// Idempotent: a run only stores what changed, and runs of a practice are serialized.
import type PgBoss from "pg-boss";
import { z } from "zod";
import { JOBS } from "@/lib/jobs/jobs";
import { ensureMergeQueue } from "@/lib/jobs/send";
import { runMatching } from "./run-matching";

export const mergeRunSchema = z.object({ practiceId: z.string().min(1) });

export async function handleMergeRun(data: unknown, log: (line: string) => void = console.log) {
  const { practiceId } = mergeRunSchema.parse(data);
  const r = await runMatching(practiceId, { onlyNewPims: true });
  if (!r.skipped) {
    log(`matching ${practiceId}: ${r.merged} merged, ${r.review} to review, ${r.unmatched} unmatched (engine ${r.timings.matchMs} ms)`);
  }
  return r;
}

export const mergeRunJob = { name: JOBS.mergeRun.name, schema: mergeRunSchema, handler: handleMergeRun };

/** Registers the job with a running worker's pg-boss. */
export async function registerMergeJob(boss: PgBoss, log: (line: string) => void) {
  await ensureMergeQueue(boss);
  await boss.work<{ practiceId: string }>(JOBS.mergeRun.name, async (jobs) => {
    for (const job of jobs) await handleMergeRun(job.data, log);
  });
}
