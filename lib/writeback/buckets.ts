// Reconciliation buckets: where each shipped line stands, in the words staff use. A failing line
// that will be retried and a dead-lettered one are both "failed"; a line waiting for its pet's
// link and one queued for the agent are both "pending".
import type { IneligibleReason, WritebackStatus } from "@/lib/generated/prisma/enums";

export const BUCKETS = [
  "written",
  "not_eligible_otc",
  "not_eligible_compounded",
  "waiting_link",
  "queued",
  "retrying",
  "dead",
] as const;
export type Bucket = (typeof BUCKETS)[number];

export const BUCKET_INFO: Record<
  Bucket,
  { label: string; group: "written" | "not_eligible" | "pending" | "failed"; hint: string }
> = {
  written: { label: "Written back", group: "written", hint: "In the patient's record, with the PIMS's line id" },
  not_eligible_otc: {
    label: "Not eligible: over the counter",
    group: "not_eligible",
    hint: "Not a prescription: never written back",
  },
  not_eligible_compounded: {
    label: "Not eligible: compounding partner",
    group: "not_eligible",
    hint: "Compounded by the compounding partner: never written back",
  },
  waiting_link: {
    label: "Waiting for the pet's PIMS link",
    group: "pending",
    hint: "Written back once the pet is linked to a PIMS patient",
  },
  queued: {
    label: "Queued for the agent",
    group: "pending",
    hint: "Waiting for the agent's next pull, or delivered and not acknowledged yet",
  },
  retrying: { label: "Failed, will retry", group: "failed", hint: "The agent reported a failure; tried again with backoff" },
  dead: { label: "Failed: dead letter", group: "failed", hint: "Out of attempts: retry it once the cause is fixed" },
};

export function bucketOf(item: {
  status: WritebackStatus;
  ineligibleReason: IneligibleReason | null;
  lastError: string | null;
}): Bucket {
  switch (item.status) {
    case "WRITTEN":
      return "written";
    case "NOT_ELIGIBLE":
      return item.ineligibleReason === "OVER_THE_COUNTER" ? "not_eligible_otc" : "not_eligible_compounded";
    case "WAITING_LINK":
      return "waiting_link";
    case "DEAD":
      return "dead";
    case "PENDING":
      return item.lastError ? "retrying" : "queued";
    default:
      return "queued";
  }
}

/** SQL expression of the same buckets over writeback_items aliased `w`. */
export const BUCKET_SQL = `CASE w.status
  WHEN 'WRITTEN' THEN 'written'
  WHEN 'NOT_ELIGIBLE' THEN CASE WHEN w.ineligible_reason = 'OVER_THE_COUNTER' THEN 'not_eligible_otc' ELSE 'not_eligible_compounded' END
  WHEN 'WAITING_LINK' THEN 'waiting_link'
  WHEN 'DEAD' THEN 'dead'
  WHEN 'PENDING' THEN CASE WHEN w.last_error IS NOT NULL THEN 'retrying' ELSE 'queued' END
  ELSE 'queued' END`;
