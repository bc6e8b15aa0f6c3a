// Manual links on the real PostgreSQL: staff find a PIMS patient, link an unlinked pet of a
// merged client with a reason, and its waiting writeback lines are released at once; a wrong
// link undone sends lines not yet written back to waiting.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { itemsOf, placeOrder, writebackWorld } from "@/tests/writeback-fixtures";
import { recordShipment } from "@/lib/writeback/ship-order";
import { linkPetByHand, searchPimsRecords, unlinkPetByHand } from "./manual-link";

describe("manual pet link", () => {
  it("finds the patient, links it with a reason, releases the waiting line at once, and can be undone", async () => {
    const w = await writebackWorld();
    // Robert Lee is merged, but his pet Bella was not linked by the engine.
    await db.clientLink.create({
      data: {
        practiceId: w.practiceId,
        hdClientId: "H2",
        pimsClientId: "C2",
        decision: "MERGED",
        score: 0.97,
        evidence: {},
        decidedBy: "engine",
      },
    });
    const order = await placeOrder(w.practiceId, "HP2");
    await recordShipment({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZMANUAL01" }, "test");
    expect((await itemsOf(order))[0].status).toBe("WAITING_LINK");

    const byPhone = await searchPimsRecords(w.practiceId, "(503) 555-0103");
    expect(byPhone.map((c) => c.pimsId)).toEqual(["C2"]);
    expect((await searchPimsRecords(w.practiceId, "bella"))[0].patients).toEqual([
      { pimsId: "PT2", name: "Bella", species: "Canine", deceased: false, linkedHdPetId: null },
    ]);
    expect((await searchPimsRecords(w.practiceId, "rob@example"))[0].pimsId).toBe("C2");

    await expect(linkPetByHand(w.primary, w.practiceId, "HP2", "PT2", "same dog")).rejects.toThrow(/may not/);
    await expect(linkPetByHand(w.staff, w.practiceId, "HP2", "PT1", "wrong owner")).rejects.toThrow(/belongs to PIMS client C1/);
    expect(await linkPetByHand(w.staff, w.practiceId, "HP2", "PT2", "Same dog: owner confirmed on the phone")).toEqual({
      outcome: "done",
      released: 1,
      withdrawn: 0,
    });
    const [released] = await itemsOf(order);
    expect(released).toMatchObject({ status: "PENDING", pimsPatientId: "PT2" });
    expect(released.events.map((e) => e.kind)).toContain("released");
    expect(await linkPetByHand(w.staff, w.practiceId, "HP2", "PT2", "again")).toMatchObject({ outcome: "unchanged" });
    const audit = await db.mergeEvent.findFirstOrThrow({ where: { practiceId: w.practiceId, action: "pet_linked_by_staff" } });
    expect(audit).toMatchObject({
      hdClientId: "H2",
      pimsClientId: "C2",
      note: "Same dog: owner confirmed on the phone",
      actor: w.staffUser.id,
    });

    expect(await unlinkPetByHand(w.staff, w.practiceId, "HP2", "Linked the wrong pet")).toEqual({
      outcome: "done",
      released: 0,
      withdrawn: 1,
    });
    expect((await itemsOf(order))[0]).toMatchObject({ status: "WAITING_LINK", pimsPatientId: null });
    expect(await db.petLink.count({ where: { practiceId: w.practiceId, hdPetId: "HP2" } })).toBe(0);
  });
});
