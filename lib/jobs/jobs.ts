// Every pg-boss job of the app, by name, with its schedule. Handlers live in worker.ts.
export const JOBS = {
  // Every minute: mark late steps and email the staff owner once per breach.
  lateSteps: { name: "onboarding.late-steps", cron: "* * * * *" },
} as const;
