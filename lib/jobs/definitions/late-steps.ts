// `onboarding.late-steps`, every minute: mark late steps and email the staff owner once per breach.
import { z } from "zod";
import { notifyLateSteps } from "@/lib/onboarding/late-steps";
import { defineJob } from "../define";

export const lateStepsJob = defineJob({
  name: "onboarding.late-steps",
  policy: "standard",
  cron: "* * * * *",
  schema: z.object({}),
  expireInSeconds: 15 * 60,
  handler: async (_payload, log) => {
    const notified = await notifyLateSteps();
    if (notified) log(`time limits: ${notified} late step(s) reported to their owners`);
  },
});
