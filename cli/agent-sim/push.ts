/**
 * The agent simulator's push: an export folder (clients.csv + patients.csv) to
 * `POST {url}/api/agent/v1/batches`, the way the practice's sync agent sends it.
 *
 * 1. Check both files and headers, count their rows (cheap scan that also checks quoting).
 * 2. Load the checkpoint: the same export, server, key, mode and batch size resumes after the
 *    last acknowledged batch; a completed one is not pushed again unless `restart`.
 * 3. Heartbeat (agent and PIMS versions, export time).
 * 4. Stream batches (clients first), up to `concurrency` requests in flight. Two barriers
 *    keep the server's view consistent: the first patients batch waits until every clients
 *    batch is acknowledged (patients need their owners), and the `last` batch of a full load
 *    waits for all others (it marks the first load complete).
 * Batch ids are deterministic: a hash of the batch's own content (mode, flags, expected
 * counts, records) plus its file and position, so a re-run sends the same ids and the server
 * answers already stored batches with their stored result, changing nothing.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { BatchResult } from "@/lib/sync/batch-schema";
import {
  CheckpointWriter,
  CHECKPOINT_FILE,
  checkpointIdentity,
  emptyTotals,
  FIRST_ERRORS_KEPT,
  readCheckpoint,
  removeCheckpoint,
  type Checkpoint,
  type PushTotals,
} from "./checkpoint";
import {
  checkHeader,
  countRows,
  EXPORT_FILES,
  exportBatches,
  RECORD_KINDS,
  statExportFiles,
  type Batch,
  type LocalProblem,
  type RecordKind,
} from "./export-files";
import { DEFAULT_RETRY_POLICY, type RetryNotice, type RetryPolicy } from "./http";
import { agentClient, dataOf, type AgentApi } from "./agent-client";

export const DEFAULT_BATCH_SIZE = 5_000;
export const DEFAULT_CONCURRENCY = 2;
export const DEFAULT_PIMS_VERSION = "Cornerstone 9.5";

/** What the push tells its caller while it runs (all optional). */
interface PushEvents {
  /** Once, before the first batch: records in the export and those already acknowledged. */
  onStart?(info: { total: number; done: number; resumedFromBatch: number }): void;
  /** After each acknowledged batch: records acknowledged so far (whole push). */
  onProgress?(done: number, total: number): void;
  /** A try failed and will be retried. */
  onRetry?(what: string, notice: RetryNotice): void;
  /** Notes for people (resume, ignored checkpoint, held-back rows). */
  onNote?(message: string): void;
}

export interface PushOptions {
  /** Server base URL, e.g. http://localhost:3000. */
  url: string;
  key: string;
  dir: string;
  mode?: "full" | "delta";
  batchSize?: number;
  /** Default: DIR/.pims-link-push.json */
  checkpointPath?: string;
  /** Ignore (and replace) an existing checkpoint. */
  restart?: boolean;
  concurrency?: number;
  agentVersion: string;
  pimsVersion?: string;
  retry?: Partial<RetryPolicy>;
  events?: PushEvents;
  fetch?: typeof fetch;
  /** The re-sync request this push answers (the heartbeat's `resync.id`): every batch names it, the final one completes it. */
  resyncId?: string;
}

export interface PushSummary {
  dir: string;
  mode: "full" | "delta";
  checkpointPath: string;
  /** Nothing was sent: the checkpoint says this export was already pushed completely. */
  alreadyComplete: boolean;
  /** Batch the push resumed from (0 for a fresh push). */
  resumedFromBatch: number;
  expected: { clients: number; patients: number };
  /** Whole push, including batches acknowledged before a resume. */
  totals: PushTotals;
  /** Batches and records sent by this run. */
  sentBatches: number;
  sentRecords: number;
  /** Rows held back by the agent (wrong field count), with their file and row. */
  localProblems: LocalProblem[];
  localProblemCount: number;
  seconds: number;
  /** Records acknowledged by this run per second of this run. */
  recordsPerSecond: number;
}

const LOCAL_PROBLEMS_KEPT = 20;

function batchIdFor(batch: Batch, payloadHash: string, mode: string): string {
  return `${mode}-${batch.kind}s-${String(batch.fileIndex + 1).padStart(5, "0")}-${payloadHash.slice(0, 32)}`;
}

/** The request body and its deterministic id. */
function buildBatchBody(
  batch: Batch,
  mode: "full" | "delta",
  expected: { clients: number; patients: number },
  resyncId?: string,
): { batchId: string; body: string; envelope: AgentApi["BatchRequest"] } {
  // Typed by the API document; records are the export's rows as read (the server validates each).
  const fields: Omit<AgentApi["BatchRequest"], "batch_id"> = {
    mode,
    last: (mode === "full" || resyncId !== undefined) && batch.last,
    ...(resyncId ? { resync_id: resyncId } : {}),
    expected_clients: expected.clients,
    expected_patients: expected.patients,
    clients: batch.kind === "client" ? (batch.records as unknown as AgentApi["PimsClient"][]) : [],
    patients: batch.kind === "patient" ? (batch.records as unknown as AgentApi["PimsPatient"][]) : [],
  };
  const payload = JSON.stringify(fields);
  const hash = createHash("sha256").update(`${batch.kind}\n${batch.fileIndex}\n`).update(payload).digest("hex");
  const batchId = batchIdFor(batch, hash, mode);
  // The id goes first; the rest is the hashed payload as is.
  return {
    batchId,
    body: `{"batch_id":${JSON.stringify(batchId)},${payload.slice(1)}`,
    envelope: { batch_id: batchId, ...fields },
  };
}

function isBatchResult(value: unknown): value is BatchResult {
  const v = value as Partial<BatchResult> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.received === "number" &&
    typeof v.applied === "number" &&
    typeof v.rejected === "number"
  );
}

class PushError extends Error {
  override readonly name = "PushError";
}

export async function pushExport(options: PushOptions): Promise<PushSummary> {
  const started = performance.now();
  const dir = resolve(options.dir);
  const mode = options.mode ?? "full";
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const checkpointPath = resolve(options.checkpointPath ?? `${dir}/${CHECKPOINT_FILE}`);
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const events = options.events ?? {};
  const base = options.url.replace(/\/+$/, "");

  // 1. Files, headers, counts: every file problem surfaces before anything is sent.
  const files = await statExportFiles(dir);
  for (const f of files) await checkHeader(f.path, f.kind);
  const [clients, patients] = await Promise.all(files.map((f) => countRows(f.path, f.kind)));
  const expected = { clients, patients };
  const total = clients + patients;

  // 2. Checkpoint.
  const identity = checkpointIdentity({ dir, url: base, key: options.key, mode, batchSize, files });
  let checkpoint: Checkpoint | null = null;
  if (options.restart) {
    await removeCheckpoint(checkpointPath);
  } else {
    const read = await readCheckpoint(checkpointPath);
    if (read.status === "unreadable") events.onNote?.(`ignoring checkpoint ${checkpointPath}: ${read.reason}`);
    if (read.status === "ok") {
      if (read.checkpoint.identity === identity) checkpoint = read.checkpoint;
      else
        events.onNote?.(
          `ignoring checkpoint ${checkpointPath}: it was written for another export, server, key, mode or batch size`,
        );
    }
  }
  const summaryBase = { dir, mode, checkpointPath, expected };
  if (checkpoint?.completed_at) {
    events.onNote?.(
      `this export was already pushed completely at ${checkpoint.completed_at} (checkpoint ${checkpointPath}); use --restart to push it again`,
    );
    return {
      ...summaryBase,
      alreadyComplete: true,
      resumedFromBatch: checkpoint.acked,
      totals: checkpoint.totals,
      sentBatches: 0,
      sentRecords: 0,
      localProblems: [],
      localProblemCount: 0,
      seconds: (performance.now() - started) / 1000,
      recordsPerSecond: 0,
    };
  }
  const now = new Date().toISOString();
  const state: Checkpoint = checkpoint ?? {
    version: 1,
    identity,
    dir,
    url: base,
    mode,
    batch_size: batchSize,
    acked: 0,
    last_batch_id: null,
    completed_at: null,
    started_at: now,
    updated_at: now,
    totals: emptyTotals(),
  };
  const resumedFromBatch = state.acked;
  if (resumedFromBatch > 0) {
    events.onNote?.(
      `resuming after batch ${resumedFromBatch} (${state.totals.records} records already acknowledged; checkpoint ${checkpointPath})`,
    );
  }
  const writer = new CheckpointWriter(checkpointPath);

  // 3. Heartbeat: a wrong key or URL stops the push before any data is read.
  const lastExportAt = new Date(Math.max(...files.map((f) => f.mtimeMs))).toISOString();
  const heartbeat = agentClient(base, options.key, {
    policy,
    fetch: options.fetch,
    onRetry: (n) => events.onRetry?.("heartbeat", n),
  });
  await dataOf(
    heartbeat.POST("/api/agent/v1/heartbeat", {
      body: {
        agent_version: options.agentVersion,
        pims_version: options.pimsVersion ?? DEFAULT_PIMS_VERSION,
        last_export_at: lastExportAt,
      },
    }),
  );

  // 4. Batches.
  events.onStart?.({ total, done: state.totals.records, resumedFromBatch });
  const localProblems: LocalProblem[] = [];
  let localProblemCount = 0;
  const onProblem = (problem: LocalProblem) => {
    localProblemCount += 1;
    if (localProblems.length < LOCAL_PROBLEMS_KEPT) localProblems.push(problem);
  };

  /** Results of acknowledged batches past the checkpoint's prefix, by batch index. */
  const answered = new Map<number, { batch: Batch; batchId: string; result: BatchResult }>();
  const inFlight = new Map<number, Promise<void>>();
  let failure: unknown = null;
  let sentBatches = 0;
  let sentRecords = 0;
  let acknowledgedRecords = state.totals.records;

  const fold = (batch: Batch, batchId: string, result: BatchResult) => {
    const t = state.totals;
    t.batches += 1;
    t.records += result.received;
    t.applied += result.applied;
    t.rejected += result.rejected;
    t.pending_changes += result.pending_changes ?? 0;
    if (result.replayed) t.replayed += 1;
    for (const e of result.errors ?? []) {
      if (t.first_errors.length >= FIRST_ERRORS_KEPT) break;
      const file = EXPORT_FILES[e.type === "patient" ? "patient" : "client"].fileName;
      t.first_errors.push({ ...e, file, row: batch.rows[e.position] ?? null, batch_id: batchId });
    }
    state.acked = batch.index + 1;
    state.last_batch_id = batchId;
  };

  const acknowledge = (batch: Batch, batchId: string, result: BatchResult) => {
    answered.set(batch.index, { batch, batchId, result });
    acknowledgedRecords += batch.records.length;
    // Advance over the contiguous prefix only.
    let moved = false;
    for (let next = answered.get(state.acked); next; next = answered.get(state.acked)) {
      answered.delete(state.acked);
      fold(next.batch, next.batchId, next.result);
      moved = true;
    }
    if (moved) {
      state.updated_at = new Date().toISOString();
      writer.save(state);
    }
    events.onProgress?.(Math.min(acknowledgedRecords + localProblemCount, total), total);
  };

  const send = (batch: Batch) => {
    const { batchId, body, envelope } = buildBatchBody(batch, mode, expected, options.resyncId);
    const what = `batch ${batch.index + 1} (${EXPORT_FILES[batch.kind].fileName} rows ${batch.rows[0] ?? "-"}-${batch.rows[batch.rows.length - 1] ?? "-"})`;
    sentBatches += 1;
    sentRecords += batch.records.length;
    const client = agentClient(base, options.key, { policy, fetch: options.fetch, onRetry: (n) => events.onRetry?.(what, n) });
    // The body goes out as the text its batch id was hashed from.
    const request = dataOf(client.POST("/api/agent/v1/batches", { body: envelope, bodySerializer: () => body }))
      .then((answer: unknown) => {
        if (!isBatchResult(answer)) throw new PushError(`${what}: the server's answer is not a batch result`);
        acknowledge(batch, batchId, answer);
      })
      .catch((error: unknown) => {
        failure ??= error instanceof Error ? Object.assign(error, { message: `${what}: ${error.message}` }) : error;
      })
      .finally(() => inFlight.delete(batch.index));
    inFlight.set(batch.index, request);
  };

  const drain = async () => {
    while (inFlight.size > 0) await Promise.all(inFlight.values());
  };

  let previousKind: RecordKind | null = null;
  for await (const batch of exportBatches(dir, {
    batchSize,
    onProblem,
    allowEmpty: mode === "full" || options.resyncId !== undefined,
  })) {
    if (failure) break;
    const firstOfKind = batch.kind !== previousKind;
    previousKind = batch.kind;
    if (batch.index < resumedFromBatch) continue;
    // Barriers: owners before their patients; the last batch of a full load after all others.
    if ((firstOfKind && batch.kind === RECORD_KINDS[1]) || ((mode === "full" || options.resyncId) && batch.last)) await drain();
    while (inFlight.size >= concurrency) await Promise.race(inFlight.values());
    if (failure) break;
    send(batch);
  }
  await drain();
  await writer.flush().catch((error: unknown) => {
    failure ??= new PushError(`cannot write the checkpoint ${checkpointPath}: ${(error as Error).message}`);
  });
  if (failure) throw failure;

  state.completed_at = new Date().toISOString();
  state.updated_at = state.completed_at;
  writer.save(state);
  await writer.flush();
  if (localProblemCount > 0)
    events.onNote?.(`${localProblemCount} row${localProblemCount === 1 ? "" : "s"} not sent (wrong number of fields)`);

  const seconds = (performance.now() - started) / 1000;
  return {
    ...summaryBase,
    alreadyComplete: false,
    resumedFromBatch,
    totals: state.totals,
    sentBatches,
    sentRecords,
    localProblems,
    localProblemCount,
    seconds,
    recordsPerSecond: seconds > 0 ? sentRecords / seconds : 0,
  };
}
