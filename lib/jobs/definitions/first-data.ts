// `onboarding.first-data`, every minute: makes Live each Installed practice whose agent has
// stored data since the install. The batch route records "first data received" right after
// its commit; this job is the durable half: if that step failed, the stored batch still makes
// the practice Live here (the batch's replay skips the step).
import { z } from "zod";
import { recordPendingFirstData } from "@/lib/onboarding/first-data";
import { defineJob } from "../define";

export const firstDataJob = defineJob({
  name: "onboarding.first-data",
  policy: "standard",
  cron: "* * * * *",
  schema: z.object({}),
  expireInSeconds: 15 * 60,
  handler: async (_payload, log) => {
    const live = await recordPendingFirstData(log);
    if (live) log(`first data: ${live} installed practice(s) made Live`);
  },
});
