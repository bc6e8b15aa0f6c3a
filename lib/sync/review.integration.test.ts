// Staff review of pending changes on the real PostgreSQL: data arrives through ingestBatch (a
// full first load, then a delta), exactly as the agent sends it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { actorOf, makeUser, makeWorld, uid } from "@/tests/factories";
import { ingestBatch } from "./ingest-batch";
import { batchEnvelopeSchema } from "./batch-schema";
import { applyPendingChange, dismissPendingChange } from "./review";

const before = "2026-11-01T10:00:00-07:00";
const later = "2026-11-10T09:00:00-08:00";
const client = (id: string, extra: Record<string, string> = {}) => ({
  client_id: id,
  first_name: "Maria",
  last_name: "Garcia",
  address1: "12 N Main St",
  city: "Portland",
  state: "OR",
  postal_code: "97201",
  home_phone: "(503) 555-0100",
  email: "maria@example.com",
  updated_at: before,
  ...extra,
});
const patient = (id: string, clientId: string, extra: Record<string, string> = {}) => ({
  patient_id: id,
  client_id: clientId,
  name: "Rex",
  species: "dog",
  breed: "Beagle",
  weight: "10",
  weight_unit: "kg",
  updated_at: before,
  ...extra,
});

/** A practice after its first load and one delta that changed C1's name and address and P1's name. */
async function practiceWithPendingChanges() {
  const w = await makeWorld();
  const practiceId = w.practice.id;
  await db.practice.update({ where: { id: practiceId }, data: { status: "INSTALLED", installedAt: new Date() } });
  await ingestBatch(
    practiceId,
    batchEnvelopeSchema.parse({
      batch_id: uid(),
      mode: "full",
      last: true,
      clients: [client("C1")],
      patients: [patient("P1", "C1")],
    }),
  );
  await db.prescription.createMany({
    data: [
      { practiceId, patientPimsId: "P1", product: "Carprofen 75 mg", autoShip: true },
      { practiceId, patientPimsId: "P1", product: "Apoquel 16 mg", active: false, pausedReason: "Stopped by the vet" },
    ],
  });
  await ingestBatch(
    practiceId,
    batchEnvelopeSchema.parse({
      batch_id: uid(),
      mode: "delta",
      clients: [
        client("C1", { last_name: "Garcia-Lopez", address1: "9 Elm St", city: "Salem", postal_code: "97301", updated_at: later }),
      ],
      patients: [patient("P1", "C1", { name: "Rexy", updated_at: later })],
    }),
  );
  const pending = await db.pendingChange.findMany({ where: { practiceId, status: "PENDING" } });
  const byField = Object.fromEntries(pending.map((p) => [p.field, p.id]));
  return { ...w, practiceId, byField };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as UserFacingError,
  );

describe("applyPendingChange", () => {
  it("writes a client's new name and address and records who, when and why", async () => {
    const { practiceId, byField, staff } = await practiceWithPendingChanges();
    await applyPendingChange(staff, practiceId, byField.client_name, { note: "Confirmed by phone" });
    await applyPendingChange(staff, practiceId, byField.client_address);
    const c1 = await db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "C1" } } });
    expect(c1).toMatchObject({
      firstName: "Maria",
      lastName: "Garcia-Lopez",
      address1: "9 ELM ST",
      city: "SALEM",
      postalCode: "97301",
    });
    const reviewed = await db.pendingChange.findUniqueOrThrow({ where: { id: byField.client_name } });
    expect(reviewed).toMatchObject({
      status: "APPLIED",
      note: "Confirmed by phone",
      reviewedById: staff.id,
      sameAnimalConfirmed: false,
    });
    expect(reviewed.reviewedAt).toBeInstanceOf(Date);
  });

  it("refuses a pet name without the same-animal confirmation, and changes nothing", async () => {
    const { practiceId, byField, staff } = await practiceWithPendingChanges();
    const error = await refusal(applyPendingChange(staff, practiceId, byField.pet_name, { note: "ok" }));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error?.message).toMatch(/same animal/);
    expect(error?.fieldErrors?.sameAnimalConfirmed).toBeDefined();
    expect((await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } })).name).toBe(
      "Rex",
    );
    expect((await db.pendingChange.findUniqueOrThrow({ where: { id: byField.pet_name } })).status).toBe("PENDING");
  });

  it("renames a confirmed pet and flags every active prescription for a new one under the new name", async () => {
    const { practiceId, byField, staff } = await practiceWithPendingChanges();
    const outcome = await applyPendingChange(staff, practiceId, byField.pet_name, {
      sameAnimalConfirmed: true,
      note: "Owner says same dog",
    });
    expect(outcome).toEqual({ status: "APPLIED", flaggedPrescriptions: 1 });
    expect((await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } })).name).toBe(
      "Rexy",
    );
    expect(await db.pendingChange.findUniqueOrThrow({ where: { id: byField.pet_name } })).toMatchObject({
      sameAnimalConfirmed: true,
      reviewedById: staff.id,
    });
    const [active, stopped] = await Promise.all([
      db.prescription.findFirstOrThrow({ where: { practiceId, product: "Carprofen 75 mg" } }),
      db.prescription.findFirstOrThrow({ where: { practiceId, product: "Apoquel 16 mg" } }),
    ]);
    expect(active).toMatchObject({
      active: true,
      autoShip: true,
      flags: ["new_prescription_required"],
      pausedReason: "New prescription required under the new name Rexy",
    });
    expect(stopped).toMatchObject({ flags: [], pausedReason: "Stopped by the vet" });
  });

  it("refuses a change already reviewed, harmlessly, even when both submits race", async () => {
    const { practiceId, byField, staff } = await practiceWithPendingChanges();
    const results = await Promise.allSettled([
      applyPendingChange(staff, practiceId, byField.client_name, { note: "first" }),
      applyPendingChange(staff, practiceId, byField.client_name, { note: "second" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(UserFacingError);
    expect(rejected.reason.message).toMatch(/already applied by .* Nothing was changed/);
    const dismissAfter = await refusal(dismissPendingChange(staff, practiceId, byField.client_name, "too late"));
    expect(dismissAfter?.code).toBe("conflict");
    expect((await db.pendingChange.findUniqueOrThrow({ where: { id: byField.client_name } })).status).toBe("APPLIED");
  });

  it("is scoped to the practice and to staff", async () => {
    const { practiceId, byField, partnerActor } = await practiceWithPendingChanges();
    const other = await makeWorld();
    expect((await refusal(applyPendingChange(other.staff, other.practice.id, byField.client_name)))?.code).toBe("not_found");
    expect((await refusal(applyPendingChange(partnerActor, practiceId, byField.client_name)))?.code).toBe("forbidden");
    const primary = await makeUser("PRACTICE");
    expect(
      (await refusal(dismissPendingChange(actorOf(primary, ["primary"]), practiceId, byField.client_name, "no")))?.code,
    ).toBe("forbidden");
    expect((await db.pendingChange.findUniqueOrThrow({ where: { id: byField.client_name } })).status).toBe("PENDING");
  });
});

describe("dismissPendingChange", () => {
  it("keeps the pharmacy's record, needs a reason and records it", async () => {
    const { practiceId, byField, staff } = await practiceWithPendingChanges();
    expect(
      (await refusal(dismissPendingChange(staff, practiceId, byField.client_address, "  ")))?.fieldErrors?.note,
    ).toBeDefined();
    await dismissPendingChange(staff, practiceId, byField.client_address, "Client ships to her office");
    expect((await db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "C1" } } })).address1).toBe(
      "12 N MAIN ST",
    );
    expect(await db.pendingChange.findUniqueOrThrow({ where: { id: byField.client_address } })).toMatchObject({
      status: "DISMISSED",
      note: "Client ships to her office",
      reviewedById: staff.id,
    });
    expect((await db.pimsPatient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: "P1" } } })).name).toBe(
      "Rex",
    );
  });
});
