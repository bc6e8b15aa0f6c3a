// The journey's emails over real SMTP: a server started in the test (smtp-server) receives what
// the outbox worker sends through nodemailer, and mailparser reads each message back. Checks
// what each audience gets: its own words, the practice in the subject, the link where that
// reader acts, the pharmacy in sender, greeting and signature, reply-to the staff owner, and
// the calendar part of the invite.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bookInstall } from "@/lib/onboarding/install";
import { detailsCompleteWorld, slotFor } from "@/tests/journey-factories";
import { deliverPendingEmails } from "./deliver";

const PHARMACY = "Harbor Test Pharmacy";
const received: { to: string[]; raw: Buffer }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  // Port 0: the system picks a free port, so the test never collides with another.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  process.env.PHARMACY_NAME = PHARMACY;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.PHARMACY_NAME;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function deliverAll() {
  // The worker's own loop: batches until nothing is pending.
  while ((await deliverPendingEmails(db, new Date(Date.now() + 1000))) > 0);
}

async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  for (const message of received.filter((m) => m.to.includes(address.toLowerCase()))) {
    const parsed = await simpleParser(message.raw);
    if (subject.test(parsed.subject ?? "")) return parsed;
  }
  throw new Error(`no email to ${address} matching ${subject}`);
}

const calendarPart = (mail: ParsedMail) =>
  mail.attachments.find((a) => a.contentType.startsWith("text/calendar") || a.contentType === "application/ics");

describe("journey emails over SMTP", () => {
  it("gives the practice, the partner and staff their own words, links and headers", async () => {
    const w = await detailsCompleteWorld();
    const id = w.practice.id;
    const slot = await slotFor(w.partner.id, 30);
    await bookInstall(w.tech, id, slot.id);
    await deliverAll();

    const practiceName = w.practice.name;
    const tech = await mailTo(w.techUser.email, /install booked/);
    const primary = await mailTo(w.primaryUser.email, /install booked/);
    const partner = await mailTo(w.partnerUser.email, /install booked/);
    const staff = await mailTo(w.staffUser.email, /install booked/);

    for (const mail of [tech, primary, partner, staff]) {
      expect(mail.subject).toContain(practiceName);
      expect(mail.from?.value[0].name).toContain(PHARMACY);
      expect(mail.text).toBeTruthy();
      expect(mail.html).toBeTruthy();
      expect(mail.html).toContain(PHARMACY);
      expect(mail.text).toContain(PHARMACY); // greeting and signature name the pharmacy
      expect(mail.text).not.toMatch(/on behalf of your home-delivery pharmacy/);
    }
    // Practice and partner replies reach the staff owner; staff need no reply-to.
    for (const mail of [tech, primary, partner]) expect(mail.replyTo?.value[0].address).toBe(w.staffUser.email);
    expect(staff.replyTo).toBeUndefined();

    // Each reader gets the link to the page where they act.
    expect(tech.text).toContain(`/onboarding/${id}/schedule`);
    expect(tech.text).toMatch(/^Hello Terry Tech, this is the Harbor Test Pharmacy onboarding team\./m);
    expect(tech.text).toMatch(/Your sync agent install/);
    expect(primary.text).toContain(`/onboarding/${id}`);
    expect(primary.text).not.toContain(`/onboarding/${id}/schedule`);
    expect(primary.text).toMatch(/Terry Tech will be there/);
    expect(partner.text).toContain(`/partner/practices/${id}`);
    expect(partner.text).toMatch(/mark the install done/);
    expect(partner.text).toContain("503-555-0142");
    expect(staff.text).toContain(`/practices/${id}`);
    expect(staff.text).not.toContain("/onboarding/");
    expect(staff.text).toMatch(/PIMS Link at Harbor Test Pharmacy/);
    expect(staff.text).not.toMatch(/your practice server/i);

    // The invite rides as the calendar part with its iTIP method; staff get none.
    for (const mail of [tech, primary, partner]) {
      const ics = calendarPart(mail);
      expect(ics, mail.subject).toBeTruthy();
      const body = ics!.content.toString("utf8");
      expect(body).toContain("METHOD:REQUEST");
      expect(body).toContain("BEGIN:VALARM");
      expect(body.replace(/\r\n /g, "")).toContain(`ATTENDEE`);
    }
    expect(calendarPart(staff)).toBeUndefined();
    const rawTech = received
      .filter((m) => m.to.includes(w.techUser.email))
      .map((m) => m.raw.toString("utf8"))
      .find((raw) => raw.includes("text/calendar"))!;
    expect(rawTech).toMatch(/Content-Type: multipart\/alternative/i);
    expect(rawTech).toMatch(/Content-Type: text\/calendar;[^\n]*method=REQUEST/i);

    // The details-complete emails: the technical contact is told to book, not about "the technical contact".
    const detailsTech = await mailTo(w.techUser.email, /please book the sync agent install/);
    expect(detailsTech.text).not.toMatch(/the technical contact can book/i);
    expect(detailsTech.text).toContain(`/onboarding/${id}/schedule`);
    const detailsPrimary = await mailTo(w.primaryUser.email, /details complete/);
    expect(detailsPrimary.text).toMatch(/will contact Terry Tech/);
    const partnerReady = await mailTo(w.partnerUser.email, /contact the technical contact/);
    expect(partnerReady.text).toContain(`/partner/practices/${id}`);
  });
});
