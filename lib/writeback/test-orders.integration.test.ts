// The staff form's test order on the real PostgreSQL: made by createOrder (as the CLI) for a
// linked pet; compounded lines go to the compounding partner; an unlinked pet or another
// practice's pet is refused with a plain message; bad input is named by the schema.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writebackWorld } from "@/tests/writeback-fixtures";
import { createTestOrder, listLinkedPets } from "./test-orders";
import { testOrderActionSchema } from "./schemas";

const input = { product: "Carprofen 75 mg", quantity: "30", unit: "tablets", compounded: "no" as const };

describe("test orders", () => {
  it("creates a one-line order for a linked pet, compounded or not", async () => {
    const w = await writebackWorld();
    expect((await listLinkedPets(w.practiceId)).map((p) => p.hdPetId)).toEqual(["HP3", "HP1"]); // Old Tom, Rex
    const order = await createTestOrder(w.practiceId, { ...input, hdPetId: "HP1" });
    expect(order).toMatchObject({ practiceId: w.practiceId, hdPetId: "HP1", hdClientId: "H1", status: "PLACED" });
    expect(order.orderNumber).toMatch(/^TEST-\d{8}-[0-9A-F]{6}$/);
    expect(order.lines).toMatchObject([{ kind: "PRESCRIPTION_DRUG", fulfilledBy: "HOME_DELIVERY", unit: "tablets" }]);
    expect(Number(order.lines[0].quantity)).toBe(30);
    const compounded = await createTestOrder(w.practiceId, { ...input, hdPetId: "HP1", compounded: "yes" });
    expect(compounded.lines).toMatchObject([{ kind: "COMPOUNDED", fulfilledBy: "COMPOUNDING_PARTNER" }]);
  });

  it("refuses an unlinked pet and another practice's pet, and names bad input", async () => {
    const w = await writebackWorld();
    const other = await writebackWorld();
    await expect(createTestOrder(w.practiceId, { ...input, hdPetId: "HP2" })).rejects.toThrow(/not linked/);
    await db.homeDeliveryPet.create({ data: { practiceId: other.practiceId, hdPetId: "ELSEWHERE", hdClientId: "H1" } });
    await db.petLink.create({
      data: { practiceId: other.practiceId, hdPetId: "ELSEWHERE", pimsPatientId: "PT2", hdClientId: "H1" },
    });
    await expect(createTestOrder(w.practiceId, { ...input, hdPetId: "ELSEWHERE" })).rejects.toThrow(/not linked/);
    expect(await db.order.count({ where: { practiceId: w.practiceId } })).toBe(0);

    const bad = testOrderActionSchema.safeParse({
      practiceId: w.practiceId,
      hdPetId: "",
      product: " ",
      quantity: "0",
      unit: "x",
      compounded: "maybe",
    });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(messages).toMatchObject({
      hdPetId: "Choose a pet.",
      product: expect.stringMatching(/Name the product/),
      quantity: expect.stringMatching(/more than 0/),
      compounded: expect.stringMatching(/compounded/),
    });
  });
});
