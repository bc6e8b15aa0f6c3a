// POST a batch of PIMS clients and patients from the practice's sync agent (bearer agent key).
import { z } from "zod";
import { practiceForRequest, jsonError } from "@/lib/sync/agent-auth";
import { batchEnvelopeSchema, MAX_BATCH_BYTES, MAX_RECORDS_PER_BATCH } from "@/lib/sync/batch-schema";
import { ingestBatch } from "@/lib/sync/ingest-batch";

export async function POST(request: Request) {
  const practiceId = await practiceForRequest(request);
  if (!practiceId) return jsonError(401, "unknown or revoked agent key");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BATCH_BYTES) return jsonError(413, `batch is ${declared} bytes; the limit is ${MAX_BATCH_BYTES} bytes: send smaller batches`);
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BATCH_BYTES) return jsonError(413, `batch is over the ${MAX_BATCH_BYTES}-byte limit: send smaller batches`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return jsonError(400, "body is not valid JSON");
  }
  const envelope = batchEnvelopeSchema.safeParse(json);
  if (!envelope.success) return jsonError(400, "invalid batch", z.flattenError(envelope.error).fieldErrors);
  const count = envelope.data.clients.length + envelope.data.patients.length;
  if (count > MAX_RECORDS_PER_BATCH) return jsonError(413, `batch holds ${count} records; the limit is ${MAX_RECORDS_PER_BATCH}: send smaller batches`);
  try {
    return Response.json(await ingestBatch(practiceId, envelope.data));
  } catch (error) {
    console.error("batch ingest failed:", (error as Error).message);
    return jsonError(500, "the batch could not be stored; nothing was written, retry it");
  }
}
