// The metrics' tallies on the real PostgreSQL: the triggers count every batch, every status
// move of a writeback item and an email, and deletions, whichever statement does it (one row,
// many rows, COPY); the histogram's bounds are the app's; folding keeps every figure. Other test
// files write the same tables meanwhile, so tallies and tables are compared inside one
// REPEATABLE READ snapshot: a trigger writes its tally in its statement's own transaction, so in
// any snapshot the two agree exactly.
import { describe, expect, it } from "vitest";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { pool } from "@/lib/db/pool";
import { db } from "@/lib/db/client";
import { makeWorld, uid } from "@/tests/factories";
import { itemsOf, placeOrder, writebackWorld } from "@/tests/writeback-fixtures";
import { recordShipment } from "@/lib/writeback/ship-order";
import { enqueueEmail } from "@/lib/mail/outbox";
import { BATCH_DURATION_BUCKETS, readOpsSnapshot } from "./ops-snapshot";
import { foldTallies } from "./tallies";

/** Tallies and live counts by status, read in one snapshot. */
async function bothInOneSnapshot(subject: "writeback" | "email") {
  const table = subject === "writeback" ? "writeback_items" : "outbox_emails";
  const client = await pool().connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    const tallied = await client.query(
      `SELECT status, sum(n)::int AS n FROM status_tallies WHERE subject = $1 GROUP BY status HAVING sum(n) <> 0 ORDER BY status`,
      [subject],
    );
    const counted = await client.query(`SELECT status::text, count(*)::int AS n FROM ${table} GROUP BY status ORDER BY status`);
    await client.query("COMMIT");
    return { tallied: tallied.rows, counted: counted.rows };
  } finally {
    client.release();
  }
}

const batchRow = (practiceId: string, mode: string, durationMs: number, status = "SUCCEEDED") => ({
  practiceId,
  batchKey: `tally-${uid()}`,
  mode,
  status: status as "SUCCEEDED",
  received: 10,
  applied: 8,
  rejected: 2,
  pendingChanges: 1,
  response: {},
  durationMs,
});

describe("metrics tallies", () => {
  it("count batches one by one, many at once and by COPY, with the app's histogram bounds", async () => {
    const w = await makeWorld();
    // A mode of its own keeps this test's figures apart from every other test's batches.
    const mode = `tally-${uid()}`;
    const bounds = BATCH_DURATION_BUCKETS.map((seconds) => seconds * 1000);
    // One batch exactly on each bound and one just over it: bucket i holds 2i + 1 of them.
    await db.syncBatch.create({ data: batchRow(w.practice.id, mode, bounds[0]) });
    await db.syncBatch.createMany({
      data: [bounds[0] + 1, ...bounds.slice(1).flatMap((ms) => [ms, ms + 1])].map((ms) => batchRow(w.practice.id, mode, ms)),
    });
    const client = await pool().connect();
    try {
      const copy = client.query(
        copyFrom(
          `COPY sync_batches (id, practice_id, batch_key, mode, status, received, applied, rejected, pending_changes, response, duration_ms) FROM STDIN`,
        ),
      );
      const lines = [1, 2].map(
        (i) => `copy-${uid()}-${i}\t${w.practice.id}\tcopy-${uid()}\t${mode}\tFAILED\t5\t0\t5\t0\t{}\t60000\n`,
      );
      await pipeline(Readable.from(lines), copy);
    } finally {
      client.release();
    }

    const rows = (await readOpsSnapshot(pool())).batches.filter((row) => row.mode === mode);
    const succeeded = rows.find((row) => row.status === "SUCCEEDED")!;
    expect(succeeded).toMatchObject({ batches: 20, received: 200, applied: 160, rejected: 40, pendingChanges: 20 });
    expect(succeeded.buckets).toEqual(bounds.map((_, i) => 2 * i + 1));
    expect(rows.find((row) => row.status === "FAILED")).toMatchObject({ batches: 2, received: 10, rejected: 10 });
    expect(rows.find((row) => row.status === "FAILED")!.buckets.every((n) => n === 0)).toBe(true);

    // Folding leaves one row per key and every figure as it was.
    await foldTallies(pool());
    expect((await readOpsSnapshot(pool())).batches.filter((row) => row.mode === mode)).toEqual(rows);
    const { rows: left } = await pool().query(`SELECT count(*)::int AS n FROM sync_batch_tallies WHERE mode = $1`, [mode]);
    expect(left[0].n).toBe(2);
    // A deleted practice's history stays counted: the counters only go up.
    await db.practice.delete({ where: { id: w.practice.id } });
    expect((await readOpsSnapshot(pool())).batches.filter((row) => row.mode === mode)).toEqual(rows);
  });

  it("follow writeback items and emails through inserts, status moves of many rows and deletions", async () => {
    const w = await writebackWorld();
    // Lines of a linked pet (HP1) are queued for the agent, those of the unlinked one (HP2) wait.
    const orders = [await placeOrder(w.practiceId, "HP1"), await placeOrder(w.practiceId, "HP2")];
    for (const [i, order] of orders.entries())
      await recordShipment({ orderNumber: order, carrier: "UPS", trackingNumber: `1ZTALLY${i}${uid()}` }, "test");
    expect(new Set((await Promise.all(orders.map(itemsOf))).flat().map((item) => item.status))).toEqual(
      new Set(["PENDING", "WAITING_LINK"]),
    );
    let both = await bothInOneSnapshot("writeback");
    expect(both.tallied).toEqual(both.counted);

    // Several rows of different statuses moved by one statement, then some deleted.
    await pool().query(`UPDATE writeback_items SET status = 'DEAD' WHERE practice_id = $1`, [w.practiceId]);
    both = await bothInOneSnapshot("writeback");
    expect(both.tallied).toEqual(both.counted);
    await pool().query(`DELETE FROM writeback_items WHERE practice_id = $1`, [w.practiceId]);
    await foldTallies(pool());
    both = await bothInOneSnapshot("writeback");
    expect(both.tallied).toEqual(both.counted);

    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        practiceId: w.practiceId,
        template: "tally-test",
        to: `tally-${uid()}@example.com`,
        content: { subject: "Tally", paragraphs: ["counted"] },
      }),
    );
    await pool().query(`UPDATE outbox_emails SET status = 'FAILED' WHERE practice_id = $1`, [w.practiceId]);
    both = await bothInOneSnapshot("email");
    expect(both.tallied).toEqual(both.counted);
    // The snapshot the metrics read agrees with the tallies.
    const snapshot = await readOpsSnapshot(pool());
    expect(Object.values(snapshot.emails).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
