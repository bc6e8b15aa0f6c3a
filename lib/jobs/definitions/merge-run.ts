// `merge.run`: matches one practice's home-delivery clients against its PIMS clients, after a
// full load, a delta with records or a home-delivery upload. Idempotent: a run only stores what
// changed, and runs of a practice are serialized. "Stately" per practice (singleton key): a
// burst of batches collapses into one follow-up run.
import { z } from "zod";
import { runMatching } from "@/lib/merge/run-matching";
import { defineJob } from "../define";

export const mergeRunSchema = z.object({ practiceId: z.string().min(1) });

export const mergeRunJob = defineJob({
  name: "merge.run",
  policy: "stately",
  schema: mergeRunSchema,
  expireInSeconds: 15 * 60,
  handler: async ({ practiceId }, log) => {
    const r = await runMatching(practiceId, { onlyNewPims: true });
    if (!r.skipped) {
      log(
        `matching ${practiceId}: ${r.merged} merged, ${r.review} to review, ${r.unmatched} unmatched (engine ${r.timings.matchMs} ms)`,
      );
    }
    return r;
  },
});
