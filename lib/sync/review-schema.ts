// The review form of a pending change: the same zod objects validate in the browser and in the
// server actions (lib/sync/actions.ts).
import { z } from "zod";

const base = z.object({
  practiceId: z.string().min(1),
  changeId: z.string().min(1),
});

export const applyChangeSchema = base.extend({
  note: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
  sameAnimalConfirmed: z.boolean().optional().default(false),
});

export const dismissChangeSchema = base.extend({
  note: z.string().trim().min(1, "Say why the change is not applied.").max(500, "Keep the note under 500 characters."),
});

/** The flag a renamed pet's active prescriptions carry until one is written under the new name. */
export const NEW_PRESCRIPTION_FLAG = "new_prescription_required";
