/**
 * Test helper: a tiny PIMS Link agent API on node:http that stores batches by id (a replay
 * gets the stored result, like the real server), records every request, and lets a test fail
 * chosen requests (status, dropped connection, delay). Records whose first_name or name is
 * "BAD" are rejected with a reason, like the real per-record validation.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BatchResult, RecordError } from "@/lib/sync/batch-schema";

interface ReceivedBatch {
  batch_id: string;
  mode: "full" | "delta";
  last?: boolean;
  expected_clients?: number;
  expected_patients?: number;
  clients: Record<string, string>[];
  patients: Record<string, string>[];
}

interface FakeRequest {
  /** 1-based over all requests of the server (heartbeats included). */
  n: number;
  path: string;
  authorization: string | undefined;
  body: unknown;
  /** Batches answered (2xx) before this request arrived. */
  answeredBefore: number;
  /** Requests being handled when this one arrived (itself excluded). */
  inFlightBefore: number;
}

/** What to do with a request: answer normally, fail it, or drop the connection. */
type Intercept =
  undefined | { status: number; body?: unknown; headers?: Record<string, string> } | { drop: true } | { delayMs: number };

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  /** Batches in the order they were first stored (replays excluded). */
  stored: ReceivedBatch[];
  /** Batch ids in the order their requests arrived (replays and retries included). */
  batchArrivals: string[];
  heartbeats: unknown[];
  key: string;
  intercept: (request: FakeRequest) => Intercept;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function resultFor(batch: ReceivedBatch): BatchResult {
  const errors: RecordError[] = [];
  batch.clients.forEach((c, position) => {
    if (c.first_name === "BAD")
      errors.push({ type: "client", id: c.client_id ?? null, position, field: "first_name", message: "is not a name" });
  });
  batch.patients.forEach((p, position) => {
    if (p.name === "BAD")
      errors.push({ type: "patient", id: p.patient_id ?? null, position, field: "name", message: "is not a name" });
  });
  const received = batch.clients.length + batch.patients.length;
  return {
    batch_id: batch.batch_id,
    status: errors.length === 0 ? "succeeded" : errors.length === received ? "failed" : "partial",
    received,
    applied: received - errors.length,
    rejected: errors.length,
    pending_changes: 0,
    errors,
  };
}

export async function startFakeServer(key = "pl_agent_test"): Promise<FakeServer> {
  const results = new Map<string, BatchResult>();
  let answered = 0;
  let inFlight = 0;
  const state: Omit<FakeServer, "url" | "close"> = {
    requests: [],
    stored: [],
    batchArrivals: [],
    heartbeats: [],
    key,
    intercept: () => undefined,
  };

  const server = createServer(async (req, res) => {
    inFlight += 1;
    try {
      const text = await readBody(req);
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      const request: FakeRequest = {
        n: state.requests.length + 1,
        path: req.url ?? "",
        authorization: req.headers.authorization,
        body,
        answeredBefore: answered,
        inFlightBefore: inFlight - 1,
      };
      state.requests.push(request);
      if (request.path === "/api/agent/v1/batches") state.batchArrivals.push((body as ReceivedBatch).batch_id);

      const action = state.intercept(request);
      if (action && "drop" in action) {
        req.socket.destroy();
        return;
      }
      if (action && "delayMs" in action) await new Promise((r) => setTimeout(r, action.delayMs));
      if (action && "status" in action) {
        reply(res, action.status, action.body ?? { error: `failing on purpose (${action.status})` }, action.headers);
        return;
      }
      if (req.headers.authorization !== `Bearer ${state.key}`) {
        reply(res, 401, { error: "unknown or revoked agent key" });
        return;
      }
      if (request.path === "/api/agent/v1/heartbeat") {
        state.heartbeats.push(body);
        reply(res, 200, { ok: true });
        return;
      }
      if (request.path !== "/api/agent/v1/batches") {
        reply(res, 404, { error: "not found" });
        return;
      }
      const batch = body as ReceivedBatch;
      batch.clients ??= [];
      batch.patients ??= [];
      const previous = results.get(batch.batch_id);
      if (previous) {
        answered += 1;
        reply(res, 200, { ...previous, replayed: true });
        return;
      }
      const result = resultFor(batch);
      results.set(batch.batch_id, result);
      state.stored.push(batch);
      answered += 1;
      reply(res, 200, result);
    } finally {
      inFlight -= 1;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const fake = state as FakeServer;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
