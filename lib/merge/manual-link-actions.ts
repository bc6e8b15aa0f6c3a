"use server";
// Staff's manual pet link and its undo, and the manual client link (thin: authenticate, scope,
// one domain call). The client link is a merge decision: permission merge:decide.
import { revalidatePath } from "next/cache";
import { practiceAction } from "@/lib/action";
import { linkPetByHand, unlinkPetByHand } from "./manual-link";
import { linkClientSchema, linkPetSchema, unlinkPetSchema } from "./manual-link-schemas";
import { linkClientByHand } from "./manual-client-link";

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

export const linkClientAction = practiceAction(
  linkClientSchema,
  "merge:decide",
  async ({ practiceId, hdClientId, pimsClientId, reason }, { actor }) => {
    const done = await linkClientByHand(actor, practiceId, hdClientId, pimsClientId, reason);
    revalidatePath(`/practices/${practiceId}/merge`, "layout");
    revalidatePath(`/practices/${practiceId}`);
    return {
      ok: true as const,
      message:
        done.outcome === "unchanged"
          ? `Already linked to PIMS client ${pimsClientId}.`
          : `Linked to PIMS client ${pimsClientId}. ${done.released} waiting writeback ${done.released === 1 ? "line was" : "lines were"} queued for the agent.`,
    };
  },
);
