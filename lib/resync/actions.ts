"use server";
// Staff ask the agent for a re-sync (thin: authenticate, scope, one domain call).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { practiceActor } from "@/lib/auth/practice-actor";
import { requestResync } from "./requests";
import { resyncRequestSchema } from "./schemas";

export const requestResyncAction = userAction(
  z.intersection(resyncRequestSchema, z.object({ practiceId: z.string().min(1) })),
  async ({ practiceId, ...input }, user) => {
    const { actor } = await practiceActor(user, practiceId);
    await requestResync(actor, practiceId, input);
    revalidatePath(`/practices/${practiceId}/sync`);
    return { ok: true as const, message: "Asked. The agent receives it with its next heartbeat." };
  },
);
