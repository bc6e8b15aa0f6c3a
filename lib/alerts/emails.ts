// The alert emails, in two voices: the onboarding team's owner of the practice (what broke, the
// figure, where to look) and the practice's technical contact where only they can fix it (what
// it means for the practice, the one thing to do). Content only; callers enqueue it.
import { config } from "@/lib/config";
import { ALERT_TITLES, type AlertRule } from "@/lib/health/rule";
import type { EmailContent } from "@/lib/mail/render";
import { formatInZone } from "@/lib/format/dates";
import { staffSignature } from "@/lib/onboarding/emails/shared";

type P = { id: string; name: string; timeZone: string; partner: { name: string } };
type Person = { name: string | null; email: string };
const hello = (person: Person) => (person.name ? `Hello ${person.name},` : "Hello,");

export type AlertMoment = "opened" | "repeat" | "recovered";

const PRACTICE_WORDS: Partial<Record<AlertRule, { problem: string; action: string }>> = {
  agent_silent: {
    problem:
      "The sync agent on your practice server has stopped reporting, so new clients, patients and shipped prescriptions are not moving between your Cornerstone system and the home-delivery pharmacy.",
    action:
      "The partner can reconnect only with your help. Please book a reconnect session at a time that suits you; the partner will join you on the server.",
  },
  first_load_stalled: {
    problem: "The first copy of your client and patient list stopped arriving part way through.",
    action:
      "The partner needs you to restart the sync agent with them. Please book a reconnect session at a time that suits you.",
  },
};

export function staffAlertEmail(
  moment: AlertMoment,
  p: P,
  to: Person,
  rule: AlertRule,
  detail: string,
  openedAt: Date,
): EmailContent {
  const title = ALERT_TITLES[rule];
  const prefix = moment === "opened" ? "Alert" : moment === "repeat" ? "Still open" : "Resolved";
  return {
    subject: `${prefix}: ${p.name}: ${title.toLowerCase()}`,
    greeting: hello(to),
    paragraphs:
      moment === "recovered"
        ? [`The "${title}" alert for ${p.name} closed by itself: ${detail}`]
        : [
            `${p.name}, a practice you own, has an open "${title}" alert. ${detail}`,
            moment === "repeat"
              ? "This is the daily reminder; it stops when the condition clears."
              : "You will get one reminder a day while it lasts, and a notice when it clears.",
          ],
    facts: [
      ["Practice", p.name],
      ["Integration partner", p.partner.name],
      ["Alert opened", formatInZone(openedAt, p.timeZone)],
    ],
    button: { label: "Open the integration", url: `${config.appUrl}/practices/${p.id}#alerts` },
    signature: staffSignature(),
  };
}

export function technicalAlertEmail(moment: AlertMoment, p: P, to: Person, rule: AlertRule): EmailContent {
  const words = PRACTICE_WORDS[rule] ?? { problem: ALERT_TITLES[rule], action: "" };
  const bookUrl = `${config.appUrl}/onboarding/${p.id}/schedule`;
  if (moment === "recovered") {
    return {
      subject: `${p.name}: the pharmacy connection is working again`,
      greeting: hello(to),
      paragraphs: [
        `Good news: the sync agent on ${p.name}'s server is reporting again, so data is moving between Cornerstone and your home-delivery pharmacy. There is nothing more to do.`,
      ],
      signature: [`The ${config.pharmacyName} onboarding team`],
    };
  }
  return {
    subject: `${moment === "repeat" ? "Reminder: " : ""}${p.name}: your home-delivery pharmacy connection needs you`,
    greeting: hello(to),
    paragraphs: [words.problem, words.action].filter(Boolean),
    facts: [["Integration partner", p.partner.name]],
    button: { label: "Book a reconnect session", url: bookUrl },
    signature: [`The ${config.pharmacyName} onboarding team`],
  };
}
