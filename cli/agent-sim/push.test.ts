import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContractFileError } from "@/lib/contracts/errors";
import { CHECKPOINT_FILE, readCheckpoint } from "./checkpoint";
import { startFakeServer, type FakeServer } from "./fake-server";
import { AgentHttpError, backoffDelay } from "./http";
import { pushExport, type PushOptions } from "./push";

const CLIENT_HEADER =
  "client_id,first_name,last_name,address1,address2,city,state,postal_code,home_phone,cell_phone,work_phone,email,inactive,updated_at";
const PATIENT_HEADER =
  "patient_id,client_id,name,species,breed,sex,birth_date,weight,weight_unit,deceased,deceased_date,updated_at";

function clientRow(i: number, first = `First${i}`) {
  return `C${i},${first},"Last, ${i}",${i} Main St,,Portland,OR,97201,(503) 555-01${String(i).padStart(2, "0")},,,c${i}@example.com,N,2024-05-01T10:00:00-07:00`;
}
function patientRow(i: number, name = `Pet${i}`) {
  return `P${i},C${(i % 7) + 1},${name},Canine,Beagle,F,2019-03-02,24.5,lb,N,,2024-05-01T10:00:00-07:00`;
}

/** 7 clients and 5 patients: with batch size 3, client batches 3+3+1, patient batches 3+2. */
async function writeExport(dir: string, opts: { clients?: string[]; patients?: string[] } = {}) {
  const clients = opts.clients ?? Array.from({ length: 7 }, (_, i) => clientRow(i + 1));
  const patients = opts.patients ?? Array.from({ length: 5 }, (_, i) => patientRow(i + 1));
  await writeFile(join(dir, "clients.csv"), `${CLIENT_HEADER}\n${clients.join("\n")}\n`);
  await writeFile(join(dir, "patients.csv"), `${PATIENT_HEADER}\n${patients.join("\n")}\n`);
}

let dir: string;
let server: FakeServer;
const retries: string[] = [];
const notes: string[] = [];

function options(extra: Partial<PushOptions> = {}): PushOptions {
  return {
    url: server.url,
    key: server.key,
    dir,
    batchSize: 3,
    agentVersion: "0.1.0",
    retry: { baseDelayMs: 2, maxDelayMs: 10, maxAttempts: 4, timeoutMs: 5_000 },
    events: { onRetry: (what, n) => retries.push(`${what}: ${n.reason}`), onNote: (m) => notes.push(m) },
    ...extra,
  };
}

const batchRequests = () => server.requests.filter((r) => r.path === "/api/agent/v1/batches");

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "agent-push-"));
  await writeExport(dir);
  server = await startFakeServer();
  retries.length = 0;
  notes.length = 0;
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("pushExport", () => {
  it("sends a heartbeat, then clients batches, then patients batches, with the full-load flags", async () => {
    const summary = await pushExport(options());
    expect(server.requests[0].path).toBe("/api/agent/v1/heartbeat");
    expect(server.heartbeats[0]).toMatchObject({ agent_version: "0.1.0", pims_version: "Cornerstone 9.5" });
    expect((server.heartbeats[0] as { last_export_at: string }).last_export_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const batches = server.stored;
    expect(batches.map((b) => [b.clients.length, b.patients.length])).toEqual([
      [3, 0],
      [3, 0],
      [1, 0],
      [0, 3],
      [0, 2],
    ]);
    expect(batches.map((b) => b.mode)).toEqual(["full", "full", "full", "full", "full"]);
    expect(batches.map((b) => b.last)).toEqual([false, false, false, false, true]);
    for (const b of batches) expect([b.expected_clients, b.expected_patients]).toEqual([7, 5]);
    // Records keep the CSV column names and values as text; empty values are left out.
    expect(batches[0].clients[0]).toEqual({
      client_id: "C1",
      first_name: "First1",
      last_name: "Last, 1",
      address1: "1 Main St",
      city: "Portland",
      state: "OR",
      postal_code: "97201",
      home_phone: "(503) 555-0101",
      email: "c1@example.com",
      inactive: "N",
      updated_at: "2024-05-01T10:00:00-07:00",
    });
    expect(batches[3].patients[0]).toMatchObject({ patient_id: "P1", client_id: "C2", weight: "24.5", deceased: "N" });
    expect(batches[3].patients[0]).not.toHaveProperty("deceased_date");

    expect(summary).toMatchObject({
      alreadyComplete: false,
      resumedFromBatch: 0,
      sentBatches: 5,
      sentRecords: 12,
      expected: { clients: 7, patients: 5 },
    });
    expect(summary.totals).toMatchObject({ batches: 5, records: 12, applied: 12, rejected: 0, replayed: 0 });
    const checkpoint = await readCheckpoint(join(dir, CHECKPOINT_FILE));
    expect(checkpoint.status === "ok" && checkpoint.checkpoint).toMatchObject({ acked: 5, completed_at: expect.any(String) });
  });

  it("sends a delta with mode delta and no last flag", async () => {
    await pushExport(options({ mode: "delta" }));
    expect(server.stored.map((b) => b.mode)).toEqual(["delta", "delta", "delta", "delta", "delta"]);
    expect(server.stored.every((b) => b.last !== true)).toBe(true);
  });

  it("derives the same batch ids from the same export, so a second push is answered from the server's store", async () => {
    await pushExport(options());
    const first = server.stored.map((b) => b.batch_id);
    expect(new Set(first).size).toBe(5);
    expect(first[0]).toMatch(/^full-clients-00001-[0-9a-f]{32}$/);

    const again = await pushExport(options({ restart: true }));
    expect(server.batchArrivals.slice(5)).toEqual(first);
    expect(server.stored).toHaveLength(5); // nothing stored twice
    expect(again.totals).toMatchObject({ replayed: 5, applied: 12 });

    // Other content (or mode) gives other ids.
    await writeExport(dir, {
      clients: Array.from({ length: 7 }, (_, i) => clientRow(i + 1, i === 0 ? "Changed" : `First${i + 1}`)),
    });
    await pushExport(options({ restart: true }));
    const third = server.batchArrivals.slice(10);
    expect(third[0]).not.toBe(first[0]);
    expect(third.slice(1)).toEqual(first.slice(1));
  });

  it("keeps the first patients batch until every clients batch is acknowledged, and the last batch until all others are", async () => {
    server.intercept = (r) => (r.path.endsWith("/batches") ? { delayMs: 15 } : undefined);
    await pushExport(options({ concurrency: 2 }));
    const requests = batchRequests();
    // Two clients batches travel together...
    expect(requests[1].inFlightBefore).toBe(1);
    // ...but the first patients batch (4th) leaves only after the 3 clients batches are answered,
    // and the last (5th) only after the 4 before it.
    expect(requests[3].answeredBefore).toBe(3);
    expect(requests[4].answeredBefore).toBe(4);
  });

  it("retries 503, 429 and dropped connections with backoff; every batch is stored once", async () => {
    server.intercept = (r) => {
      if (r.n === 1) return { status: 503 }; // heartbeat
      if (r.n === 3) return { status: 503, body: { error: "the batch could not be stored; retry it" } };
      if (r.n === 5) return { drop: true };
      if (r.n === 7) return { status: 429, headers: { "retry-after": "0" } };
      return undefined;
    };
    const summary = await pushExport(options({ concurrency: 1 }));
    expect(retries).toHaveLength(4);
    expect(retries[0]).toMatch(/^heartbeat: 503/);
    expect(retries.some((r) => r.includes("the batch could not be stored"))).toBe(true);
    expect(retries.some((r) => r.includes("network error"))).toBe(true);
    expect(retries.some((r) => r.includes("429"))).toBe(true);
    expect(server.stored).toHaveLength(5);
    expect(new Set(server.stored.map((b) => b.batch_id)).size).toBe(5);
    expect(summary.totals.applied).toBe(12);
  });

  it("never retries a 4xx other than 429: stops with the server's message", async () => {
    server.intercept = (r) =>
      r.n === 4
        ? { status: 400, body: { error: "invalid batch", details: { mode: ["mode must be full or delta"] } } }
        : undefined;
    const error = await pushExport(options({ concurrency: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentHttpError);
    expect((error as AgentHttpError).status).toBe(400);
    expect((error as Error).message).toContain("400 Bad Request: invalid batch (mode: mode must be full or delta)");
    expect((error as Error).message).toContain("batch 3 (clients.csv rows 7-7)");
    expect(batchRequests()).toHaveLength(3); // no retry, nothing after
    expect(retries).toEqual([]);
    const checkpoint = await readCheckpoint(join(dir, CHECKPOINT_FILE));
    expect(checkpoint.status === "ok" && checkpoint.checkpoint).toMatchObject({ acked: 2, completed_at: null });
  });

  it("a wrong key stops at the heartbeat, before any batch", async () => {
    const error = await pushExport(options({ key: "pl_agent_wrong" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentHttpError);
    expect((error as AgentHttpError).status).toBe(401);
    expect(batchRequests()).toHaveLength(0);
  });

  it("resumes after the last acknowledged batch: no acknowledged batch is sent again", async () => {
    // The server goes down for good at the 4th batch: retries run out, the push fails.
    server.intercept = (r) => (r.path.endsWith("/batches") && batchRequests().length >= 4 ? { status: 503 } : undefined);
    const error = await pushExport(options({ concurrency: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentHttpError);
    expect((error as AgentHttpError).exhausted).toBe(true);
    expect(server.stored).toHaveLength(3);
    const acknowledged = server.stored.map((b) => b.batch_id);

    server.intercept = () => undefined;
    const arrivalsBefore = server.batchArrivals.length;
    const summary = await pushExport(options({ concurrency: 2 }));
    const resent = server.batchArrivals.slice(arrivalsBefore);
    expect(resent).toHaveLength(2);
    for (const id of acknowledged) expect(resent).not.toContain(id);
    expect(server.stored).toHaveLength(5);
    expect(summary.resumedFromBatch).toBe(3);
    expect(notes.some((n) => n.startsWith("resuming after batch 3"))).toBe(true);
    // The summary covers the whole push, both runs.
    expect(summary.totals).toMatchObject({ batches: 5, records: 12, applied: 12 });
    expect(summary.sentRecords).toBe(5);
    expect(server.stored.at(-1)?.last).toBe(true);

    // Finished: a new run of the same export sends nothing; --restart sends it all again.
    const done = await pushExport(options());
    expect(done.alreadyComplete).toBe(true);
    expect(server.batchArrivals).toHaveLength(arrivalsBefore + 2);
    const restarted = await pushExport(options({ restart: true }));
    expect(restarted.sentBatches).toBe(5);
  });

  it("only moves the checkpoint over a batch once every earlier batch is acknowledged", async () => {
    // Batch 1 is slow, batch 2 fast: batch 2 is acknowledged first; then the server dies.
    server.intercept = (r) => {
      if (!r.path.endsWith("/batches")) return undefined;
      const index = server.batchArrivals.length;
      if (index === 1) return { delayMs: 60 };
      if (index === 2) return undefined;
      return { status: 503 };
    };
    await expect(
      pushExport(options({ concurrency: 2, retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 2, timeoutMs: 5_000 } })),
    ).rejects.toBeInstanceOf(AgentHttpError);
    const checkpoint = await readCheckpoint(join(dir, CHECKPOINT_FILE));
    expect(checkpoint.status === "ok" && checkpoint.checkpoint.acked).toBe(2);
  });

  it("starts over (with a note) when the export changed since the checkpoint", async () => {
    server.intercept = (r) => (r.path.endsWith("/batches") && batchRequests().length >= 2 ? { status: 400 } : undefined);
    await expect(pushExport(options({ concurrency: 1 }))).rejects.toBeInstanceOf(AgentHttpError);
    server.intercept = () => undefined;
    await utimes(join(dir, "clients.csv"), new Date(), new Date(Date.now() + 5_000));
    const summary = await pushExport(options());
    expect(summary.resumedFromBatch).toBe(0);
    expect(summary.sentBatches).toBe(5);
    expect(notes.some((n) => n.includes("written for another export"))).toBe(true);
  });

  it("reports rejected records with their file and row", async () => {
    await writeExport(dir, {
      clients: Array.from({ length: 7 }, (_, i) => clientRow(i + 1, i === 4 ? "BAD" : `First${i + 1}`)),
      patients: Array.from({ length: 5 }, (_, i) => patientRow(i + 1, i === 1 ? "BAD" : `Pet${i + 1}`)),
    });
    const summary = await pushExport(options());
    expect(summary.totals).toMatchObject({ applied: 10, rejected: 2 });
    expect(summary.totals.first_errors).toEqual([
      expect.objectContaining({
        file: "clients.csv",
        row: 5,
        type: "client",
        id: "C5",
        field: "first_name",
        message: "is not a name",
      }),
      expect.objectContaining({ file: "patients.csv", row: 2, type: "patient", id: "P2", field: "name" }),
    ]);
  });

  it("holds back rows whose field count differs from the header, naming file and row", async () => {
    await writeExport(dir, { clients: [clientRow(1), "C2,Only,Three", clientRow(3)] });
    const summary = await pushExport(options());
    expect(summary.localProblemCount).toBe(1);
    expect(summary.localProblems[0]).toMatchObject({ file: "clients.csv", row: 2, line: 3 });
    expect(summary.localProblems[0].message).toContain("clients.csv row 2: expected 14 fields like the header, found 3");
    expect(server.stored.flatMap((b) => b.clients.map((c) => c.client_id))).toEqual(["C1", "C3"]);
  });

  it("checks files and headers before sending anything", async () => {
    await writeFile(join(dir, "patients.csv"), "patient_id,client_id,name,species\nP1,C1,Rex,Canine\n");
    const error = await pushExport(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractFileError);
    expect((error as Error).message).toBe("patients.csv line 1: missing required column updated_at in header");

    await rm(join(dir, "clients.csv"));
    await expect(pushExport(options())).rejects.toThrow(/^clients\.csv: file not found/);

    await writeExport(dir, { clients: [clientRow(1), 'C2,"unclosed,x'] });
    await expect(pushExport(options())).rejects.toThrow(/^clients\.csv line 3: malformed CSV: quoted field is never closed/);
    expect(server.requests).toHaveLength(0);
  });

  it("sends one empty last batch for an empty full export", async () => {
    await writeExport(dir, { clients: [], patients: [] });
    await writeFile(join(dir, "clients.csv"), `${CLIENT_HEADER}\n`);
    await writeFile(join(dir, "patients.csv"), `${PATIENT_HEADER}\n`);
    const summary = await pushExport(options());
    expect(server.stored).toEqual([expect.objectContaining({ mode: "full", last: true, clients: [], patients: [] })]);
    expect(summary.expected).toEqual({ clients: 0, patients: 0 });
  });

  it("writes the checkpoint where asked", async () => {
    const path = join(dir, "elsewhere.json");
    await pushExport(options({ checkpointPath: path }));
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ acked: 5, mode: "full", batch_size: 3 });
  });
});

describe("backoffDelay", () => {
  it("doubles up to the cap, with half of it random", () => {
    const policy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1_000, timeoutMs: 1 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0.999999))).toEqual([100, 200, 400, 800, 1000]);
  });
});
