// Delivers pending outbox rows: over SMTP when SMTP_URL is set, otherwise into the built-in
// mailbox (the row itself, shown at /dev/mailbox). Failures retry with exponential backoff and
// stop after MAX_ATTEMPTS, leaving the error on the row for staff to see.
import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";
import { config } from "@/lib/config";
import type { Attachment } from "./outbox";

export const MAX_ATTEMPTS = 8;
const BATCH = 20;

type Claimed = { id: string; to_address: string; reply_to: string | null; subject: string; html: string; text: string; attachments: Attachment[]; attempts: number };

let transporter: nodemailer.Transporter | null = null;
function smtp() {
  transporter ??= nodemailer.createTransport(config.smtpUrl!);
  return transporter;
}

export function backoffMs(attempts: number) {
  return Math.min(60 * 60_000, 2 ** attempts * 5_000);
}

/**
 * The message nodemailer sends. A calendar invite goes as the text/calendar alternative part
 * (with its iTIP method), which is where Outlook, Gmail and Apple Mail look for it; other
 * attachments stay attachments.
 */
export function mailMessage(row: Pick<Claimed, "to_address" | "reply_to" | "subject" | "html" | "text" | "attachments">) {
  const calendar = row.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  const method = calendar ? (/method=([A-Z]+)/i.exec(calendar.contentType)?.[1] ?? "REQUEST").toUpperCase() : null;
  return {
    from: config.mailFrom,
    to: row.to_address,
    ...(row.reply_to ? { replyTo: row.reply_to } : {}),
    subject: row.subject,
    html: row.html,
    text: row.text,
    ...(calendar ? { icalEvent: { method: method!, filename: calendar.filename, content: calendar.content } } : {}),
    attachments: row.attachments.filter((a) => a !== calendar).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

/** Delivers one batch; returns how many rows it handled. Safe to run in several workers at once. */
export async function deliverPendingEmails(db: Db, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    // SKIP LOCKED: two workers never claim the same email.
    const rows = await tx.$queryRaw<Claimed[]>`
      SELECT id, to_address, reply_to, subject, html, text, attachments, attempts FROM outbox_emails
      WHERE status = 'PENDING' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    for (const row of rows) {
      try {
        const transport = config.smtpUrl ? "smtp" : "mailbox";
        if (transport === "smtp") {
          await smtp().sendMail(mailMessage(row));
        }
        await tx.outboxEmail.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), transport, attempts: row.attempts + 1, lastError: null } });
      } catch (error) {
        const attempts = row.attempts + 1;
        await tx.outboxEmail.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: (error as Error).message.slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
          },
        });
      }
    }
    return rows.length;
  });
}
