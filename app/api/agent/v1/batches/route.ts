// POST a batch of PIMS clients and patients from the practice's sync agent (bearer agent key).
import { HttpError } from "@/lib/http/errors";
import { agentRoute } from "@/lib/http/routes";
import { batchEnvelopeSchema, MAX_BATCH_BYTES, MAX_RECORDS_PER_BATCH } from "@/lib/sync/batch-schema";
import { ingestBatch } from "@/lib/sync/ingest-batch";

export const POST = agentRoute(
  {
    name: "agent.batches",
    body: {
      schema: batchEnvelopeSchema,
      maxBytes: MAX_BATCH_BYTES,
      noun: "batch",
      tooLargeHint: ": send smaller batches",
      invalid: "invalid batch",
    },
    // ingestBatch throws only before its transaction commits; what follows the commit never fails the answer.
    failure: "the batch could not be stored; nothing was written, retry it",
  },
  async ({ practiceId }, batch) => {
    const count = batch.clients.length + batch.patients.length;
    if (count > MAX_RECORDS_PER_BATCH)
      throw new HttpError(413, `batch holds ${count} records; the limit is ${MAX_RECORDS_PER_BATCH}: send smaller batches`);
    return Response.json(await ingestBatch(practiceId, batch));
  },
);
