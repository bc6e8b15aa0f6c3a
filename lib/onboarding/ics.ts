// The install appointment as an iCalendar invite (iTIP, RFC 5546). One UID per appointment for
// its whole life: a move is a REQUEST with a higher SEQUENCE (calendars move the event they
// already hold); a cancel or a failed install is a CANCEL with a higher SEQUENCE. Every
// attendee (primary contact, technical contact, partner) receives the same invite.
import { createEvent, type Attendee } from "ics";
import type { Attachment } from "@/lib/mail/outbox";

type InviteMethod = "REQUEST" | "CANCEL";
export type InvitePerson = { name: string | null; email: string; phone?: string | null };

export type InstallInvite = {
  uid: string;
  sequence: number;
  method: InviteMethod;
  startsAt: Date;
  endsAt: Date;
  practice: {
    name: string;
    address1: string;
    address2: string | null;
    city: string;
    state: string;
    postalCode: string;
    phone: string;
    pimsVersion: string;
  };
  partnerName: string;
  organizer: { name: string; email: string };
  primary: InvitePerson | null;
  technical: InvitePerson | null;
  partnerUsers: InvitePerson[];
};

/** The UID from an appointment's calendar token (older rows used their id as the token). */
export const calendarUidFor = (token: string) => `install-${token}@pimslink`;

const addressOf = (p: InstallInvite["practice"]) =>
  [p.address1, p.address2, `${p.city}, ${p.state} ${p.postalCode}`].filter(Boolean).join(", ");

function description(invite: InstallInvite): string {
  const phone = (label: string, person: InvitePerson | null) =>
    person ? `${label}: ${person.name ?? person.email}${person.phone ? `, ${person.phone}` : ""} <${person.email}>` : null;
  return [
    `${invite.partnerName} installs the PIMS sync agent on ${invite.practice.name}'s Cornerstone server in a remote session.`,
    "",
    "Phones:",
    `Practice: ${invite.practice.phone}`,
    phone("Technical contact", invite.technical),
    phone("Primary contact", invite.primary),
    ...invite.partnerUsers.map((u) => phone(`${invite.partnerName}`, u)),
    "",
    "Please prepare:",
    "- the technical contact at the server, with its Windows administrator sign-in",
    `- Cornerstone ${invite.practice.pimsVersion} running, and the server on and online for the whole window`,
    "- remote access (screen sharing) allowed for the partner's technician",
  ]
    .filter((line) => line !== null)
    .join("\n");
}

function attendee(person: InvitePerson, role: Attendee["role"]): Attendee {
  return { name: person.name ?? person.email, email: person.email, rsvp: true, role, partstat: "NEEDS-ACTION" };
}

/** Everyone on the invite, each once, in a stable order. */
export function inviteAttendees(invite: Pick<InstallInvite, "primary" | "technical" | "partnerUsers">): InvitePerson[] {
  const people = new Map<string, InvitePerson>();
  for (const person of [invite.technical, invite.primary, ...invite.partnerUsers])
    if (person) people.set(person.email.toLowerCase(), person);
  return [...people.values()];
}

export function installInvite(invite: InstallInvite): Attachment {
  const people = inviteAttendees(invite);
  const cancelled = invite.method === "CANCEL";
  const { error, value } = createEvent({
    productId: "pims-link/install",
    uid: invite.uid,
    sequence: invite.sequence,
    method: invite.method,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    title: `${cancelled ? "Cancelled: " : ""}Sync agent install: ${invite.practice.name}`,
    description: description(invite),
    location: `Remote session with ${invite.partnerName} on the practice server at ${invite.practice.name}, ${addressOf(invite.practice)}`,
    start: invite.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: invite.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    organizer: invite.organizer,
    attendees: people.map((p) => attendee(p, "REQ-PARTICIPANT")),
    // A cancelled event needs no reminder; a booked one reminds a day and 30 minutes before.
    alarms: cancelled
      ? []
      : [
          {
            action: "display",
            description: `Sync agent install for ${invite.practice.name} tomorrow`,
            trigger: { days: 1, before: true },
          },
          {
            action: "display",
            description: `Sync agent install for ${invite.practice.name} in 30 minutes`,
            trigger: { minutes: 30, before: true },
          },
        ],
  });
  if (error || !value) throw new Error(`could not build the calendar invite: ${String(error)}`);
  return {
    filename: cancelled ? "install-cancelled.ics" : "install.ics",
    contentType: `text/calendar; method=${invite.method}; charset=utf-8`,
    content: value,
  };
}
