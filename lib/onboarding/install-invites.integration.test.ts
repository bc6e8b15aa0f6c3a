// Every calendar invite of an install's life, parsed with a real iCalendar library (ical.js):
// booked, moved, cancelled, booked again and failed. One UID per appointment, a rising
// SEQUENCE, the same attendees on each, and never a "cancelled" email for a move.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Attachment } from "@/lib/mail/outbox";
import { bookInstall, cancelInstall, markInstallFailed, rescheduleInstall } from "./install";
import { detailsCompleteWorld, slotFor } from "@/tests/journey-factories";

type Parsed = {
  to: string;
  template: string;
  subject: string;
  method: string;
  uid: string;
  sequence: number;
  status: string;
  attendees: string[];
  location: string;
  description: string;
  alarms: number;
  start: Date;
};

function parseInvite(email: { toAddress: string; template: string; subject: string; attachments: unknown }): Parsed {
  const [ics] = (email.attachments as Attachment[]).filter((a) => a.contentType.startsWith("text/calendar"));
  const calendar = new ICAL.Component(ICAL.parse(ics.content));
  const event = calendar.getFirstSubcomponent("vevent")!;
  const vevent = new ICAL.Event(event);
  expect(ics.contentType).toContain(`method=${calendar.getFirstPropertyValue("method")}`);
  return {
    to: email.toAddress,
    template: email.template,
    subject: email.subject,
    method: String(calendar.getFirstPropertyValue("method")),
    uid: vevent.uid,
    sequence: vevent.sequence,
    status: String(event.getFirstPropertyValue("status")),
    attendees: event
      .getAllProperties("attendee")
      .map((p) =>
        String(p.getFirstValue())
          .replace(/^mailto:/i, "")
          .toLowerCase(),
      )
      .sort(),
    location: vevent.location,
    description: vevent.description,
    alarms: event.getAllSubcomponents("valarm").length,
    start: vevent.startDate.toJSDate(),
  };
}

async function invitesSince(practiceId: string, since: Date) {
  const rows = await db.outboxEmail.findMany({ where: { practiceId, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
  return { all: rows, invites: rows.filter((r) => (r.attachments as Attachment[]).length > 0).map(parseInvite) };
}

describe("install calendar invites", () => {
  it("keeps one UID per appointment: REQUEST on book and move, CANCEL on cancel and failure, to every attendee", async () => {
    const w = await detailsCompleteWorld();
    const id = w.practice.id;
    const attendees = [w.primaryUser.email, w.techUser.email, w.partnerUser.email].sort();
    const [slot1, slot2, slot3] = [
      await slotFor(w.partner.id, 30),
      await slotFor(w.partner.id, 54),
      await slotFor(w.partner.id, 78),
    ];

    let mark = new Date();
    await bookInstall(w.tech, id, slot1.id);
    const booked = await invitesSince(id, mark);
    expect(booked.invites.map((i) => i.to).sort()).toEqual(attendees);
    for (const invite of booked.invites) {
      expect(invite).toMatchObject({ method: "REQUEST", sequence: 0, status: "CONFIRMED", attendees, alarms: 2 });
      expect(invite.start.getTime()).toBe(slot1.startsAt.getTime());
      expect(invite.location).toContain("Remote session");
      expect(invite.location).toContain("200 River Rd");
      expect(invite.description).toContain("503.555.0199"); // practice phone
      expect(invite.description).toContain("503-555-0142"); // technical contact's phone
      expect(invite.description).toMatch(/prepare/i);
    }
    const uid = booked.invites[0].uid;
    expect(new Set(booked.invites.map((i) => i.uid))).toEqual(new Set([uid]));

    mark = new Date();
    await rescheduleInstall(w.tech, id, slot2.id, "Server room is being painted");
    const moved = await invitesSince(id, mark);
    // A move is one REQUEST per attendee with the same UID and a higher SEQUENCE; nothing says "cancelled".
    expect(moved.invites.map((i) => i.to).sort()).toEqual(attendees);
    for (const invite of moved.invites) expect(invite).toMatchObject({ method: "REQUEST", uid, sequence: 1, attendees });
    expect(moved.invites[0].start.getTime()).toBe(slot2.startsAt.getTime());
    expect(moved.all.map((e) => e.subject).join("\n")).not.toMatch(/cancel/i);
    expect(moved.all.map((e) => e.template)).not.toContain("install-cancelled");

    mark = new Date();
    await cancelInstall(w.tech, id, "Practice manager on leave");
    const cancelled = await invitesSince(id, mark);
    expect(cancelled.invites.map((i) => i.to).sort()).toEqual(attendees);
    for (const invite of cancelled.invites)
      expect(invite).toMatchObject({ method: "CANCEL", uid, sequence: 2, status: "CANCELLED", attendees, alarms: 0 });

    mark = new Date();
    await bookInstall(w.tech, id, slot3.id);
    const rebooked = await invitesSince(id, mark);
    const second = rebooked.invites[0].uid;
    expect(second).not.toBe(uid); // a new booking after a cancel is a new appointment
    for (const invite of rebooked.invites) expect(invite).toMatchObject({ method: "REQUEST", uid: second, sequence: 0 });

    mark = new Date();
    await markInstallFailed(w.partnerActor, id, "No admin password on site", {
      earlyReason: "Called off by the practice before the time",
    });
    const failed = await invitesSince(id, mark);
    expect(failed.invites.map((i) => i.to).sort()).toEqual(attendees);
    for (const invite of failed.invites)
      expect(invite).toMatchObject({ method: "CANCEL", uid: second, sequence: 1, status: "CANCELLED" });

    // The staff owner hears of each change in staff words, without a calendar part.
    const staffCopies = await db.outboxEmail.findMany({
      where: { practiceId: id, toAddress: w.staffUser.email, template: { startsWith: "install-" } },
    });
    expect(staffCopies.map((e) => e.template).sort()).toEqual([
      "install-booked-staff",
      "install-booked-staff",
      "install-cancelled-staff",
      "install-failed-staff",
      "install-moved-staff",
    ]);
    for (const copy of staffCopies) expect(copy.attachments).toEqual([]);
  });
});
