// Deleting an install slot: only the partner's own unbooked future slots go; a double submit is
// harmless; booked, past and once-booked slots stay.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeUser, makeWorld } from "@/tests/factories";
import { deleteSlot } from "./slots";

const HOUR = 3_600_000;

async function slot(partnerId: string, hoursFromNow: number) {
  const startsAt = new Date(Date.now() + hoursFromNow * HOUR);
  return db.installSlot.create({ data: { partnerId, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) } });
}

describe("deleteSlot", () => {
  it("deletes an unbooked future slot once; a second delete finds nothing and says so", async () => {
    const w = await makeWorld();
    const s = await slot(w.partner.id, 30);
    expect(await deleteSlot(w.partnerActor, w.partner.id, s.id)).toBe(true);
    expect(await db.installSlot.findUnique({ where: { id: s.id } })).toBeNull();
    expect(await deleteSlot(w.partnerActor, w.partner.id, s.id)).toBe(false);
  });

  it("refuses a booked slot and names the practice", async () => {
    const w = await makeWorld();
    const tech = await makeUser("PRACTICE");
    const s = await slot(w.partner.id, 30);
    await db.appointment.create({
      data: {
        practiceId: w.practice.id,
        slotId: s.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        bookedById: tech.id,
        activeSlotId: s.id,
      },
    });
    await expect(deleteSlot(w.partnerActor, w.partner.id, s.id)).rejects.toThrow(`${w.practice.name} has booked this slot`);
    expect(await db.installSlot.findUnique({ where: { id: s.id } })).not.toBeNull();
  });

  it("keeps a slot that was booked before and then cancelled, and past slots", async () => {
    const w = await makeWorld();
    const tech = await makeUser("PRACTICE");
    const freed = await slot(w.partner.id, 30);
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
    await expect(deleteSlot(w.partnerActor, w.partner.id, freed.id)).rejects.toThrow(/booked before/);
    const past = await slot(w.partner.id, -3);
    await expect(deleteSlot(w.partnerActor, w.partner.id, past.id)).rejects.toThrow(/already started/);
    expect(await db.installSlot.count({ where: { id: { in: [freed.id, past.id] } } })).toBe(2);
  });

  it("never touches another partner's slot, and only partners may delete", async () => {
    const w = await makeWorld();
    const other = await makeWorld();
    const theirs = await slot(other.partner.id, 30);
    expect(await deleteSlot(w.partnerActor, w.partner.id, theirs.id)).toBe(false);
    await expect(deleteSlot(w.staff, other.partner.id, theirs.id)).rejects.toThrow(/may not/);
    await expect(deleteSlot(w.primary, other.partner.id, theirs.id)).rejects.toThrow(/may not/);
    expect(await db.installSlot.findUnique({ where: { id: theirs.id } })).not.toBeNull();
  });
});

describe("deleteSlot racing a booking", () => {
  it("answers 'booked' when a booking commits while the delete waits for it", async () => {
    const w = await makeWorld();
    const tech = await makeUser("PRACTICE");
    const s = await slot(w.partner.id, 30);
    let inserted!: () => void;
    let release!: () => void;
    const insertedP = new Promise<void>((r) => (inserted = r));
    const releaseP = new Promise<void>((r) => (release = r));
    // A booking transaction that has written its appointment but not committed yet.
    const booking = db.$transaction(
      async (tx) => {
        await tx.appointment.create({
          data: {
            practiceId: w.practice.id,
            slotId: s.id,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            bookedById: tech.id,
            activeSlotId: s.id,
          },
        });
        inserted();
        await releaseP;
      },
      { timeout: 20_000 },
    );
    await insertedP;
    const deleting = deleteSlot(w.partnerActor, w.partner.id, s.id);
    const settled = deleting.then(
      () => "deleted",
      (e: Error) => e.message,
    );
    // Let the booking commit only once the delete is waiting on its row lock.
    for (let i = 0; i < 100; i++) {
      const waiting = await db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%install_slots%'`;
      if (waiting[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    release();
    await booking;
    expect(await settled).toBe(`${w.practice.name} has booked this slot, so it cannot be deleted.`);
    expect(await db.installSlot.findUnique({ where: { id: s.id } })).not.toBeNull();
  });
});
