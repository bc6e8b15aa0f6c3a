// The manual client link on the real PostgreSQL: an unmatched home-delivery client is linked to
// a PIMS client found by search, with a reason; the decision keeps who, when, why and the fields
// compared; its pet is paired and the pet's waiting writeback line released at once; unmerge
// undoes it; another practice's PIMS client cannot be linked (or even found).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { itemsOf, placeOrder, writebackWorld } from "@/tests/writeback-fixtures";
import { recordShipment } from "@/lib/writeback/ship-order";
import { searchPimsRecords } from "./manual-link";
import { getClientToLink, linkClientByHand } from "./manual-client-link";
import { unmerge } from "./decisions";

describe("manual client link", () => {
  it("links with a reason and the compared fields, releases the waiting line at once, and unmerge undoes it", async () => {
    const w = await writebackWorld();
    // Robert Lee (H2) was left unmatched; his pet Bella (HP2) has a shipped line waiting for a link.
    const order = await placeOrder(w.practiceId, "HP2");
    await recordShipment({ orderNumber: order, carrier: "UPS", trackingNumber: "1ZCLIENT01" }, "test");
    expect((await itemsOf(order))[0].status).toBe("WAITING_LINK");
    expect((await searchPimsRecords(w.practiceId, "Robert Lee")).map((c) => c.pimsId)).toEqual(["C2"]);

    await expect(linkClientByHand(w.primary, w.practiceId, "H2", "C2", "same person")).rejects.toThrow(/may not/);
    const done = await linkClientByHand(w.staff, w.practiceId, "H2", "C2", "Same phone and address; confirmed by phone");
    expect(done).toEqual({ outcome: "done", released: 1 });
    expect((await itemsOf(order))[0]).toMatchObject({ status: "PENDING", pimsPatientId: "PT2" });
    expect(await db.petLink.findFirst({ where: { practiceId: w.practiceId, hdPetId: "HP2" } })).toMatchObject({
      pimsPatientId: "PT2",
    });

    const link = await db.clientLink.findFirstOrThrow({ where: { practiceId: w.practiceId, hdClientId: "H2" } });
    expect(link).toMatchObject({ pimsClientId: "C2", decision: "MERGED", decidedBy: w.staffUser.id });
    const audit = await db.mergeEvent.findFirstOrThrow({
      where: { practiceId: w.practiceId, hdClientId: "H2", action: "merged_by_staff" },
    });
    expect(audit).toMatchObject({
      pimsClientId: "C2",
      actor: w.staffUser.id,
      note: "Same phone and address; confirmed by phone",
    });
    const evidence = audit.evidence as {
      manualLink: { reason: string; by: string; compared: { field: string; same: boolean }[] };
    };
    expect(evidence.manualLink.reason).toBe("Same phone and address; confirmed by phone");
    expect(evidence.manualLink.compared.map((c) => `${c.field}:${c.same}`)).toEqual([
      "name:true",
      "email:true",
      "phone:true",
      "address:true",
    ]);
    // The link page reads who linked it, when, and the reason they gave.
    const shown = await getClientToLink(w.practiceId, "H2");
    expect(shown?.link).toMatchObject({
      decision: "MERGED",
      pimsClientId: "C2",
      decidedBy: w.staffUser.name ?? w.staffUser.email,
      reason: "Same phone and address; confirmed by phone",
    });
    expect(shown?.link?.decidedAt).toBeInstanceOf(Date);
    expect(await linkClientByHand(w.staff, w.practiceId, "H2", "C2", "again")).toEqual({ outcome: "unchanged", released: 0 });

    expect(await unmerge(w.staff, w.practiceId, "H2", "Wrong person after all")).toBe("done");
    expect(await db.clientLink.count({ where: { practiceId: w.practiceId, hdClientId: "H2" } })).toBe(0);
    expect((await itemsOf(order))[0]).toMatchObject({ status: "WAITING_LINK", pimsPatientId: null });
  });

  it("refuses another practice's PIMS client, and search never shows it", async () => {
    const mine = await writebackWorld();
    const other = await writebackWorld();
    await db.pimsClient.create({
      data: {
        practiceId: other.practiceId,
        pimsId: "X9",
        firstName: "Zed",
        lastName: "Elsewhere",
        pimsUpdatedAt: new Date(),
        lastBatchId: "seed",
      },
    });
    expect(await searchPimsRecords(mine.practiceId, "Elsewhere")).toEqual([]);
    await expect(linkClientByHand(mine.staff, mine.practiceId, "H2", "X9", "cross practice")).rejects.toThrow(/PIMS client/);
    expect(await db.clientLink.count({ where: { practiceId: mine.practiceId, hdClientId: "H2" } })).toBe(0);
  });
});
