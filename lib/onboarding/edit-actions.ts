"use server";
// Server actions of staff corrections on one practice: edit it, resend one of its emails, send
// the current step's reminder now. Thin: practiceAction checks the act's permission within the
// staff member's scope, one domain function acts, the practice's pages are refreshed.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { practiceAction } from "@/lib/action";
import { editPractice } from "./edit-practice";
import { resendEmail } from "./resend-email";
import { editPracticeFormSchema } from "./schemas";
import { sendManualReminder } from "./send-reminders";

const withPractice = z.object({ practiceId: z.string().min(1) });

function refresh(practiceId: string) {
  revalidatePath(`/onboarding/${practiceId}`, "layout");
  revalidatePath(`/practices/${practiceId}`, "layout");
  revalidatePath("/board", "layout");
}

export const editPracticeAction = practiceAction(
  editPracticeFormSchema,
  "practice:edit",
  async ({ practiceId, ...input }, { actor }) => {
    const { changed } = await editPractice(actor, practiceId, input);
    if (changed.length === 0)
      return { ok: true as const, data: { changed }, message: "Nothing changed: the practice already has these values." };
    refresh(practiceId);
    return { ok: true as const, data: { changed }, message: `Saved: ${changed.join(", ")}.` };
  },
);

export const resendEmailAction = practiceAction(
  withPractice.extend({ emailId: z.string().trim().min(1).max(64) }),
  "email:resend",
  async ({ practiceId, emailId }, { actor }) => {
    const copy = await resendEmail(actor, practiceId, emailId);
    refresh(practiceId);
    return { ok: true as const, message: `Resent to ${copy.toAddress}: "${copy.subject}".` };
  },
);

export const sendReminderAction = practiceAction(withPractice, "practice:remind", async ({ practiceId }, { actor }) => {
  await sendManualReminder(actor, practiceId);
  refresh(practiceId);
  return { ok: true as const, message: "Reminder sent. It is on the timeline." };
});
