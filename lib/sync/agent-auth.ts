// Authenticates the sync agent: "Authorization: Bearer <agent key>" of one practice. A wrong or
// revoked key gets 401 and no hint about which it was.
import { db } from "@/lib/db/client";
import { hashAgentKey } from "@/lib/onboarding/agent-keys";

export async function practiceForRequest(request: Request): Promise<string | null> {
  const header = request.headers.get("authorization") ?? "";
  const key = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!key) return null;
  const row = await db.agentKey.findUnique({ where: { sha256: hashAgentKey(key) }, select: { id: true, practiceId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  // Coarse on purpose: one write a minute per key is enough for "last used".
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.agentKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.practiceId;
}

export function jsonError(status: number, error: string, details?: unknown) {
  return Response.json({ error, ...(details ? { details } : {}) }, { status });
}
