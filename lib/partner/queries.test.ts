// The partner's queue, practice page and slot list on the real database: grouping, ordering,
// clocks, and that nothing of another partner ever shows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPractice } from "@/lib/onboarding/practices";
import type { Status } from "@/lib/onboarding/journey";
import { makeUser, makeWorld, uid } from "@/tests/factories";
import {
  getPartnerPractice,
  listOtherPartnerPractices,
  listPartnerQueue,
  listPartnerSlots,
  partnerActor,
  partnerHomeZone,
} from "./queries";

const HOUR = 3_600_000;
const NOW = new Date("2030-03-10T18:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * HOUR);

type World = Awaited<ReturnType<typeof makeWorld>>;

async function addPractice(w: World, name: string, extra: { timeZone?: string; approxClients?: number } = {}) {
  const id = uid();
  return createPractice(w.staff, {
    name: `${name} ${id}`,
    address1: "1 Main St",
    address2: "",
    city: "Denver",
    state: "CO",
    postalCode: "80202",
    phone: "(303) 555-0100",
    timeZone: extra.timeZone ?? "America/Denver",
    pimsVersion: "9.4",
    approxClients: extra.approxClients ?? 3000,
    partnerId: w.partner.id,
    primaryName: `Primary ${id}`,
    primaryEmail: `primary-${id}@test.example`,
    primaryPhone: "",
  });
}

/** Puts a practice straight into a status entered `hoursIn` hours before NOW (dueAt as the journey sets it). */
async function setStatus(practiceId: string, status: Status, hoursIn: number, extra: Record<string, unknown> = {}) {
  const entered = hoursAgo(hoursIn);
  const limit = status === "QUEUED" ? 48 : status === "DETAILS_COMPLETE" ? 24 : null;
  return db.practice.update({
    where: { id: practiceId },
    data: { status, statusChangedAt: entered, dueAt: limit ? new Date(entered.getTime() + limit * HOUR) : null, ...extra },
  });
}

async function book(partnerId: string, practiceId: string, bookedById: string, startsAt: Date) {
  const slot = await db.installSlot.create({ data: { partnerId, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) } });
  await db.appointment.create({
    data: { practiceId, slotId: slot.id, startsAt, endsAt: slot.endsAt, bookedById, activeSlotId: slot.id },
  });
  return slot;
}

const asUser = (u: {
  id: string;
  name: string | null;
  email: string;
  role: "STAFF" | "PARTNER" | "PRACTICE";
  partnerId: string | null;
}) => u;

describe("the partner request queue", () => {
  it("groups the partner's practices by what the partner must do, with clocks, oldest first", async () => {
    const w = await makeWorld();
    const other = await makeWorld(); // another partner's practice, queued and late: must not show
    await setStatus(other.practice.id, "QUEUED", 60);

    const newer = await addPractice(w, "Newer Queued");
    await setStatus(newer.id, "QUEUED", 2);
    await setStatus(w.practice.id, "QUEUED", 50); // late by 2 h

    const tech = await makeUser("PRACTICE", { name: "Terry Tech" });
    await db.user.update({ where: { id: tech.id }, data: { phone: "(303) 555-0142" } });
    const details = await addPractice(w, "Details Done");
    await setStatus(details.id, "DETAILS_COMPLETE", 14, { technicalContactId: tech.id, techContactHours: "Weekdays 8-10am" });

    const later = await addPractice(w, "Later Install");
    const sooner = await addPractice(w, "Sooner Install", { timeZone: "America/New_York" });
    await setStatus(later.id, "INSTALL_SCHEDULED", 30);
    await setStatus(sooner.id, "INSTALL_SCHEDULED", 5);
    await book(w.partner.id, later.id, tech.id, new Date(NOW.getTime() + 72 * HOUR));
    const soonerStart = new Date(NOW.getTime() + 26 * HOUR);
    await book(w.partner.id, sooner.id, tech.id, soonerStart);

    const installed = await addPractice(w, "Big Installed", { approxClients: 12_000 });
    await setStatus(installed.id, "INSTALLED", 24, { installedAt: hoursAgo(24) });

    const invited = await addPractice(w, "Invited");
    await setStatus(invited.id, "INVITED", 3);
    const draft = await addPractice(w, "Still Preparing"); // not handed to the partner yet

    const queue = await listPartnerQueue(w.partnerUser, NOW);

    expect(queue.groups.QUEUED.map((i) => i.id)).toEqual([w.practice.id, newer.id]);
    expect(queue.groups.QUEUED[0].clock).toMatchObject({ state: "late", timeLeft: "late by 2 h", badge: "by 2 h" });
    expect(queue.groups.QUEUED[1].clock).toMatchObject({ state: "on_time", timeLeft: "1 d 22 h left" });

    expect(queue.groups.DETAILS_COMPLETE).toHaveLength(1);
    expect(queue.groups.DETAILS_COMPLETE[0]).toMatchObject({
      id: details.id,
      technicalContact: { name: "Terry Tech", phone: "(303) 555-0142" },
      techContactHours: "Weekdays 8-10am",
      clock: { state: "due_soon", timeLeft: "10 h left" },
    });

    expect(queue.groups.INSTALL_SCHEDULED.map((i) => i.id)).toEqual([sooner.id, later.id]);
    expect(queue.groups.INSTALL_SCHEDULED[0].appointment?.startsAt).toEqual(soonerStart);
    expect(queue.groups.INSTALL_SCHEDULED[0].timeZone).toBe("America/New_York");
    expect(queue.groups.INSTALL_SCHEDULED[0].clock).toBeNull();

    // 10,000+ clients: the first copy takes up to two weeks.
    expect(queue.groups.INSTALLED.map((i) => i.id)).toEqual([installed.id]);
    expect(queue.groups.INSTALLED[0].expectedFirstDataAt).toEqual(new Date(hoursAgo(24).getTime() + 14 * 24 * HOUR));

    expect(queue.others).toEqual([{ status: "INVITED", count: 1 }]);
    expect((await listOtherPartnerPractices(w.partnerUser)).map((p) => p.id)).toEqual([invited.id]);
    await expect(getPartnerPractice(w.partnerUser, draft.id)).rejects.toThrow(/not found/);

    const otherQueue = await listPartnerQueue(other.partnerUser, NOW);
    expect(otherQueue.groups.QUEUED.map((i) => i.id)).toEqual([other.practice.id]);
    expect(Object.values(otherQueue.groups).flat()).toHaveLength(1);
  });

  it("shows partner pages to partner accounts only", async () => {
    const w = await makeWorld();
    await expect(listPartnerQueue(w.staffUser)).rejects.toThrow(/not found/);
    await expect(listPartnerQueue(w.primaryUser)).rejects.toThrow(/not found/);
    const orphan = await makeUser("PARTNER"); // a partner account not linked to a partner
    await expect(listPartnerQueue(orphan)).rejects.toThrow(/not found/);
    expect(() => partnerActor(w.staffUser)).toThrow(/partner accounts/);
    expect(partnerActor(w.partnerUser)).toMatchObject({ partnerId: w.partner.id, actor: { roles: ["partner"] } });
  });
});

describe("one practice as its partner sees it", () => {
  it("loads contacts, the live appointment and the keys; another partner's practice is not found", async () => {
    const w = await makeWorld();
    const other = await makeWorld();
    const tech = await makeUser("PRACTICE", { name: "Tina Tech" });
    await setStatus(w.practice.id, "INSTALL_SCHEDULED", 1, { technicalContactId: tech.id, techContactHours: "Mornings" });

    // An earlier failed appointment and the live one: the live one is shown.
    const failedSlot = await db.installSlot.create({
      data: { partnerId: w.partner.id, startsAt: hoursAgo(30), endsAt: hoursAgo(28) },
    });
    await db.appointment.create({
      data: {
        practiceId: w.practice.id,
        slotId: failedSlot.id,
        startsAt: failedSlot.startsAt,
        endsAt: failedSlot.endsAt,
        bookedById: tech.id,
        status: "FAILED",
        reason: "No admin password",
      },
    });
    const liveStart = new Date(Date.now() + 48 * HOUR);
    await book(w.partner.id, w.practice.id, tech.id, liveStart);
    await db.agentKey.create({ data: { practiceId: w.practice.id, prefix: "pl_agent_abc123", sha256: `test-${uid()}` } });

    const view = await getPartnerPractice(w.partnerUser, w.practice.id, NOW);
    expect(view.roles).toEqual(["partner"]);
    expect(view.primaryContact?.email).toBe(w.primaryUser.email);
    expect(view.technicalContact).toMatchObject({ name: "Tina Tech", email: tech.email });
    expect(view.appointment).toMatchObject({ status: "SCHEDULED", startsAt: liveStart });
    expect(view.agentKeys.map((k) => k.prefix)).toEqual(["pl_agent_abc123"]);
    expect(view.agentKeys[0]).not.toHaveProperty("sha256");

    await expect(getPartnerPractice(other.partnerUser, w.practice.id)).rejects.toThrow(/not found/);
    await expect(getPartnerPractice(w.partnerUser, "no-such-practice")).rejects.toThrow(/not found/);
    await expect(getPartnerPractice(w.staffUser, w.practice.id)).rejects.toThrow(/not found/);
  });

  it("gives the expected first-data date of an installed practice", async () => {
    const w = await makeWorld();
    const installedAt = hoursAgo(48);
    await setStatus(w.practice.id, "INSTALLED", 48, { installedAt });
    const view = await getPartnerPractice(asUser(w.partnerUser), w.practice.id, NOW);
    expect(view.expectedFirstDataAt).toEqual(new Date(installedAt.getTime() + 7 * 24 * HOUR));
    expect(view.clock).toBeNull();
  });
});

describe("the partner's install slots", () => {
  it("lists only the partner's future slots, with the booking practice and whether it can be deleted", async () => {
    const w = await makeWorld();
    await db.practice.update({ where: { id: w.practice.id }, data: { status: "INSTALL_SCHEDULED" } });
    const other = await makeWorld();
    const tech = await makeUser("PRACTICE");
    const base = Date.now() + 100 * HOUR;
    const at = (h: number) => new Date(base + h * HOUR);
    await db.installSlot.create({
      data: { partnerId: w.partner.id, startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) },
    });
    const open = await db.installSlot.create({ data: { partnerId: w.partner.id, startsAt: at(4), endsAt: at(6) } });
    const booked = await book(w.partner.id, w.practice.id, tech.id, at(0));
    const freed = await db.installSlot.create({ data: { partnerId: w.partner.id, startsAt: at(8), endsAt: at(10) } });
    await db.appointment.create({
      data: {
        practiceId: w.practice.id,
        slotId: freed.id,
        startsAt: freed.startsAt,
        endsAt: freed.endsAt,
        bookedById: tech.id,
        status: "CANCELLED",
      },
    });
    await db.installSlot.create({ data: { partnerId: other.partner.id, startsAt: at(2), endsAt: at(4) } });

    const slots = await listPartnerSlots(w.partnerUser);
    expect(slots.map((s) => s.id)).toEqual([booked.id, open.id, freed.id]);
    expect(slots[0]).toMatchObject({
      bookedBy: { id: w.practice.id, name: w.practice.name, timeZone: "America/Los_Angeles" },
      deletable: false,
    });
    expect(slots[1]).toMatchObject({ bookedBy: null, deletable: true });
    expect(slots[2]).toMatchObject({
      bookedBy: null,
      deletable: false,
      previousBooking: { status: "CANCELLED", practice: { id: w.practice.id } },
    });

    expect(await partnerHomeZone(w.partnerUser)).toBe("America/Los_Angeles");
    await expect(listPartnerSlots(w.staffUser)).rejects.toThrow(/partner accounts/);
  });
});
