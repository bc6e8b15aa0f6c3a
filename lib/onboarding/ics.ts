// The install appointment as an iCalendar invite (.ics), with a stable UID per appointment and
// a rising SEQUENCE so calendars update the same event when it moves or is cancelled.
import { createEvent } from "ics";
import type { Attachment } from "@/lib/mail/outbox";

export function installInvite(opts: {
  appointmentId: string;
  practiceName: string;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelled?: boolean;
  organizerEmail?: string;
  attendee: { name: string | null; email: string };
  /** A reconnect session after go-live books the same slots; its invite says so. */
  purpose?: "install" | "reconnect";
}): Attachment {
  const reconnect = opts.purpose === "reconnect";
  const { error, value } = createEvent({
    uid: `${reconnect ? "reconnect" : "install"}-${opts.appointmentId}@pimslink`,
    sequence: opts.sequence,
    method: opts.cancelled ? "CANCEL" : "REQUEST",
    status: opts.cancelled ? "CANCELLED" : "CONFIRMED",
    title: `${reconnect ? "Sync agent reconnect" : "Sync agent install"}: ${opts.practiceName}`,
    description: reconnect
      ? "The integration partner reconnects the PIMS sync agent on the practice's Cornerstone server. Please be available with server access."
      : "The integration partner installs the PIMS sync agent on the practice's Cornerstone server. Please be available with server access.",
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
    filename: reconnect ? "reconnect.ics" : "install.ics",
    contentType: `text/calendar; method=${opts.cancelled ? "CANCEL" : "REQUEST"}; charset=utf-8`,
    content: value,
  };
}
