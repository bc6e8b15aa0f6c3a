// The agent's batch envelope (POST /api/agent/v1/batches). Records inside keep the contract's
// CSV column names (../shared/contracts/data-files.md) and are validated one by one.
import { z } from "zod";
import { isStorableText, RECORD_CHANGE_RANGE, timestampOutsideRange } from "@/lib/contracts/fields";
import { resyncInstructionSchema } from "@/lib/resync/schemas";

/** Text the database can store: no NUL, no broken Unicode (see lib/contracts/fields.ts). */
const storableMessage = (field: string) => `${field} contains a NUL character or broken Unicode`;

export { MAX_BATCH_BYTES, MAX_RECORDS_PER_BATCH } from "./batch-limits";

/** Most records one practice's export can announce: well above any PIMS, well inside an INTEGER column. */
const MAX_EXPECTED_RECORDS = 50_000_000;
const expectedCount = (field: string) =>
  z
    .number({ message: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(0, `${field} must not be negative`)
    .max(MAX_EXPECTED_RECORDS, `${field} must be at most ${MAX_EXPECTED_RECORDS}`)
    .optional();

export const batchEnvelopeSchema = z.object({
  batch_id: z
    .string()
    .trim()
    .min(1, "batch_id is required")
    .max(200, "batch_id is at most 200 characters")
    .refine(isStorableText, storableMessage("batch_id")),
  mode: z.enum(["full", "delta"], { message: 'mode must be "full" (first load) or "delta"' }),
  /** The last batch of a full load: the first load is complete once it is applied. */
  last: z.boolean().optional().default(false),
  /** Rows in the whole export, so the first load can show progress and an ETA. */
  expected_clients: expectedCount("expected_clients"),
  expected_patients: expectedCount("expected_patients"),
  /** The re-sync request (heartbeat answer's `resync.id`) this batch answers; `last` completes it. */
  resync_id: z.string().trim().min(1).max(64).refine(isStorableText, storableMessage("resync_id")).optional(),
  clients: z.array(z.unknown()).optional().default([]),
  patients: z.array(z.unknown()).optional().default([]),
});
export type BatchEnvelope = z.output<typeof batchEnvelopeSchema>;

export const heartbeatSchema = z.object({
  agent_version: z
    .string()
    .trim()
    .min(1, "agent_version is required")
    .max(50, "agent_version is at most 50 characters")
    .refine(isStorableText, storableMessage("agent_version")),
  pims_version: z
    .string()
    .trim()
    .min(1, "pims_version is required")
    .max(50, "pims_version is at most 50 characters")
    .refine(isStorableText, storableMessage("pims_version")),
  last_export_at: z.iso
    .datetime({ offset: true, message: "last_export_at must be an ISO 8601 timestamp with offset" })
    .superRefine((s, ctx) => {
      const instant = new Date(s);
      if (Number.isNaN(instant.getTime())) return; // not a timestamp at all: said above
      const problem = timestampOutsideRange(instant, RECORD_CHANGE_RANGE);
      if (problem) ctx.addIssue({ code: "custom", message: `last_export_at ${problem}` });
    })
    .optional(),
  /** false when the agent cannot read the PIMS (the health rule's "PIMS unreachable"). */
  pims_reachable: z.boolean({ error: "pims_reachable must be true or false" }).optional(),
});
export type Heartbeat = z.output<typeof heartbeatSchema>;

/** One rejected record of a batch: which one, which field, and why. */
export const recordErrorSchema = z.object({
  type: z.enum(["client", "patient"]),
  /** The record's client_id / patient_id, when it had one. */
  id: z.string().nullable(),
  /** Index of the record in the batch's clients or patients array. */
  position: z.number().int().min(0),
  field: z.string().nullable(),
  message: z.string(),
});
export type RecordError = z.infer<typeof recordErrorSchema>;

/** The answer to a batch (and, unchanged, to every replay of the same batch_id). */
export const batchResultSchema = z.object({
  batch_id: z.string(),
  /** nothing_to_apply: after the first load, every record was identical to (or older than) what is stored. */
  status: z.enum(["succeeded", "partial", "failed", "nothing_to_apply"]),
  received: z.number().int(),
  applied: z.number().int(),
  rejected: z.number().int(),
  /** Changes held for staff review by the update policy. */
  pending_changes: z.number().int(),
  errors: z.array(recordErrorSchema),
  /** True when this batch_id was already stored: nothing was changed again. */
  replayed: z.boolean().optional(),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

export const heartbeatAnswerSchema = z.object({
  ok: z.literal(true),
  /** null, or the re-sync staff asked for: the agent learns it without another connection. */
  resync: resyncInstructionSchema,
});
export type HeartbeatAnswer = z.infer<typeof heartbeatAnswerSchema>;
