"use server";
// Server actions of the merge screens. Thin: authenticate, resolve the practice within the
// user's scope and check "merge:decide" (practiceAction), let the staff decisions (decisions.ts:
// staff only, audited, one transaction each) do the work, refresh the pages that show counts.
import { revalidatePath } from "next/cache";
import { practiceAction } from "@/lib/action";
import { mergePair, rejectPair, unmerge } from "./decisions";
import { pairDecisionSchema, unmergeSchema } from "./review/schema";

function refresh(practiceId: string) {
  revalidatePath(`/practices/${practiceId}/merge`, "layout");
  revalidatePath(`/practices/${practiceId}`);
  revalidatePath("/board");
}

export const mergePairAction = practiceAction(
  pairDecisionSchema,
  "merge:decide",
  async ({ practiceId, hdClientId, pimsClientId, note }, { actor }) => {
    const outcome = await mergePair(actor, practiceId, hdClientId, pimsClientId, note || null);
    refresh(practiceId);
    return {
      ok: true as const,
      message:
        outcome === "done"
          ? `Merged home-delivery client ${hdClientId} with PIMS client ${pimsClientId}.`
          : `Already merged: home-delivery client ${hdClientId} with PIMS client ${pimsClientId}.`,
    };
  },
);

export const rejectPairAction = practiceAction(
  pairDecisionSchema,
  "merge:decide",
  async ({ practiceId, hdClientId, pimsClientId, note }, { actor }) => {
    await rejectPair(actor, practiceId, hdClientId, pimsClientId, note || null);
    refresh(practiceId);
    return {
      ok: true as const,
      message: `Not the same person: home-delivery client ${hdClientId} and PIMS client ${pimsClientId} will not be proposed again.`,
    };
  },
);

export const unmergeAction = practiceAction(
  unmergeSchema,
  "merge:decide",
  async ({ practiceId, hdClientId, note }, { actor }) => {
    const outcome = await unmerge(actor, practiceId, hdClientId, note || null);
    refresh(practiceId);
    return {
      ok: true as const,
      message:
        outcome === "done"
          ? `Unmerged home-delivery client ${hdClientId}. Both records are as they were; the pair will not be merged automatically again.`
          : `Home-delivery client ${hdClientId} was not merged.`,
    };
  },
);
