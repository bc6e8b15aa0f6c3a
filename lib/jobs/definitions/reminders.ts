// `onboarding.reminders`, every 5 minutes: the automatic reminders of steps that wait on the
// practice (Invited, install not booked) and the escalation to the staff owner, each once.
import { z } from "zod";
import { sendDueReminders } from "@/lib/onboarding/send-reminders";
import { defineJob } from "../define";

export const remindersJob = defineJob({
  name: "onboarding.reminders",
  policy: "standard",
  cron: "*/5 * * * *",
  schema: z.object({}),
  // A run is a few queries and outbox rows; 2 minutes lets a killed worker's run be retried soon.
  expireInSeconds: 120,
  handler: async (_payload, log) => {
    const sent = await sendDueReminders();
    if (sent) log(`reminders: ${sent} sent`);
  },
});
