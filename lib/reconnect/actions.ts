"use server";
// The technical contact's reconnect booking (thin: authenticate, scope, one domain call).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { practiceAction } from "@/lib/action";
import { bookSlotSchema } from "@/lib/onboarding/schemas";
import { bookReconnect } from "./book";

export const bookReconnectAction = practiceAction(
  bookSlotSchema.extend({ practiceId: z.string().min(1) }),
  "reconnect:book",
  async ({ practiceId, slotId }, { actor }) => {
    await bookReconnect(actor, practiceId, slotId);
    revalidatePath(`/onboarding/${practiceId}`, "layout");
    revalidatePath(`/practices/${practiceId}`);
    revalidatePath("/partner");
    return { ok: true as const, message: "Booked. A calendar invite is on its way by email." };
  },
);
