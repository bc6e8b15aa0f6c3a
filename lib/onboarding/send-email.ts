// Enqueues one journey email about a practice: practice and partner copies reply to the
// practice's staff owner; staff copies need no reply-to (they are the owner's own).
import type { Tx } from "@/lib/db/client";
import { enqueueEmail, type Attachment } from "@/lib/mail/outbox";
import type { EmailContent } from "@/lib/mail/render";
import type { Person } from "./emails";
import type { Actor } from "@/lib/auth/actor";

type About = { id: string; owner?: Person | null };

export async function sendJourneyEmail(
  tx: Tx,
  p: About,
  template: string,
  to: Person,
  content: EmailContent,
  opts: { actor?: Actor; attachments?: Attachment[]; audience?: "practice" | "partner" | "staff"; resent?: boolean } = {},
) {
  const toStaff = opts.audience === "staff";
  return enqueueEmail(tx, {
    practiceId: p.id,
    template,
    to: to.email,
    content,
    attachments: opts.attachments,
    actorLabel: opts.actor?.label,
    actorId: opts.actor?.kind === "user" ? opts.actor.id : null,
    replyTo: toStaff ? null : (p.owner?.email ?? null),
    resent: opts.resent,
  });
}
