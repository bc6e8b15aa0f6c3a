// The practice's sync-agent key: shown once when issued, stored only as a SHA-256 hash, rotated
// (new key, old one revoked in the same transaction) and revoked by staff or the partner.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import { agentKeysIssuable } from "./windows";

const PREFIX = "pl_agent_";

export function hashAgentKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

export async function issueAgentKey(actor: Actor, practiceId: string, opts: { rotate?: boolean } = {}) {
  assertCan(actor, "agent-key:manage");
  return db.$transaction(async (tx) => {
    const practice = await tx.practice.findUniqueOrThrow({ where: { id: practiceId } });
    if (!agentKeysIssuable(practice.status)) {
      throw new UserFacingError("An agent key is issued at the install, once it is booked.", "conflict");
    }
    const active = await tx.agentKey.findMany({ where: { practiceId, revokedAt: null } });
    if (active.length && !opts.rotate) throw new UserFacingError("This practice already has an active key: rotate it to issue a new one.", "conflict");
    const now = new Date();
    if (active.length) await tx.agentKey.updateMany({ where: { practiceId, revokedAt: null }, data: { revokedAt: now } });
    const key = PREFIX + randomBytes(24).toString("base64url");
    await tx.agentKey.create({ data: { practiceId, prefix: key.slice(0, PREFIX.length + 6), sha256: hashAgentKey(key), createdById: actor.kind === "user" ? actor.id : null } });
    await tx.journeyEvent.create({
      data: { practiceId, kind: "agent_key", action: active.length ? "rotated" : "issued", actorId: actor.kind === "user" ? actor.id : null, actorLabel: actor.label, note: `Agent key ${key.slice(0, PREFIX.length + 6)}… ${active.length ? "issued; previous key revoked" : "issued"}` },
    });
    return key;
  });
}

export async function revokeAgentKey(actor: Actor, practiceId: string, keyId: string) {
  assertCan(actor, "agent-key:manage");
  return db.$transaction(async (tx) => {
    const revoked = await tx.agentKey.updateMany({ where: { id: keyId, practiceId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) return false;
    await tx.journeyEvent.create({ data: { practiceId, kind: "agent_key", action: "revoked", actorId: actor.kind === "user" ? actor.id : null, actorLabel: actor.label, note: "Agent key revoked" } });
    return true;
  });
}

/** The practice an agent key belongs to, or null for an unknown or revoked key. */
export async function practiceForAgentKey(key: string) {
  const row = await db.agentKey.findUnique({ where: { sha256: hashAgentKey(key) } });
  if (!row || row.revokedAt) return null;
  return row.practiceId;
}
