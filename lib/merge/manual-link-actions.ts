"use server";
// Staff's manual pet link and its undo (thin: authenticate, scope, one domain call).
import { revalidatePath } from "next/cache";
import { practiceAction } from "@/lib/action";
import { linkPetByHand, unlinkPetByHand } from "./manual-link";
import { linkPetSchema, unlinkPetSchema } from "./manual-link-schemas";

export const linkPetAction = practiceAction(
  linkPetSchema,
  "integrations:link",
  async ({ practiceId, hdPetId, pimsPatientId, reason }, { actor }) => {
    const done = await linkPetByHand(actor, practiceId, hdPetId, pimsPatientId, reason);
    revalidatePath(`/practices/${practiceId}/pets/${encodeURIComponent(hdPetId)}`);
    return {
      ok: true as const,
      message:
        done.outcome === "unchanged"
          ? "Already linked to that patient."
          : `Linked. ${done.released} waiting writeback ${done.released === 1 ? "line was" : "lines were"} queued for the agent.`,
    };
  },
);

export const unlinkPetAction = practiceAction(
  unlinkPetSchema,
  "integrations:link",
  async ({ practiceId, hdPetId, reason }, { actor }) => {
    const done = await unlinkPetByHand(actor, practiceId, hdPetId, reason);
    revalidatePath(`/practices/${practiceId}/pets/${encodeURIComponent(hdPetId)}`);
    return {
      ok: true as const,
      message:
        done.outcome === "unchanged"
          ? "The pet was not linked."
          : `Link undone. ${done.withdrawn} line${done.withdrawn === 1 ? "" : "s"} not yet written went back to waiting.`,
    };
  },
);
