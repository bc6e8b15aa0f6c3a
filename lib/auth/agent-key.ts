// The sync agent's key, as the edge sees it: one hash (keys are stored only as SHA-256) and one
// lookup of the practice a request's "Authorization: Bearer <agent key>" belongs to. Issuing,
// rotating and revoking keys are onboarding acts (lib/onboarding/agent-keys.ts).
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { bearerToken } from "./bearer";

export const AGENT_KEY_PREFIX = "pl_agent_";

export function hashAgentKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

/** A new key and the part of it shown in lists (the prefix and six characters). */
export function newAgentKey(): { key: string; shown: string } {
  const key = AGENT_KEY_PREFIX + randomBytes(24).toString("base64url");
  return { key, shown: key.slice(0, AGENT_KEY_PREFIX.length + 6) };
}

/** The practice an agent key belongs to, or null for an unknown or revoked key. */
export async function practiceForAgentKey(key: string): Promise<string | null> {
  const row = await db.agentKey.findUnique({
    where: { sha256: hashAgentKey(key) },
    select: { id: true, practiceId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  // Coarse on purpose: one write a minute per key is enough for "last used".
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.agentKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.practiceId;
}

/** The practice of the request's agent key; null for a missing, unknown or revoked key (no hint which). */
export async function practiceForRequest(request: Request): Promise<string | null> {
  const key = bearerToken(request);
  return key ? practiceForAgentKey(key) : null;
}
