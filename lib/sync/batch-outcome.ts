// A batch's honest outcome, in one place. Before the first load completes every accepted record
// is stored; after it the update policy decides, and a batch whose records are all identical to
// (or older than) what is stored changed nothing: "nothing to apply", never "succeeded".
import type { BatchResult } from "./batch-schema";

type Facts = {
  /** True once the first load is complete: the update policy applies. */
  policy: boolean;
  received: number;
  /** Records that passed validation (received minus rejected and superseded duplicates). */
  accepted: number;
  errors: number;
  /** entity|pims_id of every change applied or newly queued for review (one record may repeat). */
  changedRecords: string[];
};

export function batchOutcome({ policy, received, accepted, errors, changedRecords }: Facts): {
  status: BatchResult["status"];
  /** Records stored (first load) or changed by the batch (after it). */
  applied: number;
} {
  if (received > 0 && accepted === 0) return { status: "failed", applied: 0 };
  const applied = policy ? new Set(changedRecords).size : accepted;
  if (errors > 0) return { status: "partial", applied };
  if (policy && applied === 0) return { status: "nothing_to_apply", applied };
  return { status: "succeeded", applied };
}
