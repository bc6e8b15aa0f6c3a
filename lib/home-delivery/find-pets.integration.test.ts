// Finding a home-delivery pet by its or its owner's name or id, on the real PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writebackWorld } from "@/tests/writeback-fixtures";
import { findHomeDeliveryPets, petSearchSchema } from "./find-pets";

describe("findHomeDeliveryPets", () => {
  it("matches every word against the pet's and the owner's names and ids, and says which pets are linked", async () => {
    const { practiceId } = await writebackWorld();
    const byOwner = await findHomeDeliveryPets(practiceId, "garcia");
    expect(byOwner.map((p) => p.name).sort()).toEqual(["Old Tom", "Rex"]);
    const both = await findHomeDeliveryPets(practiceId, "REX maria");
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ hdPetId: "HP1", ownerName: "Maria Garcia", hdClientId: "H1" });
    expect(await findHomeDeliveryPets(practiceId, "HP2")).toEqual([
      expect.objectContaining({ name: "Bella", ownerName: "Robert Lee" }),
    ]);
    const linked = (await findHomeDeliveryPets(practiceId, "H")).filter((p) => p.pimsPatientId !== null);
    expect(linked.length).toBeGreaterThan(0);
    expect(await findHomeDeliveryPets(practiceId, "rex lee")).toEqual([]);
  });

  it("treats % and _ as plain characters, and never shows another practice's pets", async () => {
    const { practiceId } = await writebackWorld();
    const other = await writebackWorld();
    expect(await findHomeDeliveryPets(practiceId, "%")).toEqual([]);
    expect(await findHomeDeliveryPets(practiceId, "R_x")).toEqual([]);
    await db.homeDeliveryPet.update({
      where: { practiceId_hdPetId: { practiceId: other.practiceId, hdPetId: "HP1" } },
      data: { name: "Zanzibar" },
    });
    expect(await findHomeDeliveryPets(practiceId, "zanzibar")).toEqual([]);
    expect(await findHomeDeliveryPets(other.practiceId, "zanzibar")).toHaveLength(1);
  });

  it("asks for at least two characters", () => {
    expect(petSearchSchema.safeParse(" r ").error?.issues[0].message).toBe("Type at least 2 characters");
  });
});
