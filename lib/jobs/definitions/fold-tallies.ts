// `ops.fold-tallies`, every five minutes: fold the metrics' tallies into one row per key
// (lib/observability/tallies.ts), so reading them stays a handful of rows.
import { z } from "zod";
import { pool } from "@/lib/db/pool";
import { foldTallies } from "@/lib/observability/tallies";
import { defineJob } from "../define";

export const foldTalliesJob = defineJob({
  name: "ops.fold-tallies",
  policy: "singleton",
  cron: "*/5 * * * *",
  schema: z.object({}),
  // Two statements over the rows appended in five minutes: seconds at most.
  expireInSeconds: 120,
  handler: async () => {
    await foldTallies(pool());
  },
});
