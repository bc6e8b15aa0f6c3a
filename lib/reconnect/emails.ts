// The reconnect session's confirmation, in the practice's words and the partner's.
import { config } from "@/lib/config";
import type { EmailContent } from "@/lib/mail/render";
import { formatInZone } from "@/lib/format/dates";

type P = { id: string; name: string; timeZone: string; partner: { name: string } };

export function reconnectBookedEmail(
  p: P,
  to: { name: string | null },
  audience: "practice" | "partner",
  startsAt: Date,
  endsAt: Date,
): EmailContent {
  const facts: [string, string][] = [
    ["Starts", formatInZone(startsAt, p.timeZone)],
    ["Ends", formatInZone(endsAt, p.timeZone)],
  ];
  if (audience === "partner") {
    return {
      subject: `Reconnect booked: ${p.name}, ${formatInZone(startsAt, p.timeZone)}`,
      greeting: to.name ? `Hello ${to.name},` : "Hello,",
      paragraphs: [
        `${p.name}'s sync agent stopped reporting. Their technical contact booked a reconnect session; the calendar invite is attached. The request closes by itself when the agent sends its next heartbeat.`,
      ],
      facts,
      button: { label: "Open the request queue", url: `${config.appUrl}/partner` },
    };
  }
  return {
    subject: `Reconnect session booked: ${formatInZone(startsAt, p.timeZone)}`,
    greeting: to.name ? `Hello ${to.name},` : "Hello,",
    paragraphs: [
      `Thank you. ${p.partner.name} will reconnect the sync agent on ${p.name}'s server with you at this time; the calendar invite is attached.`,
      "Please be available with access to the Cornerstone server. Nothing changes for your practice in the meantime.",
    ],
    facts,
    button: { label: "See the booking", url: `${config.appUrl}/onboarding/${p.id}/schedule` },
  };
}
