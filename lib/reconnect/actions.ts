"use server";
// The technical contact's reconnect booking (thin: authenticate, scope, one domain call).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { practiceActor } from "@/lib/auth/practice-actor";
import { bookSlotSchema } from "@/lib/onboarding/schemas";
import { bookReconnect } from "./book";

export const bookReconnectAction = userAction(
  bookSlotSchema.extend({ practiceId: z.string().min(1) }),
  async ({ practiceId, slotId }, user) => {
    const { actor } = await practiceActor(user, practiceId);
    await bookReconnect(actor, practiceId, slotId);
    revalidatePath(`/onboarding/${practiceId}`, "layout");
    revalidatePath(`/practices/${practiceId}`);
    revalidatePath("/partner");
    return { ok: true as const, message: "Booked. A calendar invite is on its way by email." };
  },
);
