"use server";
// Staff ask the agent for a re-sync (thin: authenticate, scope, one domain call).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { practiceAction } from "@/lib/action";
import { requestResync } from "./requests";
import { resyncRequestSchema } from "./schemas";

export const requestResyncAction = practiceAction(
  z.intersection(resyncRequestSchema, z.object({ practiceId: z.string().min(1) })),
  "integrations:resync",
  async ({ practiceId, ...input }, { actor }) => {
    await requestResync(actor, practiceId, input);
    revalidatePath(`/practices/${practiceId}/sync`);
    return { ok: true as const, message: "Asked. The agent receives it with its next heartbeat." };
  },
);
