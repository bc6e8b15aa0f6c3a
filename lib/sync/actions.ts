"use server";
// Server actions of the sync page's review queue. Thin: authenticate, resolve the practice within
// the user's scope and check "sync:review" (practiceAction), call the review domain, refresh the
// pages that show it.
import { revalidatePath } from "next/cache";
import { practiceAction } from "@/lib/action";
import { applyPendingChange, dismissPendingChange } from "./review";
import { applyChangeSchema, dismissChangeSchema } from "./review-schema";

function refresh(practiceId: string) {
  revalidatePath(`/practices/${practiceId}/sync`);
  revalidatePath(`/practices/${practiceId}`);
}

export const applyPendingChangeAction = practiceAction(
  applyChangeSchema,
  "sync:review",
  async ({ practiceId, changeId, note, sameAnimalConfirmed }, { actor }) => {
    const outcome = await applyPendingChange(actor, practiceId, changeId, { note, sameAnimalConfirmed });
    refresh(practiceId);
    const flagged = outcome.flaggedPrescriptions;
    const rx = flagged
      ? ` ${flagged} active prescription${flagged === 1 ? " is" : "s are"} now flagged: a new prescription is needed under the new name.`
      : "";
    return { ok: true as const, message: `Change applied.${rx}` };
  },
);

export const dismissPendingChangeAction = practiceAction(
  dismissChangeSchema,
  "sync:review",
  async ({ practiceId, changeId, note }, { actor }) => {
    await dismissPendingChange(actor, practiceId, changeId, note);
    refresh(practiceId);
    return { ok: true as const, message: "Change dismissed. The pharmacy's record stays as it was." };
  },
);
