// Staff resend any email of a practice's journey. Most are resent as written; the two that carry
// a one-time sign-in link (the invitation, the technical contact's invite) are written again
// with a fresh link to the person who holds that role now, since the old link may be used up.
import { db } from "@/lib/db/client";
import { createSignInLink } from "@/lib/auth/sign-in-link";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { requeueEmail } from "@/lib/mail/outbox";
import { assertCan } from "@/lib/auth/practice-actor";
import { practiceEmails } from "./emails";
import { practiceParties } from "./recipients";
import { sendJourneyEmail } from "./send-email";
import type { Actor } from "@/lib/auth/actor";

/** The emails written again to whoever holds the contact role now, since they carry a one-time link. */
export const RESENT_TO_ROLE_HOLDER = { invitation: "primary", "technical-contact-invite": "technical" } as const;
const rewritten = (template: string): template is keyof typeof RESENT_TO_ROLE_HOLDER => template in RESENT_TO_ROLE_HOLDER;

export async function resendEmail(actor: Actor, practiceId: string, emailId: string) {
  assertCan(actor, "email:resend");
  return db.$transaction(async (tx) => {
    // Scoped by practice: an email of another practice is simply not found.
    const original = await tx.outboxEmail.findFirst({ where: { id: emailId, practiceId } });
    if (!original) throw new NotFoundError("Email");
    const by = { actorLabel: actor.label, actorId: actor.kind === "user" ? actor.id : null };
    if (rewritten(original.template)) {
      const p = await practiceParties(tx, practiceId);
      const person = RESENT_TO_ROLE_HOLDER[original.template] === "primary" ? p.primaryContact : p.technicalContact;
      if (!person) throw new UserFacingError("Nobody holds that contact role now; name the contact first.", "conflict");
      const link = await createSignInLink(tx, person.email, `/onboarding/${practiceId}`);
      const content =
        original.template === "invitation"
          ? practiceEmails.invitation(p, person, p.partner.name, link, p.dueAt)
          : practiceEmails.technicalContactInvite(p, person, p.primaryContact ?? person, link);
      return sendJourneyEmail(tx, p, original.template, person, content, { actor, resent: true });
    }
    return requeueEmail(tx, original, by);
  });
}
