// GET the practice's due writeback items (bearer agent key). Not a plain read: each item
// returned is leased to the caller (offered again if not acknowledged before the lease ends).
import { practiceForRequest, jsonError } from "@/lib/sync/agent-auth";
import { pullQuerySchema } from "@/lib/writeback/schemas";
import { pullWritebacks } from "@/lib/writeback/queue";
import { DEFAULT_PULL, MAX_PULL } from "@/lib/writeback/settings";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const practiceId = await practiceForRequest(request);
  if (!practiceId) return jsonError(401, "unknown or revoked agent key");
  const query = pullQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError(400, `limit must be a whole number from 1 to ${MAX_PULL}`);
  const { items, leaseSeconds } = await pullWritebacks(practiceId, query.data.limit ?? DEFAULT_PULL);
  return Response.json({ items, lease_seconds: leaseSeconds }, { headers: { "cache-control": "no-store" } });
}
