// GET the practice's due writeback items (bearer agent key). Not a plain read: each item
// returned is leased to the caller (offered again if not acknowledged before the lease ends).
import { HttpError } from "@/lib/http/errors";
import { agentRoute } from "@/lib/http/routes";
import { pullQuerySchema } from "@/lib/writeback/schemas";
import { pullWritebacks } from "@/lib/writeback/queue";
import { DEFAULT_PULL, MAX_PULL } from "@/lib/writeback/settings";

export const dynamic = "force-dynamic";

export const GET = agentRoute({ name: "agent.writebacks.pull" }, async ({ practiceId, request }) => {
  const query = pullQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new HttpError(400, `limit must be a whole number from 1 to ${MAX_PULL}`);
  const { items, leaseSeconds } = await pullWritebacks(practiceId, query.data.limit ?? DEFAULT_PULL);
  return Response.json({ items, lease_seconds: leaseSeconds }, { headers: { "cache-control": "no-store" } });
});
