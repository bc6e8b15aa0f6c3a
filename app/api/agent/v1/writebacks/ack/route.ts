// POST the agent's acknowledgements of pulled writeback items (bearer agent key): each one
// "written" with the PIMS's own line id, or "failed" with a reason. Answers one outcome per ack.
import { z } from "zod";
import { practiceForRequest, jsonError } from "@/lib/sync/agent-auth";
import { ackRequestSchema } from "@/lib/writeback/schemas";
import { ackWritebacks } from "@/lib/writeback/queue";

export async function POST(request: Request) {
  const practiceId = await practiceForRequest(request);
  if (!practiceId) return jsonError(401, "unknown or revoked agent key");
  const parsed = ackRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return jsonError(400, "invalid acknowledgements", z.flattenError(parsed.error).fieldErrors);
  return Response.json({ results: await ackWritebacks(practiceId, parsed.data.acks) });
}
