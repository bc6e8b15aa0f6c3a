// The agent's acknowledgement of a whole pull on the real PostgreSQL, applied set-based: each ack
// decided on its own (a foreign line refused alone, a repeated one harmless), a fixed number of
// statements whatever the batch size, and an empty pull that opens no transaction.
import { spawn } from "node:child_process";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordShipment } from "./ship-order";
import { ackWritebacks, pullWritebacks } from "./queue";
import type { Ack } from "./schemas";
import type { AckOutcome } from "./schemas";
import { itemsOf, placeOrder, rxLine, writebackWorld } from "@/tests/writeback-fixtures";

const settings = { maxAttempts: 3, leaseSeconds: 60, retryBaseSeconds: 10, retryMaxSeconds: 3600 };
const t0 = new Date("2026-11-20T18:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const ship = (orderNumber: string) =>
  recordShipment({ orderNumber, carrier: "UPS", trackingNumber: "1Z999AA10123456784", shippedAt: t0 }, "test", { now: t0 });

/** The SQL statements sent to PostgreSQL (by any pg client of this process) while `work` runs. */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await work();
    return {
      result,
      statements: spy.mock.calls.map((c) => (typeof c[0] === "string" ? c[0] : String((c[0] as { text?: string }).text))),
    };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("a batch of acknowledgements", () => {
  it("applies 19 of 20 (one repeated harmlessly), refuses another practice's line alone, in a fixed number of statements", async () => {
    const w = await writebackWorld();
    const other = await writebackWorld();
    const order = await placeOrder(
      w.practiceId,
      "HP1",
      Array.from({ length: 19 }, (_, i) => rxLine({ product: `Drug ${i + 1}` })),
    );
    await ship(order);
    await ship(await placeOrder(other.practiceId, "HP1"));
    const mine = (await pullWritebacks(w.practiceId, 50, { now: t0, settings })).items;
    const foreign = (await pullWritebacks(other.practiceId, 50, { now: t0, settings })).items[0];
    expect(mine).toHaveLength(19);

    const written = (item: { id: string; lease_id: string; idempotency_key: string }): Ack => ({
      id: item.id,
      lease_id: item.lease_id,
      result: "written",
      pims_line_id: `CS-${item.idempotency_key}`,
    });
    // The first line was acknowledged before (the agent's answer got lost): sent again below.
    expect(await ackWritebacks(w.practiceId, [written(mine[0])], { now: later(5), settings })).toEqual([
      { id: mine[0].id, outcome: "written" },
    ]);
    // 20 acks: the repeated line, a failure, 15 fresh lines, one fresh line twice, and another
    // practice's line in the middle; mine[17] is not acknowledged (it stays leased).
    const batch: Ack[] = [
      written(mine[0]),
      { id: mine[1].id, lease_id: mine[1].lease_id, result: "failed", reason: "PIMS locked the record" },
      ...mine.slice(2, 9).map(written),
      written(foreign),
      ...mine.slice(9, 17).map(written),
      written(mine[18]),
      written(mine[18]),
    ];
    expect(batch).toHaveLength(20);

    const { result, statements } = await statementsOf(() => ackWritebacks(w.practiceId, batch, { now: later(10), settings }));
    const byId = (id: string) => result.filter((r) => r.id === id).map((r) => r.outcome);
    expect(result).toHaveLength(20);
    expect(result.map((r) => r.id)).toEqual(batch.map((a) => a.id));
    expect(byId(mine[0].id)).toEqual(["already_written"]);
    expect(byId(mine[18].id)).toEqual(["written", "already_written"]);
    expect(byId(mine[1].id)).toEqual(["retry_scheduled"]);
    const refused = result.filter((r) => !["written", "already_written", "retry_scheduled"].includes(r.outcome));
    expect(refused).toEqual([
      { id: foreign.id, outcome: "unknown_item", message: "no writeback item with this id for this practice" },
    ]);
    // BEGIN, lock the items, one UPDATE, one INSERT of events, COMMIT: not three statements a line.
    expect(statements).toHaveLength(5);

    const items = await itemsOf(order);
    const status = new Map(items.map((i) => [i.id, i]));
    expect(items.filter((i) => i.status === "WRITTEN")).toHaveLength(17); // mine[0], mine[2..16], mine[18]
    expect(status.get(mine[17].id)!.status).toBe("LEASED");
    expect(status.get(mine[1].id)).toMatchObject({ status: "PENDING", lastError: "PIMS locked the record", leaseId: null });
    expect(status.get(mine[1].id)!.nextAttemptAt!.getTime()).toBeGreaterThan(later(10).getTime());
    expect(status.get(mine[18].id)).toMatchObject({
      status: "WRITTEN",
      pimsLineId: `CS-${mine[18].idempotency_key}`,
      leaseId: null,
    });
    expect(status.get(mine[18].id)!.writtenAt).toEqual(later(10));
    // One event per change: a repeat writes none.
    expect(status.get(mine[0].id)!.events.filter((e) => e.kind === "written")).toHaveLength(1);
    expect(status.get(mine[18].id)!.events.filter((e) => e.kind === "written")).toHaveLength(1);
    expect(status.get(mine[1].id)!.events.at(-1)).toMatchObject({ kind: "failed", actor: "sync agent" });
    // The foreign line is untouched, still leased to its own agent.
    const [theirs] = await itemsOf(foreign.order_number);
    expect(theirs).toMatchObject({ status: "LEASED", leaseId: foreign.lease_id });

    // The whole batch again is harmless: nothing changes, nothing is added.
    const { result: again, statements: againStatements } = await statementsOf(() =>
      ackWritebacks(w.practiceId, batch, { now: later(20), settings }),
    );
    expect(again.filter((r) => r.outcome === "written")).toHaveLength(0);
    expect(againStatements).toHaveLength(3); // BEGIN, lock, COMMIT
    const after = await itemsOf(order);
    expect(after.map((i) => [i.status, i.events.length])).toEqual(items.map((i) => [i.status, i.events.length]));
  });

  it("an empty pull answers from one indexed read, without a transaction", async () => {
    const w = await writebackWorld();
    await ship(await placeOrder(w.practiceId, "HP1"));
    expect((await pullWritebacks(w.practiceId, 50, { now: t0, settings })).items).toHaveLength(1);
    const { result, statements } = await statementsOf(() => pullWritebacks(w.practiceId, 50, { now: later(30), settings }));
    expect(result.items).toHaveLength(0);
    expect(statements).toHaveLength(1);
    expect(statements[0]).not.toMatch(/BEGIN|FOR UPDATE/);
    // Once the lease expires the item is due again and the pull claims it.
    expect((await pullWritebacks(w.practiceId, 50, { now: later(61), settings })).items.map((i) => i.attempt)).toEqual([2]);
  });

  it("an answered acknowledgement survives its process being killed with SIGKILL right after", async () => {
    const w = await writebackWorld();
    const order = await placeOrder(w.practiceId, "HP1", [rxLine(), rxLine({ product: "Apoquel 16 mg" })]);
    await ship(order);
    const items = (await pullWritebacks(w.practiceId, 50, { settings })).items;
    const acks: Ack[] = items.map((i) => ({
      id: i.id,
      lease_id: i.lease_id,
      result: "written",
      pims_line_id: `CS-${i.idempotency_key}`,
    }));
    const child = spawn(process.execPath, ["--import", "tsx", "tests/ack-then-hang.ts"], {
      env: { ...process.env, PRACTICE_ID: w.practiceId, ACKS: JSON.stringify(acks) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    let out = "";
    const answer = await new Promise<AckOutcome[]>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("\n")) resolve(JSON.parse(out.split("\n")[0]) as AckOutcome[]);
      });
      child.on("exit", () => reject(new Error(`the child exited before answering: ${out}`)));
    });
    child.kill("SIGKILL"); // the moment the answer is out
    expect(await exited).toBe("SIGKILL");
    expect(answer.map((r) => r.outcome)).toEqual(["written", "written"]);
    expect((await itemsOf(order)).map((i) => [i.status, i.pimsLineId])).toEqual(
      items.map((i) => ["WRITTEN", `CS-${i.idempotency_key}`]),
    );
  }, 60_000);
});
