// Emails to the integration partner's technicians: what to do for which practice, with the
// practice named in the subject and a link to the partner's own page for it (where the
// invitation is sent, the install marked and the agent key issued).
import type { EmailContent } from "@/lib/mail/render";
import { formatInZone } from "@/lib/format/dates";
import { greetFromPharmacy, links, pharmacySignature, type Person, type PracticeRef } from "./shared";

type Contact = Person & { phone: string | null };
const contactLine = (c: Person | null | undefined) => (c ? `${c.name?.trim() ? `${c.name} ` : ""}<${c.email}>` : "not named yet");
const base = (p: PracticeRef, to: Person) => ({ greeting: greetFromPharmacy(to), signature: pharmacySignature(p) });

export const partnerEmails = {
  newRequest: (p: PracticeRef & { city: string; state: string }, to: Person): EmailContent => ({
    ...base(p, to),
    subject: `New integration request: ${p.name} (${p.city}, ${p.state})`,
    paragraphs: [
      `We added ${p.name} (${p.city}, ${p.state}) to your integration request queue. Please send the primary contact the invitation within 48 hours.`,
    ],
    button: { label: `Open ${p.name}`, url: links.partnerPractice(p.id) },
  }),

  readyToSchedule: (p: PracticeRef, to: Person, technical: Contact, hours: string | null, dueAt: Date): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: contact the technical contact within 24 hours`,
    paragraphs: [
      `${p.name} completed its details and accepted the EULA. Please call the technical contact to arrange the sync agent install; they can also book one of your open times themselves.`,
    ],
    facts: [
      ["Technical contact", contactLine(technical)],
      ["Phone", technical.phone ?? "not given"],
      ["Best hours", hours ?? "not given"],
      ["Contact due by", formatInZone(dueAt, p.timeZone)],
    ],
    button: { label: `Open ${p.name}`, url: links.partnerPractice(p.id) },
  }),

  installBooked: (
    p: PracticeRef,
    to: Person,
    install: { startsAt: Date; endsAt: Date },
    kind: "booked" | "moved",
    technical: Contact | null,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install ${kind} for ${formatInZone(install.startsAt, p.timeZone)}`,
    paragraphs: [
      kind === "booked"
        ? `${p.name}'s technical contact booked one of your install times. The calendar invite is attached.`
        : `${p.name}'s technical contact moved the install to a new time. The attached invite updates the event already in your calendar.`,
      "After the session, mark the install done (and issue the agent key) or failed with the reason on the practice's page.",
    ],
    facts: [
      ["Starts", formatInZone(install.startsAt, p.timeZone)],
      ["Ends", formatInZone(install.endsAt, p.timeZone)],
      ["Technical contact", contactLine(technical)],
      ["Phone", technical?.phone ?? "not given"],
    ],
    button: { label: `Open ${p.name}`, url: links.partnerPractice(p.id) },
  }),

  installCancelled: (p: PracticeRef, to: Person, startsAt: Date, reason: string, by: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install of ${formatInZone(startsAt, p.timeZone)} cancelled`,
    paragraphs: [
      `${by} cancelled ${p.name}'s install of ${formatInZone(startsAt, p.timeZone)}; the time is open again for other practices and the calendar event is withdrawn.`,
      `Reason: ${reason}`,
    ],
    button: { label: `Open ${p.name}`, url: links.partnerPractice(p.id) },
  }),

  installFailed: (p: PracticeRef, to: Person, startsAt: Date | null, reason: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install recorded as not finished`,
    paragraphs: [
      `The install${startsAt ? ` of ${formatInZone(startsAt, p.timeZone)}` : ""} for ${p.name} is recorded as not finished, and its calendar event is withdrawn. The technical contact is asked to book a new time.`,
      `Reason: ${reason}`,
    ],
    button: { label: `Open ${p.name}`, url: links.partnerPractice(p.id) },
  }),
};
