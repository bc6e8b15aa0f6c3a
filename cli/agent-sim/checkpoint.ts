/**
 * The push checkpoint: which batches of an export the server acknowledged, so a killed push
 * resumes after the last acknowledged one. Only a prefix is recorded (batches 0..acked-1):
 * with two requests in flight a later batch may be answered first, but the checkpoint moves
 * past a batch only once it and every earlier one are acknowledged. Written atomically (temp
 * file + fsync + rename), so a kill at any moment leaves the old or the new version.
 *
 * A checkpoint belongs to one export (folder, file sizes and times), server, key, mode and
 * batch size: `identity` hashes them, and a checkpoint of another identity is ignored.
 */
import { createHash } from "node:crypto";
import { open, readFile, rename, rm } from "node:fs/promises";
import type { RecordError } from "@/lib/sync/batch-schema";
import type { ExportFileInfo } from "./export-files";

export const CHECKPOINT_FILE = ".pims-link-push.json";
const VERSION = 1;

/** A rejected record as reported to people: the server's reason plus where it is in the file. */
interface PushRecordError extends RecordError {
  file: string;
  /** Data row in the file (1-based, header excluded), when known. */
  row: number | null;
  batch_id: string;
}

export interface PushTotals {
  /** Batches acknowledged. */
  batches: number;
  /** Records the server received in acknowledged batches. */
  records: number;
  applied: number;
  rejected: number;
  pending_changes: number;
  /** Batches the server answered from its store (sent before; nothing changed). */
  replayed: number;
  /** The first rejected records (up to FIRST_ERRORS_KEPT). */
  first_errors: PushRecordError[];
}

export const FIRST_ERRORS_KEPT = 20;

export function emptyTotals(): PushTotals {
  return { batches: 0, records: 0, applied: 0, rejected: 0, pending_changes: 0, replayed: 0, first_errors: [] };
}

export interface Checkpoint {
  version: number;
  identity: string;
  /** For people reading the file. */
  dir: string;
  url: string;
  mode: "full" | "delta";
  batch_size: number;
  /** Batches 0..acked-1 are acknowledged. */
  acked: number;
  /** Id of the last acknowledged batch (batch acked-1). */
  last_batch_id: string | null;
  /** Set once every batch is acknowledged. */
  completed_at: string | null;
  started_at: string;
  updated_at: string;
  totals: PushTotals;
}

export interface IdentityInput {
  dir: string;
  url: string;
  key: string;
  mode: "full" | "delta";
  batchSize: number;
  files: ExportFileInfo[];
}

export function checkpointIdentity(input: IdentityInput): string {
  const keyHash = createHash("sha256").update(input.key).digest("hex");
  const files = input.files.map((f) => ({ file: f.file, size: f.size, mtimeMs: f.mtimeMs }));
  return createHash("sha256")
    .update(
      JSON.stringify({
        v: VERSION,
        dir: input.dir,
        url: input.url,
        key: keyHash,
        mode: input.mode,
        batchSize: input.batchSize,
        files,
      }),
    )
    .digest("hex");
}

export type CheckpointRead =
  { status: "none" } | { status: "unreadable"; reason: string } | { status: "ok"; checkpoint: Checkpoint };

export async function readCheckpoint(path: string): Promise<CheckpointRead> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "none" };
    return { status: "unreadable", reason: (error as Error).message };
  }
  try {
    const parsed = JSON.parse(text) as Partial<Checkpoint>;
    if (
      parsed.version !== VERSION ||
      typeof parsed.identity !== "string" ||
      typeof parsed.acked !== "number" ||
      !Number.isInteger(parsed.acked) ||
      parsed.acked < 0 ||
      typeof parsed.totals !== "object" ||
      parsed.totals === null
    ) {
      return { status: "unreadable", reason: "not a pims-link push checkpoint of this version" };
    }
    return { status: "ok", checkpoint: { ...parsed, totals: { ...emptyTotals(), ...parsed.totals } } as Checkpoint };
  } catch {
    return { status: "unreadable", reason: "not valid JSON" };
  }
}

let tempCounter = 0;

/** Replaces the checkpoint atomically: a reader sees the old or the new file, never a mix. */
async function writeCheckpoint(path: string, checkpoint: Checkpoint): Promise<void> {
  const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(`${JSON.stringify(checkpoint, null, 2)}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function removeCheckpoint(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Serializes checkpoint writes (acknowledgements can arrive together) and keeps only the
 * newest pending state: a burst of acks costs at most one extra write.
 */
export class CheckpointWriter {
  private chain: Promise<void> = Promise.resolve();
  private pending: Checkpoint | null = null;
  private failure: unknown = null;

  constructor(private readonly path: string) {}

  save(checkpoint: Checkpoint): void {
    const idle = this.pending === null;
    this.pending = structuredClone(checkpoint);
    if (!idle) return;
    this.chain = this.chain.then(async () => {
      const next = this.pending;
      this.pending = null;
      if (next === null) return;
      try {
        await writeCheckpoint(this.path, next);
      } catch (error) {
        this.failure ??= error;
      }
    });
  }

  /** Waits for every save so far; rethrows the first write failure. */
  async flush(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure;
  }
}
