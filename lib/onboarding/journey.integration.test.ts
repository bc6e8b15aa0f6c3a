// The journey's domain functions against the real PostgreSQL: every step, its emails and events,
// refusals, double submits and tenant scoping.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { practiceActor } from "@/lib/auth/practice-actor";
import { addToQueue, changeSideState, updatePrepChecklist } from "./practices";
import { PREP_CHECKLIST } from "./prep-checklist";
import { acceptEula, designateTechnicalContact, savePracticeInfo, sendInvitation } from "./wizard";
import { bookInstall, cancelInstall, markInstalled, markInstallFailed, rescheduleInstall } from "./install";
import { practiceForAgentKey } from "@/lib/auth/agent-key";
import { issueAgentKey } from "./agent-keys";
import { recordFirstDataReceived } from "./first-data";
import { notifyLateSteps } from "./late-steps";
import { actorOf, ensureEula, makeUser, makeWorld } from "@/tests/factories";

const info = {
  name: "Riverside Animal Clinic",
  address1: "200 River Rd",
  address2: "Suite 4",
  city: "Portland",
  state: "or",
  postalCode: "97201",
  phone: "503.555.0199",
  timeZone: "America/Los_Angeles",
  pimsVersion: "9.5",
  approxClients: 12000,
};

async function slotFor(partnerId: string, hoursFromNow: number) {
  const startsAt = new Date(Date.now() + hoursFromNow * 3_600_000);
  return db.installSlot.create({ data: { partnerId, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) } });
}

const templatesFor = async (practiceId: string) =>
  (await db.outboxEmail.findMany({ where: { practiceId }, orderBy: { createdAt: "asc" } })).map(
    (e) => `${e.template}->${e.toAddress.split("@")[0].split("-")[0]}`,
  );

describe("the onboarding journey on the real database", () => {
  beforeAll(async () => {
    await ensureEula();
  });

  it("walks from Draft to Live with an email and an event at every step", async () => {
    const w = await makeWorld();
    const id = w.practice.id;

    await expect(addToQueue(w.staff, id)).rejects.toThrow(/prep checklist/);
    await updatePrepChecklist(
      w.staff,
      id,
      PREP_CHECKLIST.map((i) => i.key),
    );
    await addToQueue(w.staff, id);
    let practice = await db.practice.findUniqueOrThrow({ where: { id } });
    expect(practice.status).toBe("QUEUED");
    expect(practice.dueAt!.getTime() - practice.statusChangedAt.getTime()).toBe(48 * 3_600_000);

    await expect(sendInvitation(w.primary, id)).rejects.toThrow(/may not/);
    await sendInvitation(w.partnerActor, id);
    await expect(sendInvitation(w.partnerActor, id)).rejects.toThrow(/not possible while the practice is invited/);
    expect(await db.verificationToken.count({ where: { identifier: w.primaryUser.email } })).toBe(1);

    // The three parts in any order; the last one completes the details.
    const eula = await ensureEula();
    await acceptEula(
      w.primary,
      id,
      { eulaVersionId: eula.id, typedName: "Pat Primary", agree: true },
      { ip: "203.0.113.9", userAgent: "vitest" },
    );
    expect(
      await acceptEula(
        w.primary,
        id,
        { eulaVersionId: eula.id, typedName: "Pat Primary", agree: true },
        { ip: null, userAgent: null },
      ),
    ).toBe(false);
    await designateTechnicalContact(w.primary, id, {
      self: false,
      name: "Terry Tech",
      email: "Terry.Tech@Test.example",
      phone: "503-555-0142",
      hours: "Weekdays 8-10am",
    });
    expect((await db.practice.findUniqueOrThrow({ where: { id } })).status).toBe("INVITED");
    await savePracticeInfo(w.primary, id, info);
    const detailed = await db.practice.findUniqueOrThrow({ where: { id }, include: { technicalContact: true } });
    expect(detailed.status).toBe("DETAILS_COMPLETE");
    expect(detailed.state).toBe("OR");
    expect(detailed.technicalContact!.email).toBe("terry.tech@test.example");
    expect(detailed.dueAt!.getTime() - detailed.statusChangedAt.getTime()).toBe(24 * 3_600_000);

    const techUser = detailed.technicalContact!;
    const tech = actorOf(techUser, ["technical"]);
    const slot1 = await slotFor(w.partner.id, 30);
    const slot2 = await slotFor(w.partner.id, 54);
    await expect(bookInstall(w.primary, id, slot1.id)).rejects.toThrow(/may not/);
    await bookInstall(tech, id, slot1.id);
    await rescheduleInstall(tech, id, slot2.id, "Server room is being painted");
    await cancelInstall(tech, id, "Practice manager on leave");
    expect((await db.practice.findUniqueOrThrow({ where: { id } })).status).toBe("DETAILS_COMPLETE");
    await bookInstall(tech, id, slot1.id);
    await expect(markInstallFailed(w.partnerActor, id, "No admin password on site")).rejects.toThrow(/has not started yet/);
    await markInstallFailed(w.partnerActor, id, "No admin password on site", {
      earlyReason: "Practice called to say the password is missing",
    });
    await bookInstall(tech, id, slot2.id);

    const key = await issueAgentKey(w.partnerActor, id);
    expect(await practiceForAgentKey(key)).toBe(id);
    await expect(issueAgentKey(w.partnerActor, id)).rejects.toThrow(/rotate/);
    const rotated = await issueAgentKey(w.partnerActor, id, { rotate: true });
    expect(await practiceForAgentKey(key)).toBeNull();
    expect(await practiceForAgentKey(rotated)).toBe(id);
    const stored = await db.agentKey.findMany({ where: { practiceId: id } });
    expect(stored.map((k) => k.sha256)).not.toContain(rotated);

    await expect(markInstalled(w.partnerActor, id)).rejects.toThrow(/has not started yet/);
    await markInstalled(w.partnerActor, id, { earlyReason: "Technical contact was free earlier" });
    expect(
      await db.journeyEvent.count({
        where: { practiceId: id, action: "markInstalled", note: { contains: "marked before the appointment" } },
      }),
    ).toBe(1);
    expect((await db.practice.findUniqueOrThrow({ where: { id } })).status).toBe("INSTALLED");
    await recordFirstDataReceived(id);
    expect(await recordFirstDataReceived(id)).toEqual({ alreadyLive: true });
    practice = await db.practice.findUniqueOrThrow({ where: { id } });
    expect(practice.status).toBe("LIVE");

    const events = await db.journeyEvent.findMany({
      where: { practiceId: id, kind: "transition" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.toStatus)).toEqual([
      "QUEUED",
      "INVITED",
      "DETAILS_COMPLETE",
      "INSTALL_SCHEDULED",
      "INSTALL_SCHEDULED",
      "DETAILS_COMPLETE",
      "INSTALL_SCHEDULED",
      "DETAILS_COMPLETE",
      "INSTALL_SCHEDULED",
      "INSTALLED",
      "LIVE",
    ]);
    const sent = await templatesFor(id);
    expect(sent[0]).toBe("queued->primary");
    for (const template of [
      "invitation",
      "technical-contact-invite",
      "details-complete",
      "partner-ready-to-schedule",
      "install-booked",
      "install-moved",
      "install-cancelled",
      "install-failed",
      "installed",
      "live",
    ]) {
      expect(
        sent.some((s) => s.startsWith(template)),
        template,
      ).toBe(true);
    }
    const live = await db.outboxEmail.findMany({ where: { practiceId: id, template: { startsWith: "live" } } });
    expect(live.map((e) => `${e.template}:${e.toAddress}`).sort()).toEqual(
      [`live-staff:${w.staffUser.email}`, `live:${w.primaryUser.email}`].sort(),
    );
    const invite = await db.outboxEmail.findFirstOrThrow({ where: { practiceId: id, template: "install-booked" } });
    expect(JSON.stringify(invite.attachments)).toContain("BEGIN:VCALENDAR");
    expect(await db.journeyEvent.count({ where: { practiceId: id, kind: "email" } })).toBe(
      await db.outboxEmail.count({ where: { practiceId: id } }),
    );
  });

  it("keeps a slot for one practice at a time", async () => {
    const a = await makeWorld();
    const slot = await slotFor(a.partner.id, 40);
    const b = await db.practice.create({
      data: { ...info, slug: `b-${slot.id}`, partnerId: a.partner.id, status: "DETAILS_COMPLETE" },
    });
    const c = await db.practice.create({
      data: { ...info, slug: `c-${slot.id}`, partnerId: a.partner.id, status: "DETAILS_COMPLETE" },
    });
    const tech = actorOf(await makeUser("PRACTICE"), ["technical"]);
    await bookInstall(tech, b.id, slot.id);
    await expect(bookInstall(tech, c.id, slot.id)).rejects.toThrow(/just booked/);
    expect((await db.practice.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("DETAILS_COMPLETE");
  });

  it("asks for the EULA again when a new version is published", async () => {
    const w = await makeWorld();
    await db.practice.update({ where: { id: w.practice.id }, data: { status: "INVITED" } });
    const v1 = await ensureEula();
    await acceptEula(
      w.primary,
      w.practice.id,
      { eulaVersionId: v1.id, typedName: "Pat Primary", agree: true },
      { ip: null, userAgent: null },
    );
    const v2 = await ensureEula(`2099.${w.practice.id.slice(-4)}`);
    const { wizardProgress } = await import("./wizard");
    expect(await wizardProgress(db, w.practice.id)).toMatchObject({ eula: false, eulaOutdated: true });
    await expect(
      acceptEula(
        w.primary,
        w.practice.id,
        { eulaVersionId: v1.id, typedName: "Pat Primary", agree: true },
        { ip: null, userAgent: null },
      ),
    ).rejects.toThrow(/newer version/);
    await acceptEula(
      w.primary,
      w.practice.id,
      { eulaVersionId: v2.id, typedName: "Pat Primary", agree: true },
      { ip: null, userAgent: null },
    );
    expect(await wizardProgress(db, w.practice.id)).toMatchObject({ eula: true, eulaOutdated: false });
    await db.eulaVersion.delete({ where: { id: v2.id } }).catch(() => undefined);
    await db.eulaAcceptance.deleteMany({ where: { eulaVersionId: v2.id } });
    await db.eulaVersion.deleteMany({ where: { id: v2.id } });
  });

  it("puts on hold and resumes to the same step, with a fresh clock", async () => {
    const w = await makeWorld();
    await updatePrepChecklist(
      w.staff,
      w.practice.id,
      PREP_CHECKLIST.map((i) => i.key),
    );
    await addToQueue(w.staff, w.practice.id);
    await expect(changeSideState(w.staff, w.practice.id, "putOnHold", "")).rejects.toThrow(/needs a reason/);
    await changeSideState(w.staff, w.practice.id, "putOnHold", "Practice is changing owners");
    await expect(changeSideState(w.partnerActor, w.practice.id, "resume", null)).rejects.toThrow(/may not/);
    await changeSideState(w.staff, w.practice.id, "cancel", "Owner declined for now");
    await changeSideState(w.staff, w.practice.id, "resume", null);
    const p = await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } });
    expect(p.status).toBe("QUEUED");
    expect(p.sideReason).toBeNull();
    expect(p.dueAt!.getTime() - p.statusChangedAt.getTime()).toBe(48 * 3_600_000);
  });

  it("emails the staff owner once per breach of a time limit", async () => {
    const w = await makeWorld();
    await updatePrepChecklist(
      w.staff,
      w.practice.id,
      PREP_CHECKLIST.map((i) => i.key),
    );
    await addToQueue(w.staff, w.practice.id);
    const later = new Date(Date.now() + 49 * 3_600_000);
    await notifyLateSteps(later);
    await notifyLateSteps(new Date(later.getTime() + 3_600_000));
    const late = await db.outboxEmail.findMany({ where: { practiceId: w.practice.id, template: "late" } });
    expect(late).toHaveLength(1);
    expect(late[0].toAddress).toBe(w.staffUser.email);
  });

  it("scopes practices to their own users: anyone else gets not found", async () => {
    const a = await makeWorld();
    const b = await makeWorld();
    const asUser = (u: {
      id: string;
      role: "STAFF" | "PARTNER" | "PRACTICE";
      partnerId: string | null;
      name: string | null;
      email: string;
    }) => u;
    await expect(practiceActor(asUser(b.primaryUser), a.practice.id)).rejects.toThrow(/not found/);
    await expect(practiceActor(asUser(b.partnerUser), a.practice.id)).rejects.toThrow(/not found/);
    // Still in preparation: not in the partner's queue yet.
    await expect(practiceActor(asUser(a.partnerUser), a.practice.id)).rejects.toThrow(/not found/);
    await db.practice.update({ where: { id: a.practice.id }, data: { status: "QUEUED" } });
    expect((await practiceActor(asUser(a.partnerUser), a.practice.id)).roles).toEqual(["partner"]);
    expect((await practiceActor(asUser(b.staffUser), a.practice.id)).roles).toEqual(["staff"]);
    expect((await practiceActor(asUser(a.primaryUser), a.practice.id)).roles).toEqual(["primary"]);
  });

  it("refuses bad wizard input with field-level messages and writes nothing", async () => {
    const w = await makeWorld();
    await db.practice.update({ where: { id: w.practice.id }, data: { status: "INVITED" } });
    await expect(
      savePracticeInfo(w.primary, w.practice.id, { ...info, postalCode: "9720", state: "Oregonia", approxClients: -3 }),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: ["postalCode"] }),
        expect.objectContaining({ path: ["state"] }),
        expect.objectContaining({ path: ["approxClients"] }),
      ]),
    });
    expect((await db.practice.findUniqueOrThrow({ where: { id: w.practice.id } })).infoConfirmedAt).toBeNull();
  });
});
