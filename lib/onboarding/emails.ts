// The journey's emails: what each step tells whom. Every function returns content only;
// callers enqueue it (lib/mail/outbox.ts) inside the transaction that caused it.
import type { EmailContent } from "@/lib/mail/render";
import { config } from "@/lib/config";
import { formatInZone } from "@/lib/format/dates";

type P = { id: string; name: string; timeZone: string };
type Person = { name: string | null; email: string };
const hello = (person: Person) => (person.name ? `Hello ${person.name},` : "Hello,");
const practiceUrl = (p: P) => `${config.appUrl}/practices/${p.id}`;

export const emails = {
  queued: (p: P, to: Person, partnerName: string, dueAt: Date, progressUrl: string): EmailContent => ({
    subject: `${p.name} is in the ${partnerName} integration queue`,
    greeting: hello(to),
    paragraphs: [
      `${p.name} has been added to ${partnerName}'s integration request queue. This is step 2 of 6.`,
      `Within 48 hours you will receive an email from ${partnerName} inviting you to complete your practice details. Please watch your inbox and check your spam or junk folder, so the invitation is not missed.`,
    ],
    facts: [["Expect the partner's email by", formatInZone(dueAt, p.timeZone)]],
    button: { label: "See your integration progress", url: progressUrl },
  }),

  invitation: (p: P, to: Person, partnerName: string, signInUrl: string): EmailContent => ({
    subject: `${partnerName}: complete the PIMS integration details for ${p.name}`,
    greeting: hello(to),
    paragraphs: [
      `${partnerName} is ready to connect ${p.name}'s Cornerstone system to your home-delivery pharmacy.`,
      "Please confirm your practice information, name the technical contact who can give us access to the practice server, and accept the data agent's end-user license agreement. You can do these in any order and come back later; each part is saved as you go.",
      "The link below signs you in. It works once and expires in 72 hours; after that, request a new link on the sign-in page.",
    ],
    button: { label: "Complete practice details", url: signInUrl },
  }),

  technicalContactInvite: (p: P, to: Person, primary: Person, signInUrl: string): EmailContent => ({
    subject: `You are the technical contact for ${p.name}'s PIMS integration`,
    greeting: hello(to),
    paragraphs: [
      `${primary.name ?? primary.email} named you the technical contact for connecting ${p.name}'s Cornerstone server to the home-delivery pharmacy.`,
      "Once the practice details are complete, the integration partner will contact you within 24 hours, and you can book the install appointment in PIMS Link. The partner cannot connect to the server without you.",
    ],
    button: { label: "Open PIMS Link", url: signInUrl },
  }),

  detailsComplete: (p: P, to: Person, partnerName: string, dueAt: Date, url: string): EmailContent => ({
    subject: `${p.name}: details complete, next the install`,
    greeting: hello(to),
    paragraphs: [
      `Thank you: ${p.name}'s practice information, technical contact and license acceptance are complete.`,
      `${partnerName} will contact the technical contact within 24 hours to install the sync agent. The technical contact can book an install time now.`,
    ],
    facts: [["Partner contact due by", formatInZone(dueAt, p.timeZone)]],
    button: { label: "Book the install", url },
  }),

  partnerReadyToSchedule: (p: P, to: Person, technical: Person & { phone: string | null }, hours: string | null, dueAt: Date): EmailContent => ({
    subject: `Contact ${p.name}'s technical contact within 24 hours`,
    greeting: hello(to),
    paragraphs: [`${p.name} completed its details and EULA. Please contact the technical contact to arrange the agent install.`],
    facts: [
      ["Technical contact", `${technical.name ?? ""} <${technical.email}>`],
      ["Phone", technical.phone ?? "not given"],
      ["Best hours", hours ?? "not given"],
      ["Contact due by", formatInZone(dueAt, p.timeZone)],
    ],
    button: { label: "Open the practice", url: `${config.appUrl}/partner/practices/${p.id}` },
  }),

  installBooked: (p: P, to: Person, startsAt: Date, endsAt: Date, kind: "booked" | "rescheduled"): EmailContent => ({
    subject: `Install ${kind === "booked" ? "booked" : "moved"}: ${formatInZone(startsAt, p.timeZone)}`,
    greeting: hello(to),
    paragraphs: [
      `The sync agent install for ${p.name} is ${kind === "booked" ? "booked" : "moved to a new time"}. The calendar invite is attached.`,
      "Please be available with access to the practice's Cornerstone server for the whole window.",
    ],
    facts: [
      ["Starts", formatInZone(startsAt, p.timeZone)],
      ["Ends", formatInZone(endsAt, p.timeZone)],
    ],
    button: { label: "Reschedule or cancel", url: `${config.appUrl}/onboarding/${p.id}/schedule` },
  }),

  installCancelled: (p: P, to: Person, startsAt: Date, reason: string, by: string): EmailContent => ({
    subject: `Install cancelled for ${p.name}`,
    greeting: hello(to),
    paragraphs: [`The install appointment of ${formatInZone(startsAt, p.timeZone)} was cancelled by ${by}.`, `Reason: ${reason}`, "A new time can be booked in PIMS Link."],
    button: { label: "Book a new time", url: `${config.appUrl}/onboarding/${p.id}/schedule` },
  }),

  installFailed: (p: P, to: Person, reason: string): EmailContent => ({
    subject: `The install for ${p.name} did not finish`,
    greeting: hello(to),
    paragraphs: [`The integration partner could not complete the sync agent install.`, `Reason: ${reason}`, "Please book a new install time."],
    button: { label: "Book a new time", url: `${config.appUrl}/onboarding/${p.id}/schedule` },
  }),

  installed: (p: P, to: Person, expectedAt: Date): EmailContent => ({
    subject: `${p.name}: sync agent installed`,
    greeting: hello(to),
    paragraphs: [
      "The sync agent is installed on your practice server. The first copy of your client and patient list usually appears in the pharmacy's system within about a week (up to two weeks for practices with 10,000 or more clients).",
      "We will email you as soon as the first data arrives.",
    ],
    facts: [["First data expected by", formatInZone(expectedAt, p.timeZone, { dateOnly: true })]],
  }),

  live: (p: P, to: Person): EmailContent => ({
    subject: `${p.name} is live: the pharmacy is receiving your data`,
    greeting: hello(to),
    paragraphs: [
      `The home-delivery pharmacy has started receiving ${p.name}'s client and patient data. The integration is complete.`,
      "From now on, new clients and patients, pet weights, deceased status and client email addresses update automatically every 48 to 72 hours. Name and address changes are reviewed by the pharmacy team before they are applied.",
    ],
  }),

  sideState: (p: P, to: Person, what: "on hold" | "cancelled" | "resumed", reason: string | null): EmailContent => ({
    subject: `${p.name}: integration ${what}`,
    greeting: hello(to),
    paragraphs: [`The PIMS integration for ${p.name} has been ${what} by the onboarding team.`, ...(reason ? [`Reason: ${reason}`] : [])],
  }),

  late: (p: P, to: Person, stepLabel: string, dueAt: Date, nextAction: string): EmailContent => ({
    subject: `Late: ${p.name} (${stepLabel})`,
    greeting: hello(to),
    paragraphs: [`${p.name} passed its time limit for "${stepLabel}".`, `Next action: ${nextAction}.`],
    facts: [["Was due", formatInZone(dueAt, p.timeZone)]],
    button: { label: "Open the practice", url: practiceUrl(p) },
  }),

  userInvite: (to: Person, roleLabel: string, signInUrl: string): EmailContent => ({
    subject: "You have been invited to PIMS Link",
    greeting: hello(to),
    paragraphs: [`You have been given access to PIMS Link as ${roleLabel}. The link below signs you in; it works once and expires in 72 hours.`],
    button: { label: "Sign in to PIMS Link", url: signInUrl },
  }),
};
