// The practice's sync-agent key: shown once when issued, stored only as a SHA-256 hash, rotated
// (new key, old one revoked in the same transaction) and revoked by staff or the partner.
import { hashAgentKey, newAgentKey } from "@/lib/auth/agent-key";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import { addJourneyEvent, eventActor } from "./journey-events";
import { agentKeysIssuable } from "./windows";

export async function issueAgentKey(actor: Actor, practiceId: string, opts: { rotate?: boolean } = {}) {
  assertCan(actor, "agent-key:manage");
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
    if (!agentKeysIssuable(practice.status)) {
      throw new UserFacingError("An agent key is issued at the install, once it is booked.", "conflict");
    }
    const active = await tx.agentKey.findMany({ where: { practiceId, revokedAt: null } });
    if (active.length && !opts.rotate)
      throw new UserFacingError("This practice already has an active key: rotate it to issue a new one.", "conflict");
    const now = new Date();
    if (active.length) await tx.agentKey.updateMany({ where: { practiceId, revokedAt: null }, data: { revokedAt: now } });
    const { key, shown } = newAgentKey();
    await tx.agentKey.create({
      data: { practiceId, prefix: shown, sha256: hashAgentKey(key), createdById: actor.kind === "user" ? actor.id : null },
    });
    await addJourneyEvent(tx, {
      practiceId,
      kind: "agent_key",
      action: active.length ? "rotated" : "issued",
      actor: eventActor(actor),
      note: `Agent key ${shown}… ${active.length ? "issued; previous key revoked" : "issued"}`,
    });
    return key;
  });
}

export async function revokeAgentKey(actor: Actor, practiceId: string, keyId: string) {
  assertCan(actor, "agent-key:manage");
  return db.$transaction(async (tx) => {
    const revoked = await tx.agentKey.updateMany({
      where: { id: keyId, practiceId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) return false;
    await addJourneyEvent(tx, {
      practiceId,
      kind: "agent_key",
      action: "revoked",
      actor: eventActor(actor),
      note: "Agent key revoked",
    });
    return true;
  });
}
