// The sync agent's key, as the edge sees it: one hash (keys are stored only as SHA-256) and one
// lookup of the practice (and its state) a presented agent key belongs to. Issuing,
// rotating and revoking keys are onboarding acts (lib/onboarding/agent-keys.ts).
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";

const AGENT_KEY_PREFIX = "pl_agent_";

export function hashAgentKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

/** A new key and the part of it shown in lists (the prefix and six characters). */
export function newAgentKey(): { key: string; shown: string } {
  const key = AGENT_KEY_PREFIX + randomBytes(24).toString("base64url");
  return { key, shown: key.slice(0, AGENT_KEY_PREFIX.length + 6) };
}

/**
 * The practice an agent key belongs to and whether the key may act now, or null for an unknown
 * or revoked key. A cancelled practice's keys are suspended, not revoked: resuming the practice
 * restores them, so the agent on the practice's server needs no new key.
 */
export async function agentKeyAccess(key: string): Promise<{ practiceId: string; suspended: null | { status: string } } | null> {
  const row = await db.agentKey.findUnique({
    where: { sha256: hashAgentKey(key) },
    select: { id: true, practiceId: true, revokedAt: true, lastUsedAt: true, practice: { select: { status: true } } },
  });
  if (!row || row.revokedAt) return null;
  if (row.practice.status === "CANCELLED") return { practiceId: row.practiceId, suspended: { status: "Cancelled" } };
  // Coarse on purpose: one write a minute per key is enough for "last used".
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.agentKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { practiceId: row.practiceId, suspended: null };
}

/** The practice an agent key may act for now, or null for an unknown, revoked or suspended key. */
export async function practiceForAgentKey(key: string): Promise<string | null> {
  const access = await agentKeyAccess(key);
  return access && !access.suspended ? access.practiceId : null;
}
