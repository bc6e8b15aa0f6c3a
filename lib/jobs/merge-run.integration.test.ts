// The trigger chain on the real PostgreSQL: a last full batch through ingestBatch queues
// `merge.run` (pg-boss, stately per practice) and a worker running the job links the clients.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerJob } from "./define";
import { mergeRunJob, mergeRunSchema } from "./definitions/merge-run";
import { enqueueMatching, stopJobSender } from "./send";
import { batchEnvelopeSchema } from "@/lib/sync/batch-schema";
import { ingestBatch } from "@/lib/sync/ingest-batch";
import { makeWorld, uid } from "@/tests/factories";

let boss: PgBoss;
const lines: string[] = [];

beforeAll(async () => {
  process.env.JOBS_SEND_IN_TESTS = "1";
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", max: 2, supervise: false, schedule: false });
  await boss.start();
  await registerJob(boss, mergeRunJob, (line) => lines.push(line));
});

afterAll(async () => {
  delete process.env.JOBS_SEND_IN_TESTS;
  await stopJobSender();
  await boss.stop({ graceful: false, close: true });
});

async function waitFor<T>(check: () => Promise<T | null>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("merge.run", () => {
  it("validates its payload", () => {
    expect(mergeRunSchema.safeParse({ practiceId: "" }).success).toBe(false);
    expect(mergeRunSchema.safeParse({ practiceId: "p1" }).success).toBe(true);
  });

  it("runs after the last batch of a full load and links the home-delivery client", async () => {
    const { practice } = await makeWorld();
    const practiceId = practice.id;
    await db.homeDeliveryClient.create({
      data: {
        practiceId,
        hdClientId: "H1",
        firstName: "Maria",
        lastName: "Garcia",
        address1: "12 N MAIN ST",
        city: "PORTLAND",
        state: "OR",
        postalCode: "97201",
        phone: "+15035550100",
        email: "maria@example.com",
      },
    });
    const batch = batchEnvelopeSchema.parse({
      batch_id: uid(),
      mode: "full",
      last: true,
      clients: [
        {
          client_id: "C1",
          first_name: "Maria",
          last_name: "Garcia",
          address1: "12 North Main Street",
          city: "Portland",
          state: "OR",
          postal_code: "97201",
          home_phone: "(503) 555-0100",
          email: "maria@example.com",
          updated_at: "2026-11-01T10:00:00-07:00",
        },
      ],
      patients: [],
    });
    expect((await ingestBatch(practiceId, batch)).applied).toBe(1);
    const link = await waitFor(() =>
      db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId: "H1" } } }),
    );
    expect(link).toMatchObject({ pimsClientId: "C1", decision: "MERGED", decidedBy: "engine" });

    // A burst of sends collapses (one queued per practice) and reruns change nothing.
    await Promise.all([enqueueMatching(practiceId), enqueueMatching(practiceId), enqueueMatching(practiceId)]);
    const queued = await boss.getQueueSize("merge.run");
    expect(queued).toBeLessThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await db.mergeEvent.count({ where: { practiceId } })).toBe(1);
  });
});
