// The Cornerstone preparation checklist staff tick before queueing a practice (step 1 of the
// source page: "practice completes prep steps in its PIMS").
export const PREP_CHECKLIST = [
  { key: "server-access", label: "Practice confirmed it can give remote access to the Cornerstone server" },
  { key: "cornerstone-version", label: "Cornerstone version is supported (9.4 or later)" },
  { key: "admin-credentials", label: "A Windows administrator account is available for the install" },
  { key: "backup", label: "A recent Cornerstone database backup exists" },
  { key: "home-delivery-list", label: "Existing home-delivery clients exported for merging" },
] as const;

type ChecklistState = Record<string, string>;

/** The keys of the items ticked so far. */
export function tickedItems(state: unknown): string[] {
  return Object.keys((state ?? {}) as ChecklistState);
}

export function checklistComplete(state: unknown): boolean {
  const ticked = (state ?? {}) as ChecklistState;
  return PREP_CHECKLIST.every((item) => Boolean(ticked[item.key]));
}
