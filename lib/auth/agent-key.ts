// The sync agent's key, as the edge sees it: one hash (keys are stored only as SHA-256) and one
// lookup of the practice (and its state) a presented agent key belongs to. Issuing,
// rotating and revoking keys are onboarding acts (lib/onboarding/agent-keys.ts).
import { createHash, randomBytes } from "node:crypto";
import { pool } from "@/lib/db/pool";

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
 *
 * Every agent request starts here, so it is one statement: the lookup, and the key's "last used"
 * time moved when it is over a minute old (coarse on purpose: one write a minute per key is
 * enough, and a key that is not allowed to act is not marked used).
 */
export async function agentKeyAccess(key: string): Promise<{ practiceId: string; suspended: null | { status: string } } | null> {
  const { rows } = await pool().query<{ practice_id: string; revoked: boolean; cancelled: boolean }>(
    `WITH k AS (
       SELECT k.id, k.practice_id, k.revoked_at IS NOT NULL AS revoked, p.status = 'CANCELLED' AS cancelled, k.last_used_at
       FROM agent_keys k JOIN practices p ON p.id = k.practice_id WHERE k.sha256 = $1
     ), touched AS (
       UPDATE agent_keys SET last_used_at = now()
       WHERE id = (SELECT id FROM k WHERE NOT revoked AND NOT cancelled AND (last_used_at IS NULL OR last_used_at < now() - interval '60 seconds'))
     )
     SELECT practice_id, revoked, cancelled FROM k`,
    [hashAgentKey(key)],
  );
  const row = rows[0];
  if (!row || row.revoked) return null;
  if (row.cancelled) return { practiceId: row.practice_id, suspended: { status: "Cancelled" } };
  return { practiceId: row.practice_id, suspended: null };
}

/** The practice an agent key may act for now, or null for an unknown, revoked or suspended key. */
export async function practiceForAgentKey(key: string): Promise<string | null> {
  const access = await agentKeyAccess(key);
  return access && !access.suspended ? access.practiceId : null;
}
