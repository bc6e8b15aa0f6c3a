// Emails to the pharmacy's onboarding team (the practice's staff owner): short facts about one
// of their practices and a link to its staff page; never the practice's own wording.
import type { EmailContent } from "@/lib/mail/render";
import { formatInZone } from "@/lib/format/dates";
import { greetStaff, links, staffSignature, type Person, type PracticeRef } from "./shared";

const base = (p: PracticeRef, to: Person) => ({
  greeting: greetStaff(to),
  signature: staffSignature(),
  button: { label: `Open ${p.name}`, url: links.staffPractice(p.id) },
});

export const staffEmails = {
  installBooked: (
    p: PracticeRef,
    to: Person,
    install: { startsAt: Date; endsAt: Date },
    kind: "booked" | "moved",
    by: string,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install ${kind} for ${formatInZone(install.startsAt, p.timeZone)}`,
    paragraphs: [`${by} ${kind} ${p.name}'s sync agent install. The practice and the partner have the calendar invite.`],
    facts: [["Starts", formatInZone(install.startsAt, p.timeZone)]],
  }),

  installCancelled: (p: PracticeRef, to: Person, startsAt: Date, reason: string, by: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install cancelled`,
    paragraphs: [
      `${by} cancelled ${p.name}'s install of ${formatInZone(startsAt, p.timeZone)}. The practice is back at install scheduling, with a new 24-hour limit.`,
      `Reason: ${reason}`,
    ],
  }),

  installFailed: (p: PracticeRef, to: Person, reason: string, by: string): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: install failed`,
    paragraphs: [
      `${by} recorded ${p.name}'s install as not finished. The technical contact is asked to book a new time; watch that it happens.`,
      `Reason: ${reason}`,
    ],
  }),

  installed: (p: PracticeRef, to: Person, expectedAt: Date): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: sync agent installed`,
    paragraphs: [`The partner marked ${p.name}'s sync agent installed. The practice goes Live when the first data arrives.`],
    facts: [["First data expected by", formatInZone(expectedAt, p.timeZone, { dateOnly: true })]],
  }),

  live: (p: PracticeRef, to: Person): EmailContent => ({
    ...base(p, to),
    subject: `${p.name} is Live`,
    paragraphs: [`The first data from ${p.name}'s agent arrived: the practice is Live. Its sync page shows the first load.`],
  }),

  sideState: (
    p: PracticeRef,
    to: Person,
    what: "on hold" | "cancelled" | "resumed",
    reason: string | null,
    by: string,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: ${what}`,
    paragraphs: [
      `${by} ${what === "resumed" ? "resumed" : what === "on hold" ? "put on hold" : "cancelled"} ${p.name}'s onboarding.`,
      ...(reason ? [`Reason: ${reason}`] : []),
    ],
  }),

  late: (p: PracticeRef, to: Person, stepLabel: string, dueAt: Date, nextAction: string): EmailContent => ({
    ...base(p, to),
    subject: `Late: ${p.name} (${stepLabel})`,
    paragraphs: [`${p.name} passed its time limit for "${stepLabel}".`, `Next action: ${nextAction}.`],
    facts: [["Was due", formatInZone(dueAt, p.timeZone)]],
  }),

  reminderEscalation: (
    p: PracticeRef,
    to: Person,
    stepLabel: string,
    reminded: Person | null,
    reminders: number,
  ): EmailContent => ({
    ...base(p, to),
    subject: `${p.name}: no response after ${reminders} reminder${reminders === 1 ? "" : "s"} (${stepLabel})`,
    paragraphs: [
      `${reminded?.name ?? reminded?.email ?? "The practice"} has not acted on "${stepLabel}" after ${reminders} automatic reminder${reminders === 1 ? "" : "s"}. Automatic reminders stop here; please follow up by phone.`,
    ],
  }),
};
