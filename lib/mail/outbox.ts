// The transactional outbox: an email is a row written in the same transaction as the change
// that causes it, so a rolled-back change never sends mail and a committed one always does.
// The worker (lib/mail/deliver.ts) delivers rows with retries.
import type { Tx } from "@/lib/db/client";
import { addJourneyEvent } from "@/lib/onboarding/journey-events";
import { renderEmail, type EmailContent } from "./render";

export type Attachment = { filename: string; contentType: string; content: string };

export async function enqueueEmail(
  tx: Tx,
  email: {
    practiceId?: string | null;
    template: string;
    to: string;
    content: EmailContent;
    attachments?: Attachment[];
    /** Shown on the practice timeline as who caused the email. */
    actorLabel?: string;
    actorId?: string | null;
    /** Where replies go: the practice's staff owner, so a practice's answer reaches a person. */
    replyTo?: string | null;
    /** A staff resend written again (a fresh sign-in link): the timeline says so. */
    resent?: boolean;
  },
) {
  const rendered = renderEmail(email.content);
  const row = await tx.outboxEmail.create({
    data: {
      practiceId: email.practiceId ?? null,
      template: email.template,
      toAddress: email.to.toLowerCase(),
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: email.attachments ?? [],
      replyTo: email.replyTo?.toLowerCase() ?? null,
    },
  });
  if (email.practiceId) {
    await addJourneyEvent(tx, {
      practiceId: email.practiceId,
      kind: "email",
      action: email.template,
      actor: { id: email.actorId ?? null, label: email.actorLabel ?? "PIMS Link" },
      note: email.resent
        ? `Email "${rendered.subject}" resent to ${email.to}, with a fresh sign-in link`
        : `Email "${rendered.subject}" to ${email.to}`,
    });
  }
  return row;
}

/** Queues an exact copy of an email already written (a staff "resend"), with its own event. */
export async function requeueEmail(
  tx: Tx,
  original: {
    practiceId: string | null;
    template: string;
    toAddress: string;
    subject: string;
    html: string;
    text: string;
    attachments: unknown;
    replyTo: string | null;
  },
  by: { actorLabel: string; actorId: string | null },
) {
  const row = await tx.outboxEmail.create({
    data: {
      practiceId: original.practiceId,
      template: original.template,
      toAddress: original.toAddress,
      subject: original.subject,
      html: original.html,
      text: original.text,
      attachments: (original.attachments ?? []) as Attachment[],
      replyTo: original.replyTo,
    },
  });
  if (original.practiceId) {
    await addJourneyEvent(tx, {
      practiceId: original.practiceId,
      kind: "email",
      action: original.template,
      actor: { id: by.actorId, label: by.actorLabel },
      note: `Email "${original.subject}" resent to ${original.toAddress}`,
    });
  }
  return row;
}
