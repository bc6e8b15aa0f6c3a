// Emails to the practice's own people: the primary contact (details, progress) and the
// technical contact (the install). Written to the person who reads them, with the link to the
// page where that person acts.
import type { EmailContent } from "@/lib/mail/render";
import { formatInZone } from "@/lib/format/dates";
import { greetFromPharmacy, links, pharmacySignature, type Person, type PracticeRef } from "./shared";

export type PracticeRole = "primary" | "technical";
type Install = { startsAt: Date; endsAt: Date };
const who = (person: Person | null | undefined) => person?.name?.trim() || person?.email || "your technical contact";
const base = (p: PracticeRef, to: Person) => ({ greeting: greetFromPharmacy(to), signature: pharmacySignature(p) });

export const practiceEmails = {
  queued: (p: PracticeRef, to: Person, partnerName: string, dueAt: Date, progressUrl: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name} is in the ${partnerName} integration queue`,
    paragraphs: [
      `We have added ${p.name} to ${partnerName}'s integration request queue, so ${partnerName} can connect your Cornerstone system to our home-delivery pharmacy. This is step 2 of 6.`,
      `Within 48 hours you will receive an email from ${partnerName} inviting you to complete your practice details. Please watch your inbox and your spam or junk folder, so the invitation is not missed.`,
    ],
    facts: [["Expect the partner's email by", formatInZone(dueAt, p.timeZone)]],
    button: { label: "See your integration progress", url: progressUrl },
  }),

  invitation: (p: PracticeRef, to: Person, partnerName: string, signInUrl: string, dueAt: Date | null): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: complete your PIMS integration details for ${partnerName}`,
    paragraphs: [
      `${partnerName} is ready to connect ${p.name}'s Cornerstone system to our home-delivery pharmacy.`,
      "Please confirm your practice information, name the technical contact who can give access to the practice server, and accept the data agent's end-user license agreement. You can do these in any order and come back later; each part is saved as you go.",
      "The link below signs you in. It works once and expires in 72 hours; after that, request a new link on the sign-in page.",
    ],
    facts: dueAt ? [["Please complete by", formatInZone(dueAt, p.timeZone)]] : undefined,
    button: { label: "Complete practice details", url: signInUrl },
  }),

  technicalContactInvite: (
    p: PracticeRef,
    to: Person,
    primary: Person,
    signInUrl: string,
    opts: { existingAccount?: boolean } = {},
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: you are the technical contact for the PIMS integration`,
    paragraphs: [
      `${who(primary)} named you the technical contact for connecting ${p.name}'s Cornerstone server to our home-delivery pharmacy.`,
      ...(opts.existingAccount
        ? [
            `You already use PIMS Link, so ${p.name} has been added to your account: your name and phone number stay as you set them, and after signing in you can switch between your practices at the top of the page.`,
          ]
        : []),
      "Once the practice details are complete, the integration partner will contact you within 24 hours, and you can book the install appointment in PIMS Link. The partner cannot connect to the server without you.",
    ],
    button: { label: "Open PIMS Link", url: signInUrl },
  }),

  detailsCompleteForPrimary: (
    p: PracticeRef,
    to: Person,
    partnerName: string,
    technical: Person | null,
    dueAt: Date,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: details complete, next the install`,
    paragraphs: [
      `Thank you: ${p.name}'s practice information, technical contact and license acceptance are complete.`,
      `${partnerName} will contact ${who(technical)} within 24 hours to book the sync agent install. You do not need to do anything now.`,
    ],
    facts: [["Partner contact due by", formatInZone(dueAt, p.timeZone)]],
    button: { label: "See your integration progress", url: links.practiceDetails(p.id) },
  }),

  detailsCompleteForTechnical: (p: PracticeRef, to: Person, partnerName: string, dueAt: Date): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: please book the sync agent install`,
    paragraphs: [
      `${p.name}'s details are complete. ${partnerName} will contact you within 24 hours to arrange the sync agent install on the practice's Cornerstone server.`,
      "You can book an install time now, without waiting for the call: pick one of the partner's open times.",
    ],
    facts: [["Partner contact due by", formatInZone(dueAt, p.timeZone)]],
    button: { label: "Book the install", url: links.schedule(p.id) },
  }),

  installBooked: (
    p: PracticeRef,
    to: Person,
    role: PracticeRole,
    install: Install,
    kind: "booked" | "moved",
    technical: Person | null,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install ${kind} for ${formatInZone(install.startsAt, p.timeZone)}`,
    paragraphs: [
      role === "technical"
        ? `Your sync agent install for ${p.name} is ${kind === "booked" ? "booked" : "moved to a new time"}. The calendar invite is attached${kind === "moved" ? " and updates the event already in your calendar" : ""}.`
        : `The sync agent install for ${p.name} is ${kind === "booked" ? "booked" : "moved to a new time"}; ${who(technical)} will be there for it. The calendar invite is attached.`,
      role === "technical"
        ? "Please be at the practice server, with its administrator sign-in, for the whole window."
        : "Nothing is needed from you; the practice server must be on and reachable during the window.",
    ],
    facts: [
      ["Starts", formatInZone(install.startsAt, p.timeZone)],
      ["Ends", formatInZone(install.endsAt, p.timeZone)],
    ],
    button:
      role === "technical"
        ? { label: "Move or cancel the install", url: links.schedule(p.id) }
        : { label: "See your integration progress", url: links.practiceDetails(p.id) },
  }),

  installCancelled: (
    p: PracticeRef,
    to: Person,
    role: PracticeRole,
    startsAt: Date,
    reason: string,
    by: string,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install of ${formatInZone(startsAt, p.timeZone)} cancelled`,
    paragraphs: [
      `The install appointment of ${formatInZone(startsAt, p.timeZone)} was cancelled by ${by}. The calendar event is withdrawn.`,
      `Reason: ${reason}`,
      role === "technical" ? "Please book a new time when you can." : `${p.name}'s technical contact can book a new time.`,
    ],
    button:
      role === "technical"
        ? { label: "Book a new time", url: links.schedule(p.id) }
        : { label: "See your integration progress", url: links.practiceDetails(p.id) },
  }),

  installFailed: (p: PracticeRef, to: Person, role: PracticeRole, startsAt: Date | null, reason: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: the sync agent install did not finish`,
    paragraphs: [
      `The integration partner could not complete the sync agent install${startsAt ? ` of ${formatInZone(startsAt, p.timeZone)}` : ""}. The calendar event is withdrawn.`,
      `Reason: ${reason}`,
      role === "technical" ? "Please book a new install time." : `${p.name}'s technical contact can book a new install time.`,
    ],
    button:
      role === "technical"
        ? { label: "Book a new time", url: links.schedule(p.id) }
        : { label: "See your integration progress", url: links.practiceDetails(p.id) },
  }),

  installed: (p: PracticeRef, to: Person, expectedAt: Date): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: sync agent installed`,
    paragraphs: [
      "The sync agent is installed on your practice server. The first copy of your client and patient list usually appears in our system within about a week (up to two weeks for practices with 10,000 or more clients).",
      "We will email you as soon as the first data arrives.",
    ],
    facts: [["First data expected by", formatInZone(expectedAt, p.timeZone, { dateOnly: true })]],
  }),

  live: (p: PracticeRef, to: Person): EmailContent => ({
    ...base(p, to),
    subject: `${p.name} is live: we are receiving your data`,
    paragraphs: [
      `We have started receiving ${p.name}'s client and patient data. The integration is complete.`,
      "From now on, new clients and patients, pet weights, deceased status and client email addresses update automatically every 48 to 72 hours. Name and address changes are reviewed by our team before they are applied.",
    ],
  }),

  sideState: (p: PracticeRef, to: Person, what: "on hold" | "cancelled" | "resumed", reason: string | null): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: integration ${what}`,
    paragraphs: [
      what === "resumed"
        ? `We have resumed ${p.name}'s PIMS integration where it stopped.`
        : `We have put ${p.name}'s PIMS integration ${what}.`,
      ...(reason ? [`Reason: ${reason}`] : []),
    ],
    button: { label: "See your integration progress", url: links.practiceDetails(p.id) },
  }),

  invitedReminder: (p: PracticeRef, to: Person, dueAt: Date | null, number: number): EmailContent => ({
    ...base(p, to),
    subject: `Reminder: ${p.name}'s integration details are waiting for you`,
    paragraphs: [
      `${p.name}'s PIMS integration cannot go on until the practice information, the technical contact and the license agreement are complete.`,
      number > 1
        ? "This is a second reminder; if someone else should do this, reply and tell us who."
        : "It takes about ten minutes, and each part is saved as you go.",
    ],
    facts: dueAt ? [["Please complete by", formatInZone(dueAt, p.timeZone)]] : undefined,
    button: { label: "Complete practice details", url: links.practiceDetails(p.id) },
  }),

  bookingReminder: (p: PracticeRef, to: Person, dueAt: Date | null): EmailContent => ({
    ...base(p, to),
    subject: `Reminder: please book ${p.name}'s sync agent install`,
    paragraphs: [
      `${p.name}'s install is not booked yet. Please pick one of the partner's open times; the partner cannot connect to the server without you.`,
    ],
    facts: dueAt ? [["Please book by", formatInZone(dueAt, p.timeZone)]] : undefined,
    button: { label: "Book the install", url: links.schedule(p.id) },
  }),

  /** To a primary contact named after the invitation step: what is done, what is left, a way in. */
  primaryContactHandover: (p: PracticeRef, to: Person, predecessor: Person | null, signInUrl: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: you are now the primary contact for the PIMS integration`,
    paragraphs: [
      `Our onboarding team made you ${p.name}'s primary contact for connecting its Cornerstone system to our home-delivery pharmacy${predecessor ? `, in place of ${who(predecessor)}` : ""}. The practice details are already complete; from now on the integration's emails come to you.`,
      "The link below signs you in to see where the integration stands and what is left. It works once and expires in 72 hours; after that, request a new link on the sign-in page.",
    ],
    button: { label: "See the integration", url: signInUrl },
  }),

  primaryContactReplaced: (p: PracticeRef, to: Person, successor: Person): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: you are no longer the integration's primary contact`,
    paragraphs: [
      `Our onboarding team changed ${p.name}'s primary contact for the PIMS integration to ${who(successor)}. Emails about the integration now go to them, and earlier sign-in links sent to you no longer open the practice's details.`,
      "If this is a mistake, reply to this email.",
    ],
  }),
};
