// Rotation as the partner sees it: the person rotates the key they were looking at. If that key
// is already gone (a double submit, or a colleague rotated first), nothing new is issued, so the
// key on screen is never one that a second request has just revoked.
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { issueAgentKey } from "@/lib/onboarding/agent-keys";
import type { Actor } from "@/lib/auth/actor";

export async function rotateAgentKeyFrom(actor: Actor, practiceId: string, replacesKeyId: string) {
  const current = await db.agentKey.findFirst({
    where: { id: replacesKeyId, practiceId, revokedAt: null },
    select: { id: true },
  });
  if (!current)
    throw new UserFacingError("That key was already rotated or revoked. Reload the page to see the current key.", "conflict");
  return issueAgentKey(actor, practiceId, { rotate: true });
}
