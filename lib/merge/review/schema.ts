// Inputs of the merge screens' actions: the same zod objects validate in the browser and in
// the server actions (lib/merge/actions.ts).
import { z } from "zod";

const id = (what: string) => z.string().trim().min(1, `${what} is missing.`).max(200, `${what} is too long.`);
const note = z.string().trim().max(500, "Keep the note under 500 characters.").optional();

/** Merge, or "not the same person": the pair exactly as the reviewer saw it. */
export const pairDecisionSchema = z.object({
  practiceId: id("Practice"),
  hdClientId: id("Home-delivery client"),
  pimsClientId: id("PIMS client"),
  note,
});

export const unmergeSchema = z.object({
  practiceId: id("Practice"),
  hdClientId: id("Home-delivery client"),
  note,
});
