// `integrations.alerts`, every minute: judge every Live practice with the health rule and open,
// repeat (at most daily) or close its alerts, with their emails (lib/alerts/evaluate.ts).
import { z } from "zod";
import { evaluateAlerts } from "@/lib/alerts/evaluate";
import { appNow } from "@/lib/clock/now";
import { defineJob } from "../define";

export const alertsJob = defineJob({
  name: "integrations.alerts",
  policy: "singleton",
  cron: "* * * * *",
  schema: z.object({}),
  // One fleet query and a few writes per changed alert: well under 2 minutes even for thousands of practices.
  expireInSeconds: 120,
  handler: async (_payload, log) => {
    const run = await evaluateAlerts(await appNow());
    if (run.opened || run.repeated || run.closed)
      log(`alerts: ${run.opened} opened, ${run.repeated} repeated, ${run.closed} closed`);
  },
});
