// The writeback on the real PostgreSQL: eligibility of every line kind as stored, idempotent
// shipment reports, the agent's pull with leases, redelivery, acknowledgements, failures with
// backoff and the dead letter, practice scoping, and lines of a pet linked only after shipping.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { mergePair, unmerge } from "@/lib/merge/decisions";
import { makeWorld } from "@/tests/factories";
import { recordShipment } from "./ship-order";
import { ackWritebacks, pullWritebacks, retryDeadItem } from "./queue";
import { itemsOf, placeOrder, rxLine, writebackWorld } from "@/tests/writeback-fixtures";

const settings = { maxAttempts: 3, leaseSeconds: 60, retryBaseSeconds: 10, retryMaxSeconds: 3600 };
const t0 = new Date("2026-11-20T18:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const ship = (orderNumber: string, tracking = "1Z999AA10123456784", now = t0) =>
  recordShipment({ orderNumber, carrier: "UPS", trackingNumber: tracking, shippedAt: now }, "test", { now });

describe("shipment report", () => {
  it("creates one item per line: prescription drug and diet queued, OTC and compounded recorded as not eligible", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1", [
      rxLine(),
      rxLine({
        product: "Hill's c/d Multicare Feline 8.5 lb",
        kind: "PRESCRIPTION_DIET",
        quantity: 2,
        unit: "bags",
        prescriber: null,
      }),
      rxLine({ product: "Flea comb", kind: "OTC", quantity: 1, unit: "each", prescriber: null }),
      rxLine({
        product: "Methimazole 2.5 mg transdermal gel",
        kind: "COMPOUNDED",
        quantity: 30,
        unit: "clicks",
        fulfilledBy: "COMPOUNDING_PARTNER",
      }),
      rxLine({
        product: "Gabapentin 50 mg/mL oral suspension",
        kind: "PRESCRIPTION_DRUG",
        quantity: 30,
        unit: "mL",
        fulfilledBy: "COMPOUNDING_PARTNER",
      }),
    ]);
    const result = await ship(order);
    expect(result.replayed).toBe(false);
    expect(result.lines.map((l) => [l.lineNo, l.writeback, l.reason])).toEqual([
      [1, "queued", null],
      [2, "queued", null],
      [3, "not_eligible", "OVER_THE_COUNTER"],
      [4, "not_eligible", "COMPOUNDING_PARTNER"],
      [5, "not_eligible", "COMPOUNDING_PARTNER"],
    ]);
    const items = await itemsOf(order);
    expect(items.map((i) => [i.status, i.pimsPatientId, i.ineligibleReason])).toEqual([
      ["PENDING", "PT1", null],
      ["PENDING", "PT1", null],
      ["NOT_ELIGIBLE", null, "OVER_THE_COUNTER"],
      ["NOT_ELIGIBLE", null, "COMPOUNDING_PARTNER"],
      ["NOT_ELIGIBLE", null, "COMPOUNDING_PARTNER"],
    ]);
    expect(items[0].idempotencyKey).toBe(`${order}:1`);
    expect(items[0].text).toBe(
      `11/20/2026 Home delivery Rx shipped: Carprofen 75 mg chewable tablets, qty 60 tablets. Prescribed by Dr. Amy Chen. Order ${order}, UPS tracking 1Z999AA10123456784.`,
    );
    expect(items[1].text).toContain(
      "Home delivery Rx diet shipped: Hill's c/d Multicare Feline 8.5 lb, qty 2 bags. Prescriber not recorded.",
    );
    expect(items[2].events.map((e) => e.kind)).toEqual(["not_eligible"]);
    const saved = await db.order.findUniqueOrThrow({ where: { orderNumber: order } });
    expect(saved).toMatchObject({ status: "SHIPPED", carrier: "UPS", trackingNumber: "1Z999AA10123456784", shippedBy: "test" });
  });

  it("dates the record line in the practice's time zone", async () => {
    const w = await writebackWorld(); // America/Los_Angeles
    const order = await placeOrder(w.practiceId, "HP1");
    const evening = new Date("2026-11-21T03:30:00Z"); // 19:30 on the 20th in Portland
    await recordShipment(
      { orderNumber: order, carrier: "USPS", trackingNumber: "9400100000000000000000", shippedAt: evening },
      "test",
      { now: evening },
    );
    const [item] = await itemsOf(order);
    expect(item.text.startsWith("11/20/2026 ")).toBe(true);
  });

  it("is idempotent: the same report again, or twice at once, never makes a second item; another tracking number is refused", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1", [rxLine(), rxLine({ kind: "OTC", product: "Treats" })]);
    const [a, b] = await Promise.all([ship(order), ship(order)]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const again = await ship(order);
    expect(again.replayed).toBe(true);
    expect(again.lines).toEqual(a.lines);
    const items = await itemsOf(order);
    expect(items).toHaveLength(2);
    expect(items.flatMap((i) => i.events)).toHaveLength(2);
    await expect(ship(order, "1ZDIFFERENT0001")).rejects.toThrow(/already shipped with UPS tracking 1Z999AA10123456784/);
    await expect(ship("NO-SUCH-ORDER")).rejects.toThrow(/Order NO-SUCH-ORDER not found/);
  });

  it("flags a line at delivery when the PIMS marked the patient deceased after it was queued", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1");
    await ship(order);
    await db.pimsPatient.update({
      where: { practiceId_pimsId: { practiceId: w.practiceId, pimsId: "PT1" } },
      data: { deceased: true },
    });
    const { items } = await pullWritebacks(w.practiceId, 10, { now: t0, settings });
    expect(items[0].patient_deceased).toBe(true);
    expect((await itemsOf(order))[0].deceasedFlag).toBe(true);
  });

  it("writes back a shipment for a deceased patient and flags it", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP3");
    const result = await ship(order);
    expect(result.deceased).toBe(true);
    const [item] = await itemsOf(order);
    expect(item).toMatchObject({ status: "PENDING", pimsPatientId: "PT3", deceasedFlag: true });
    expect(item.events[0].note).toMatch(/deceased/);
    const { items } = await pullWritebacks(w.practiceId, 10, { now: t0, settings });
    expect(items.find((i) => i.id === item.id)).toMatchObject({ patient_id: "PT3", patient_deceased: true });
  });
});

describe("agent pull and acknowledgement", () => {
  it("leases items, offers them again after the lease expires, and settles them on ack", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1", [rxLine(), rxLine({ product: "Apoquel 16 mg", quantity: 30 })]);
    await ship(order);
    const first = await pullWritebacks(w.practiceId, 10, { now: t0, settings });
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({
      attempt: 1,
      patient_id: "PT1",
      client_id: "C1",
      order_number: order,
      carrier: "UPS",
      quantity: "60.00",
      unit: "tablets",
      prescriber: "Dr. Amy Chen",
      idempotency_key: `${order}:1`,
    });
    // Leased: a second pull within the lease gets nothing.
    expect((await pullWritebacks(w.practiceId, 10, { now: later(30), settings })).items).toHaveLength(0);
    // The first is acknowledged; the second's lease runs out and it is offered again.
    const [one, two] = first.items;
    expect(
      await ackWritebacks(w.practiceId, [{ id: one.id, lease_id: one.lease_id, result: "written", pims_line_id: "CS-1001" }], {
        now: later(40),
        settings,
      }),
    ).toEqual([{ id: one.id, outcome: "written" }]);
    const again = await pullWritebacks(w.practiceId, 10, { now: later(61), settings });
    expect(again.items.map((i) => [i.id, i.attempt])).toEqual([[two.id, 2]]);
    expect(again.items[0].lease_id).not.toBe(two.lease_id);
    // A late "written" for the old lease still settles it (the line is in the PIMS); the new lease's ack is then a no-op.
    expect(
      (
        await ackWritebacks(w.practiceId, [{ id: two.id, lease_id: two.lease_id, result: "written", pims_line_id: "CS-1002" }], {
          now: later(62),
          settings,
        })
      )[0].outcome,
    ).toBe("written");
    expect(
      (
        await ackWritebacks(
          w.practiceId,
          [{ id: two.id, lease_id: again.items[0].lease_id, result: "written", pims_line_id: "CS-1002" }],
          { now: later(63), settings },
        )
      )[0].outcome,
    ).toBe("already_written");
    expect(
      (
        await ackWritebacks(
          w.practiceId,
          [{ id: two.id, lease_id: again.items[0].lease_id, result: "written", pims_line_id: "CS-9" }],
          { now: later(63), settings },
        )
      )[0].outcome,
    ).toBe("conflict");
    const items = await itemsOf(order);
    expect(items.map((i) => [i.status, i.pimsLineId])).toEqual([
      ["WRITTEN", "CS-1001"],
      ["WRITTEN", "CS-1002"],
    ]);
    expect(items[1].events.map((e) => e.kind)).toEqual(["queued", "delivered", "delivered", "written"]);
    expect(items[1].events[2].note).toMatch(/previous lease expired/);
    expect((await pullWritebacks(w.practiceId, 10, { now: later(600), settings })).items).toHaveLength(0);
  });

  it("retries a failure with backoff and dead-letters it after the last attempt; staff retry it", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1");
    await ship(order);
    const fail = async (seconds: number) => {
      const { items } = await pullWritebacks(w.practiceId, 10, { now: later(seconds), settings });
      expect(items).toHaveLength(1);
      return (
        await ackWritebacks(
          w.practiceId,
          [{ id: items[0].id, lease_id: items[0].lease_id, result: "failed", reason: "patient record locked" }],
          { now: later(seconds), settings },
        )
      )[0];
    };
    expect(await fail(0)).toMatchObject({ outcome: "retry_scheduled", attempt: 1, next_attempt_at: later(10).toISOString() });
    expect((await pullWritebacks(w.practiceId, 10, { now: later(9), settings })).items).toHaveLength(0); // backing off
    expect(await fail(10)).toMatchObject({ outcome: "retry_scheduled", attempt: 2, next_attempt_at: later(30).toISOString() }); // 10 s, then 20 s
    expect(await fail(30)).toMatchObject({ outcome: "dead", attempt: 3 });
    expect((await pullWritebacks(w.practiceId, 10, { now: later(100_000), settings })).items).toHaveLength(0);
    let [item] = await itemsOf(order);
    expect(item).toMatchObject({ status: "DEAD", attempts: 3, lastError: "patient record locked" });

    expect(await retryDeadItem(w.practiceId, item.id, "Olivia", { now: later(200) })).toBe("retried");
    expect(await retryDeadItem(w.practiceId, item.id, "Olivia", { now: later(200) })).toBe("unchanged");
    const { items } = await pullWritebacks(w.practiceId, 10, { now: later(200), settings });
    expect(items.map((i) => i.attempt)).toEqual([1]);
    [item] = await itemsOf(order);
    expect(item.events.map((e) => e.kind)).toContain("retried");
  });

  it("dead-letters an item whose lease expires after its last attempt, and ignores a failure for a stale lease", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1");
    await ship(order);
    const first = (await pullWritebacks(w.practiceId, 10, { now: t0, settings })).items[0];
    await pullWritebacks(w.practiceId, 10, { now: later(61), settings }); // attempt 2
    expect(
      (
        await ackWritebacks(w.practiceId, [{ id: first.id, lease_id: first.lease_id, result: "failed", reason: "late" }], {
          now: later(62),
          settings,
        })
      )[0].outcome,
    ).toBe("ignored_stale_lease");
    await pullWritebacks(w.practiceId, 10, { now: later(122), settings }); // attempt 3
    expect((await pullWritebacks(w.practiceId, 10, { now: later(183), settings })).items).toHaveLength(0);
    const [item] = await itemsOf(order);
    expect(item).toMatchObject({ status: "DEAD", attempts: 3, lastError: "no acknowledgement before the lease expired" });
  });

  it("hands out each item once to concurrent pulls, and only the agent's own practice's items", async () => {
    const w = await writebackWorld();
    const other = await writebackWorld();
    const orders = await Promise.all([1, 2, 3, 4].map(() => placeOrder(w.practiceId, "HP1")));
    for (const o of orders) await ship(o);
    await ship(await placeOrder(other.practiceId, "HP1"));
    const pulls = await Promise.all([1, 2, 3].map(() => pullWritebacks(w.practiceId, 2, { now: t0, settings })));
    const ids = pulls.flatMap((p) => p.items.map((i) => i.id));
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    const mine = await db.writebackItem.findMany({ where: { practiceId: w.practiceId }, select: { id: true } });
    expect(ids.sort()).toEqual(mine.map((m) => m.id).sort());
    // The other practice's agent cannot acknowledge these.
    const foreign = pulls.find((p) => p.items.length)!.items[0];
    expect(
      (
        await ackWritebacks(
          other.practiceId,
          [{ id: foreign.id, lease_id: foreign.lease_id, result: "written", pims_line_id: "X" }],
          { now: t0, settings },
        )
      )[0].outcome,
    ).toBe("unknown_item");
  });
});

describe("pets linked after shipping", () => {
  it("waits for the link, is written back once the pet is linked, and goes back to waiting on unmerge", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP2", [rxLine(), rxLine({ kind: "OTC", product: "Shampoo" })]);
    const result = await ship(order);
    expect(result.lines.map((l) => l.writeback)).toEqual(["waiting_for_link", "not_eligible"]);
    expect((await pullWritebacks(w.practiceId, 10, { now: t0, settings })).items).toHaveLength(0);

    await mergePair(w.staff, w.practiceId, "H2", "C2");
    const afterMerge = await itemsOf(order);
    let item = afterMerge[0];
    const otc = afterMerge[1];
    expect(item).toMatchObject({ status: "PENDING", pimsPatientId: "PT2" });
    expect(otc.status).toBe("NOT_ELIGIBLE");
    expect(item.events.map((e) => e.kind)).toEqual(["waiting_for_link", "released"]);
    // (merges run on the clock: pull on it too)
    const pulled = (await pullWritebacks(w.practiceId, 10, { settings })).items;
    expect(pulled.map((i) => [i.id, i.patient_id])).toEqual([[item.id, "PT2"]]);

    // Unmerged while delivered but not acknowledged: back to waiting; a late "written" is refused and recorded.
    await unmerge(w.staff, w.practiceId, "H2", "wrong person");
    [item] = await itemsOf(order);
    expect(item).toMatchObject({ status: "WAITING_LINK", pimsPatientId: null, leaseId: null, attempts: 0 });
    expect(item.events.at(-1)!.kind).toBe("withdrawn");
    const late = await ackWritebacks(
      w.practiceId,
      [{ id: item.id, lease_id: pulled[0].lease_id, result: "written", pims_line_id: "CS-7" }],
      { settings },
    );
    expect(late[0].outcome).toBe("conflict");
    expect((await itemsOf(order))[0].events.at(-1)!.kind).toBe("ack_refused");

    // Linked again by a staff merge: released again.
    await mergePair(w.staff, w.practiceId, "H2", "C2");
    [item] = await itemsOf(order);
    expect(item).toMatchObject({ status: "PENDING", pimsPatientId: "PT2" });
  });

  it("is released by an automatic matching run too", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP2");
    await ship(order);
    const { runMatching } = await import("@/lib/merge/run-matching");
    await runMatching(w.practiceId);
    const link = await db.petLink.findUnique({ where: { practiceId_hdPetId: { practiceId: w.practiceId, hdPetId: "HP2" } } });
    expect(link?.pimsPatientId).toBe("PT2");
    const [item] = await itemsOf(order);
    expect(item).toMatchObject({ status: "PENDING", pimsPatientId: "PT2" });
    expect(item.events.at(-1)).toMatchObject({ kind: "released", actor: "merge engine" });
  });

  it("an order of another practice's pet cannot be created", async () => {
    const w = await writebackWorld();
    const stranger = await makeWorld();
    await expect(placeOrder(stranger.practice.id, "HP1")).rejects.toThrow(/Home-delivery pet HP1 not found/);
    expect(w.practiceId).not.toBe(stranger.practice.id);
  });
});
