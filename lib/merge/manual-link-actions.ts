"use server";
// Staff's manual pet link and its undo (thin: authenticate, scope, one domain call).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/action";
import { practiceActor } from "@/lib/auth/practice-actor";
import { linkPetByHand, unlinkPetByHand } from "./manual-link";
import { linkPetSchema, unlinkPetSchema } from "./manual-link-schemas";

export const linkPetAction = userAction(linkPetSchema, async ({ practiceId, hdPetId, pimsPatientId, reason }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  const done = await linkPetByHand(actor, practiceId, hdPetId, pimsPatientId, reason);
  revalidatePath(`/practices/${practiceId}/pets/${encodeURIComponent(hdPetId)}`);
  return {
    ok: true as const,
    message:
      done.outcome === "unchanged"
        ? "Already linked to that patient."
        : `Linked. ${done.released} waiting writeback ${done.released === 1 ? "line was" : "lines were"} queued for the agent.`,
  };
});

export const unlinkPetAction = userAction(unlinkPetSchema, async ({ practiceId, hdPetId, reason }, user) => {
  const { actor } = await practiceActor(user, practiceId);
  const done = await unlinkPetByHand(actor, practiceId, hdPetId, reason);
  revalidatePath(`/practices/${practiceId}/pets/${encodeURIComponent(hdPetId)}`);
  return {
    ok: true as const,
    message:
      done.outcome === "unchanged"
        ? "The pet was not linked."
        : `Link undone. ${done.withdrawn} line${done.withdrawn === 1 ? "" : "s"} not yet written went back to waiting.`,
  };
});
