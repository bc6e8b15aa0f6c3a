// Delivers pending outbox rows: over SMTP when SMTP_URL is set, otherwise (demo mode only) into
// the built-in mailbox (the row itself, shown at /dev/mailbox). Without either, nothing is
// delivered and nothing is marked sent: the row keeps its error for staff to see. Failures retry with exponential backoff and
// stop after MAX_ATTEMPTS, leaving the error on the row for staff to see.
import nodemailer from "nodemailer";
import type { Db } from "@/lib/db/client";
import { config } from "@/lib/config";
import type { Attachment } from "./outbox";

const MAX_ATTEMPTS = 8;
const BATCH = 20;

type Claimed = {
  id: string;
  to_address: string;
  reply_to: string | null;
  subject: string;
  html: string;
  text: string;
  attachments: Attachment[];
  attempts: number;
};

let transporter: nodemailer.Transporter | null = null;
function smtp() {
  transporter ??= nodemailer.createTransport(config.smtpUrl!);
  return transporter;
}

function backoffMs(attempts: number) {
  return Math.min(60 * 60_000, 2 ** attempts * 5_000);
}

/**
 * How long a claimed email is held by the worker sending it. Longer than any SMTP batch takes;
 * after a crash mid-batch the unsent (and possibly one sent-but-unrecorded) email is due again.
 */
const CLAIM_SECONDS = 600;

/**
 * The message nodemailer sends. A calendar invite goes as the text/calendar alternative part
 * (with its iTIP method), which is where Outlook, Gmail and Apple Mail look for it; other
 * attachments stay attachments.
 */
function mailMessage(row: Pick<Claimed, "to_address" | "reply_to" | "subject" | "html" | "text" | "attachments">) {
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
    attachments: row.attachments
      .filter((a) => a !== calendar)
      .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

/**
 * Delivers one batch; returns how many rows it handled. Safe to run in several workers at once:
 * rows are claimed in one short statement (FOR UPDATE SKIP LOCKED, next_attempt_at pushed past
 * the claim), committed, and only then sent, each marked sent on its own. Sending inside the
 * claiming transaction was not safe: a slow SMTP server outlived the transaction's timeout, the
 * rollback made the rows due again, and another worker sent them a second time (bench:fleet
 * caught 35 duplicates in 337 messages).
 */
export async function deliverPendingEmails(db: Db, now = new Date()): Promise<number> {
  const claimedUntil = new Date(now.getTime() + CLAIM_SECONDS * 1000);
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE outbox_emails SET next_attempt_at = ${claimedUntil}
    WHERE id IN (
      SELECT id FROM outbox_emails WHERE status = 'PENDING' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, reply_to, subject, html, text, attachments, attempts`;
  for (const row of rows) {
    const transport = config.smtpUrl ? "smtp" : config.mailboxEnabled ? "mailbox" : null;
    try {
      if (!transport) throw new Error("not delivered: SMTP_URL is not set (production mode has no demo mailbox)");
      if (transport === "smtp") {
        await smtp().sendMail(mailMessage(row));
      }
    } catch (error) {
      const attempts = row.attempts + 1;
      await db.outboxEmail.update({
        where: { id: row.id },
        data: {
          attempts,
          lastError: (error as Error).message.slice(0, 500),
          status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
        },
      });
      continue;
    }
    await db.outboxEmail.update({
      where: { id: row.id },
      data: { status: "SENT", sentAt: new Date(), transport, attempts: row.attempts + 1, lastError: null },
    });
  }
  return rows.length;
}
