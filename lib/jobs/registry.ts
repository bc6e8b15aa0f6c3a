// Every pg-boss job of the app. The worker runs each of them; the sender sends by definition.
import type { JobDefinition } from "./define";
import { alertsJob } from "./definitions/alerts";
import { firstDataJob } from "./definitions/first-data";
import { foldTalliesJob } from "./definitions/fold-tallies";
import { lateStepsJob } from "./definitions/late-steps";
import { mergeRunJob } from "./definitions/merge-run";
import { remindersJob } from "./definitions/reminders";

export const JOBS: readonly JobDefinition[] = [
  lateStepsJob,
  remindersJob,
  mergeRunJob,
  firstDataJob,
  alertsJob,
  foldTalliesJob,
] as JobDefinition[];
