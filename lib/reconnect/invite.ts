// A reconnect session after go-live as an iCalendar invite (.ics) for the technical contact: it
// books the same partner slots as an install, but is its own event with its own UID.
import { createEvent } from "ics";
import type { Attachment } from "@/lib/mail/outbox";

export function reconnectInvite(opts: {
  appointmentId: string;
  practiceName: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelled?: boolean;
  organizerEmail?: string;
  attendee: { name: string | null; email: string };
}): Attachment {
  const { error, value } = createEvent({
    uid: `reconnect-${opts.appointmentId}@pimslink`,
    sequence: opts.sequence,
    method: opts.cancelled ? "CANCEL" : "REQUEST",
    status: opts.cancelled ? "CANCELLED" : "CONFIRMED",
    title: `Sync agent reconnect: ${opts.practiceName}`,
    description:
      "The integration partner reconnects the PIMS sync agent on the practice's Cornerstone server. Please be available with server access.",
    start: opts.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: opts.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    organizer: { name: "PIMS Link", email: opts.organizerEmail ?? "onboarding@pimslink.example" },
    attendees: [
      { name: opts.attendee.name ?? opts.attendee.email, email: opts.attendee.email, rsvp: true, role: "REQ-PARTICIPANT" },
    ],
  });
  if (error || !value) throw new Error(`could not build the calendar invite: ${String(error)}`);
  return {
    filename: "reconnect.ics",
    contentType: `text/calendar; method=${opts.cancelled ? "CANCEL" : "REQUEST"}; charset=utf-8`,
    content: value,
  };
}
