// The demo orders seed makes every writeback state through the real paths, on a practice with
// few linked pets (it adds its own linked household).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemoOrders } from "@/prisma/seed-orders-demo";
import { writebackWorld } from "@/tests/writeback-fixtures";

describe("seedDemoOrders", () => {
  it("leaves written, queued, failing, dead, waiting, not eligible and deceased-flagged lines, and orders to ship", async () => {
    const w = await writebackWorld();
    await seedDemoOrders(w.practiceId);
    const items = await db.writebackItem.groupBy({ by: ["status"], where: { practiceId: w.practiceId }, _count: true });
    const count = Object.fromEntries(items.map((i) => [i.status, i._count]));
    expect(count).toEqual({ WRITTEN: 5, DEAD: 1, WAITING_LINK: 1, NOT_ELIGIBLE: 4, PENDING: 3 }); // pending: the failing one (retry later), the deceased pet's, today's diet
    expect(
      await db.writebackItem.count({ where: { practiceId: w.practiceId, status: "PENDING", lastError: { not: null } } }),
    ).toBe(1);
    expect(await db.writebackItem.count({ where: { practiceId: w.practiceId, deceasedFlag: true } })).toBeGreaterThanOrEqual(1);
    expect(await db.order.count({ where: { practiceId: w.practiceId, status: "PLACED" } })).toBe(3);
  });
});
