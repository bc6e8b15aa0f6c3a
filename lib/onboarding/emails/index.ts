// The journey's emails, one file per audience. Every function returns content only; callers
// enqueue it (lib/mail/outbox.ts) inside the transaction that caused it.
export { practiceEmails } from "./practice";
export { partnerEmails } from "./partner";
export { staffEmails } from "./staff";
export { links, type Person, type PracticeRef } from "./shared";
import type { EmailContent } from "@/lib/mail/render";
import { greetFromPharmacy } from "./shared";
import { config } from "@/lib/config";

/** The invitation of a new staff or partner account (not about one practice). */
export function userInviteEmail(to: { name: string | null; email: string }, roleLabel: string, signInUrl: string): EmailContent {
  return {
    subject: `${config.pharmacyName}: you have been invited to PIMS Link`,
    greeting: greetFromPharmacy(to),
    paragraphs: [
      `You have been given access to PIMS Link, ${config.pharmacyName}'s PIMS integration service, as ${roleLabel}. The link below signs you in; it works once and expires in 72 hours.`,
    ],
    button: { label: "Sign in to PIMS Link", url: signInUrl },
  };
}
