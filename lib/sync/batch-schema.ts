// The agent's batch envelope (POST /api/agent/v1/batches). Records inside keep the contract's
// CSV column names (../shared/contracts/data-files.md) and are validated one by one.
import { z } from "zod";

export { MAX_BATCH_BYTES, MAX_RECORDS_PER_BATCH } from "./batch-limits";

export const batchEnvelopeSchema = z.object({
  batch_id: z.string().trim().min(1, "batch_id is required").max(200, "batch_id is at most 200 characters"),
  mode: z.enum(["full", "delta"], { message: 'mode must be "full" (first load) or "delta"' }),
  /** The last batch of a full load: the first load is complete once it is applied. */
  last: z.boolean().optional().default(false),
  /** Rows in the whole export, so the first load can show progress and an ETA. */
  expected_clients: z.number().int().min(0).optional(),
  expected_patients: z.number().int().min(0).optional(),
  /** The re-sync request (heartbeat answer's `resync.id`) this batch answers; `last` completes it. */
  resync_id: z.string().trim().min(1).max(64).optional(),
  clients: z.array(z.unknown()).optional().default([]),
  patients: z.array(z.unknown()).optional().default([]),
});
export type BatchEnvelope = z.output<typeof batchEnvelopeSchema>;

export const heartbeatSchema = z.object({
  agent_version: z.string().trim().min(1, "agent_version is required").max(50),
  pims_version: z.string().trim().min(1, "pims_version is required").max(50),
  last_export_at: z.iso
    .datetime({ offset: true, message: "last_export_at must be an ISO 8601 timestamp with offset" })
    .optional(),
  /** false when the agent cannot read the PIMS (the health rule's "PIMS unreachable"). */
  pims_reachable: z.boolean({ error: "pims_reachable must be true or false" }).optional(),
});
export type Heartbeat = z.output<typeof heartbeatSchema>;

export type RecordError = {
  type: "client" | "patient";
  id: string | null;
  position: number;
  field: string | null;
  message: string;
};

export type BatchResult = {
  batch_id: string;
  status: "succeeded" | "partial" | "failed";
  received: number;
  applied: number;
  rejected: number;
  pending_changes: number;
  errors: RecordError[];
  replayed?: boolean;
};
