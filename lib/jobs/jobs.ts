// Every pg-boss job of the app, by name, with its schedule. Handlers live in worker.ts.
export const JOBS = {
  // Every minute: mark late steps and email the staff owner once per breach.
  lateSteps: { name: "onboarding.late-steps", cron: "* * * * *" },
  // After a full load and each delta with new records: match home-delivery clients (lib/merge/merge-job.ts).
  mergeRun: { name: "merge.run", cron: null },
} as const;
