// Staff edits, resends and bulk actions against the real PostgreSQL: each change on the
// timeline with who, what, before and after; a new primary contact gets the invitation and the
// old one is told; the partner is fixed once it has acted; resends; bulk actions that report
// refusals by name; the filtered CSV export.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runBulkAction } from "@/lib/board/bulk";
import { boardTableCsv } from "@/lib/board/export-csv";
import { makeUser, makeWorld, uid } from "@/tests/factories";
import { invitedWorld } from "@/tests/journey-factories";
import { editPractice } from "./edit-practice";
import { resendEmail } from "./resend-email";

async function formOf(practiceId: string) {
  const p = await db.practice.findUniqueOrThrow({ where: { id: practiceId }, include: { primaryContact: true } });
  return {
    name: p.name,
    address1: p.address1,
    address2: p.address2 ?? "",
    city: p.city,
    state: p.state,
    postalCode: p.postalCode,
    phone: p.phone,
    timeZone: p.timeZone,
    pimsVersion: p.pimsVersion,
    approxClients: p.approxClients,
    partnerId: p.partnerId,
    primaryName: p.primaryContact!.name!,
    primaryEmail: p.primaryContact!.email,
    primaryPhone: p.primaryContact!.phone ?? "",
    ownerId: p.ownerId ?? "",
  };
}
const edits = (practiceId: string) =>
  db.journeyEvent.findMany({ where: { practiceId, kind: "edit" }, orderBy: { createdAt: "asc" } });

describe("staff edit", () => {
  it("records every changed field with who, before and after, and nothing for unchanged ones", async () => {
    const w = await makeWorld();
    const form = await formOf(w.practice.id);
    expect(await editPractice(w.staff, w.practice.id, form)).toEqual({ changed: [] });
    const other = await makeUser("STAFF", { name: `Owner ${uid()}` });
    await editPractice(w.staff, w.practice.id, {
      ...form,
      pimsVersion: "9.6",
      approxClients: 5200,
      ownerId: other.id,
      primaryPhone: "503-555-0111",
    });
    const events = await edits(w.practice.id);
    expect(events.map((e) => e.note)).toEqual([
      'Cornerstone version changed from "9.5" to "9.6"',
      'Approximate clients changed from "4000" to "5200"',
      `Staff owner changed from "${w.staffUser.name}" to "${other.name}"`,
      'Primary contact phone changed from "(none)" to "503-555-0111"',
    ]);
    expect(events.every((e) => e.actorId === w.staffUser.id && e.actorLabel === w.staffUser.name)).toBe(true);
    expect(await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } })).toMatchObject({
      pimsVersion: "9.6",
      approxClients: 5200,
      ownerId: other.id,
    });
    await expect(editPractice(w.partnerActor, w.practice.id, form)).rejects.toThrow(/may not/i);
  });

  it("gives a new primary contact the invitation again and tells the old address", async () => {
    const w = await invitedWorld();
    const form = await formOf(w.practice.id);
    const newEmail = `new-primary-${uid()}@test.example`;
    await editPractice(w.staff, w.practice.id, { ...form, primaryName: "Nora New", primaryEmail: newEmail.toUpperCase() });
    const p = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id }, include: { primaryContact: true } });
    expect(p.primaryContact!.email).toBe(newEmail);
    const invitation = await db.outboxEmail.findFirstOrThrow({
      where: { practiceId: p.id, template: "invitation", toAddress: newEmail },
    });
    expect(invitation.text).toContain("/sign-in/confirm?");
    expect(await db.verificationToken.count({ where: { identifier: newEmail } })).toBe(1);
    const told = await db.outboxEmail.findFirstOrThrow({ where: { practiceId: p.id, template: "primary-contact-replaced" } });
    expect(told.toAddress).toBe(w.primaryUser.email);
    expect(told.text).toContain("Nora New");
    expect((await edits(p.id)).map((e) => e.note)).toContain(
      `Primary contact changed from "${w.primaryUser.name} <${w.primaryUser.email}>" to "Nora New <${newEmail}>"`,
    );
    // A staff or partner address cannot become a practice's primary contact.
    await expect(editPractice(w.staff, w.practice.id, { ...form, primaryEmail: w.partnerUser.email })).rejects.toThrow(
      /staff or partner account/,
    );
  });

  it("tells a primary contact named after the details step that they now hold it, with a way in", async () => {
    const w = await invitedWorld();
    await db.practice.update({ where: { id: w.practice.id }, data: { status: "DETAILS_COMPLETE" } });
    const form = await formOf(w.practice.id);
    const newEmail = `handover-${uid()}@test.example`;
    await editPractice(w.staff, w.practice.id, { ...form, primaryName: "Hana Handover", primaryEmail: newEmail });
    const handover = await db.outboxEmail.findFirstOrThrow({
      where: { practiceId: w.practice.id, template: "primary-contact-handover", toAddress: newEmail },
    });
    expect(handover.subject).toMatch(/you are now the primary contact/);
    expect(handover.text).toContain("/sign-in/confirm?");
    expect(
      await db.outboxEmail.count({ where: { practiceId: w.practice.id, template: "invitation", toAddress: newEmail } }),
    ).toBe(0);
    const told = await db.outboxEmail.findFirstOrThrow({
      where: { practiceId: w.practice.id, template: "primary-contact-replaced" },
    });
    expect(told.toAddress).toBe(w.primaryUser.email);
  });

  it("changes the partner only before the partner has acted", async () => {
    const w = await makeWorld();
    const other = await db.partner.create({ data: { name: `Other Partner ${uid()}` } });
    await editPractice(w.staff, w.practice.id, { ...(await formOf(w.practice.id)), partnerId: other.id });
    expect((await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } })).partnerId).toBe(other.id);
    const invited = await invitedWorld();
    await expect(
      editPractice(invited.staff, invited.practice.id, { ...(await formOf(invited.practice.id)), partnerId: other.id }),
    ).rejects.toThrow(/cannot change once it has invited/);
    expect((await db.practice.findUniqueOrThrow({ where: { id: invited.practice.id } })).partnerId).toBe(invited.partner.id);
  });
});

describe("resend", () => {
  it("resends an email as written, and an invitation with a fresh sign-in link", async () => {
    const w = await invitedWorld();
    const queued = await db.outboxEmail.findFirstOrThrow({ where: { practiceId: w.practice.id, template: "queued" } });
    await resendEmail(w.staff, w.practice.id, queued.id);
    const copies = await db.outboxEmail.findMany({ where: { practiceId: w.practice.id, template: "queued" } });
    expect(copies).toHaveLength(2);
    expect(copies[1]).toMatchObject({
      toAddress: queued.toAddress,
      subject: queued.subject,
      text: queued.text,
      status: "PENDING",
    });
    expect(
      await db.journeyEvent.count({
        where: { practiceId: w.practice.id, note: { startsWith: `Email "${queued.subject}" resent` } },
      }),
    ).toBe(1);

    const invitation = await db.outboxEmail.findFirstOrThrow({ where: { practiceId: w.practice.id, template: "invitation" } });
    await resendEmail(w.staff, w.practice.id, invitation.id);
    const invitations = await db.outboxEmail.findMany({
      where: { practiceId: w.practice.id, template: "invitation" },
      orderBy: { createdAt: "asc" },
    });
    expect(invitations).toHaveLength(2);
    expect(invitations[1].text).not.toBe(invitations[0].text); // a new one-time link
    expect(await db.verificationToken.count({ where: { identifier: w.primaryUser.email } })).toBe(2);
    // The timeline tells the resend from the first send.
    expect(
      await db.journeyEvent.count({
        where: { practiceId: w.practice.id, note: { contains: "resent to", endsWith: "with a fresh sign-in link" } },
      }),
    ).toBe(1);

    const other = await makeWorld();
    await expect(resendEmail(w.staff, other.practice.id, queued.id)).rejects.toThrow(/not found/);
  });
});

describe("bulk actions and export", () => {
  it("assigns an owner, reminds, holds and resumes many practices, naming the ones refused", async () => {
    const a = await invitedWorld();
    const b = await makeWorld(); // still preparing: nothing to remind, nothing to resume
    const ids = [a.practice.id, b.practice.id];
    const owner = await makeUser("STAFF", { name: `Bulk Owner ${uid()}` });

    expect(await runBulkAction(a.staff, { action: "assignOwner", ownerId: owner.id, practiceIds: ids })).toEqual({
      done: 2,
      failed: [],
    });
    expect((await db.practice.findMany({ where: { id: { in: ids } } })).map((p) => p.ownerId)).toEqual([owner.id, owner.id]);
    expect(
      await db.journeyEvent.count({ where: { practiceId: { in: ids }, kind: "edit", note: { contains: owner.name! } } }),
    ).toBe(2);

    const reminded = await runBulkAction(a.staff, { action: "remind", practiceIds: ids });
    expect(reminded.done).toBe(1);
    expect(reminded.failed).toEqual([
      { practiceId: b.practice.id, name: b.practice.name, message: expect.stringMatching(/Nothing to remind/) },
    ]);
    const reminder = await db.outboxEmail.findFirstOrThrow({
      where: { practiceId: a.practice.id, template: "reminder-details" },
    });
    expect(reminder.toAddress).toBe(a.primaryUser.email);
    expect(await db.journeyEvent.count({ where: { practiceId: a.practice.id, kind: "reminder" } })).toBe(1);

    expect(await runBulkAction(a.staff, { action: "hold", reason: "Waiting for the new server", practiceIds: ids })).toEqual({
      done: 2,
      failed: [],
    });
    expect((await db.practice.findMany({ where: { id: { in: ids } } })).map((p) => p.status)).toEqual(["ON_HOLD", "ON_HOLD"]);
    expect(await runBulkAction(a.staff, { action: "resume", practiceIds: ids })).toEqual({ done: 2, failed: [] });
    expect((await db.practice.findUniqueOrThrow({ where: { id: a.practice.id } })).status).toBe("INVITED");

    await expect(runBulkAction(a.staff, { action: "hold", reason: "", practiceIds: ids })).rejects.toThrow();
    await expect(runBulkAction(a.partnerActor, { action: "resume", practiceIds: ids })).rejects.toThrow(/may not/i);
  });

  it("exports the filtered rows of every page as CSV", async () => {
    const w = await makeWorld();
    const csv = await boardTableCsv(
      { status: ["DRAFT"], lateOnly: false, partnerId: w.partner.id, sort: "name", dir: "asc", page: 3 },
      new Date(),
    );
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: w.practice.id,
      name: w.practice.name,
      status: "DRAFT",
      status_label: "Preparing",
      partner: w.partner.name,
      primary_email: w.primaryUser.email,
      late: "N",
    });
  });
});
