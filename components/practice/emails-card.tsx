// The emails a practice has been sent (who, when, subject, delivery), each with a Resend button
// for staff who may resend. An invitation is resent with a fresh sign-in link to whoever holds
// the contact role now (lib/onboarding/resend-email.ts).
import { Card } from "@/components/ui/card";
import { RESENT_TO_ROLE_HOLDER } from "@/lib/onboarding/resend-email";
import { ResendEmailButton } from "./resend-email-button";

type Email = {
  id: string;
  template: string;
  toAddress: string;
  subject: string;
  status: string;
  createdAt: Date;
  attempts: number;
  lastError: string | null;
};

function delivery(e: Email) {
  if (e.status === "SENT") return "delivered";
  if (e.status === "FAILED") return `failed: ${e.lastError}`;
  return `not delivered yet${e.attempts ? ` (attempt ${e.attempts}: ${e.lastError})` : ""}`;
}

export function EmailsCard({
  practiceId,
  emails,
  canResend,
  contacts,
  format,
}: {
  practiceId: string;
  emails: Email[];
  canResend: boolean;
  /** The current primary and technical contacts' addresses: where a resent invitation goes. */
  contacts: { primary: string | null; technical: string | null };
  format: (d: Date) => string;
}) {
  // An invitation resent goes to whoever holds the role now, who may not be who got it first.
  const resendsTo = (e: Email) => {
    const role = RESENT_TO_ROLE_HOLDER[e.template as keyof typeof RESENT_TO_ROLE_HOLDER];
    const holder = role ? contacts[role] : null;
    return holder && holder !== e.toAddress ? `${role} contact, ${holder}` : null;
  };
  return (
    <Card title={`Emails sent (${emails.length})`}>
      {emails.length === 0 ? (
        <p className="text-sm text-slate-600">None yet.</p>
      ) : (
        <ul className="space-y-3 text-sm [overflow-wrap:anywhere]">
          {emails.map((e) => (
            <li key={e.id} className="border-b border-slate-100 pb-3 last:border-0 last:pb-0">
              <p className="font-medium">{e.subject}</p>
              <p className="text-xs text-slate-600">
                to {e.toAddress} · {format(e.createdAt)} · {delivery(e)}
              </p>
              {canResend && (
                <ResendEmailButton practiceId={practiceId} emailId={e.id} subject={e.subject} goesTo={resendsTo(e)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
