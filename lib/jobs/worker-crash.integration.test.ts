// A worker killed with SIGKILL in the middle of a practice's merge: the run is left "active".
// Once its expiry has passed (moved here instead of waited for), the worker that comes back
// fails it by timeout and runs it again within its maintenance interval, so the practice's
// matching finishes within 2 minutes of the worker's return.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { LOCKS } from "@/lib/db/locks";
import { ensureQueue, MAINTENANCE_INTERVAL_SECONDS, recoveryBoundSeconds } from "./define";
import { mergeRunJob } from "./definitions/merge-run";
import { JOBS } from "./registry";
import { batchEnvelopeSchema } from "@/lib/sync/batch-schema";
import { ingestBatch } from "@/lib/sync/ingest-batch";
import { makeWorld, uid } from "@/tests/factories";

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

function startWorkerProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/jobs/worker-main.ts"], {
    // A short maintenance interval keeps the test quick; the real bound is asserted below.
    env: { ...process.env, JOBS_MAINTENANCE_INTERVAL_SECONDS: "2", VITEST: "" },
    stdio: "ignore",
  });
  children.push(child);
  return child;
}

async function waitFor<T>(what: string, check: () => Promise<T | null | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("a worker killed mid-merge", () => {
  it("every job's expiry fits its work (runs of seconds: at most 2 minutes), and a killed merge is back within 2 minutes", () => {
    expect(MAINTENANCE_INTERVAL_SECONDS).toBe(20); // the shipped default (the test's workers use 2 s)
    for (const job of JOBS) expect(job.expireInSeconds, job.name).toBeLessThanOrEqual(120);
    expect(recoveryBoundSeconds(mergeRunJob)).toBeLessThan(120);
  });

  it("finishes the practice's matching after the worker comes back", async () => {
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
    await ingestBatch(practiceId, batch); // no job sent from tests: sent below

    // Hold the practice's matching lock so the run stops inside the merge, where the kill lands.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [LOCKS.practiceLinks(practiceId)]);

    const sender = new PgBoss({
      connectionString: process.env.DATABASE_URL!,
      schema: "pgboss",
      max: 1,
      supervise: false,
      schedule: false,
    });
    await sender.start();
    await ensureQueue(sender, mergeRunJob);
    const jobId = await sender.send(mergeRunJob.name, { practiceId }, { singletonKey: practiceId });
    expect(jobId).toBeTruthy();

    let worker = startWorkerProcess();
    await waitFor(
      "the run to start",
      async () => {
        const job = await sender.getJobById(mergeRunJob.name, jobId!);
        return job?.state === "active" ? job : null;
      },
      60_000,
    );
    worker.kill("SIGKILL");
    await new Promise((resolve) => worker.once("exit", resolve));
    await holder.query("ROLLBACK");
    await holder.end();

    // Move time: the killed run started longer ago than its expiry.
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET started_on = now() - expire_in - interval '1 second' WHERE id = $1`, jobId);
    const back = Date.now();
    worker = startWorkerProcess();
    const link = await waitFor(
      "the matching to finish",
      () => db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId: "H1" } } }),
      120_000,
    );
    expect(link).toMatchObject({ pimsClientId: "C1", decision: "MERGED" });
    expect(Date.now() - back).toBeLessThan(120_000);
    const job = await sender.getJobById(mergeRunJob.name, jobId!);
    expect(job?.retryCount).toBeGreaterThanOrEqual(1); // failed by timeout, then retried
    worker.kill("SIGTERM");
    await sender.stop({ graceful: false, close: true });
  }, 200_000);
});
