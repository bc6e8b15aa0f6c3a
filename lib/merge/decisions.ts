/**
 * Staff decisions on links: merge a pair, reject a pair ("not the same person", remembered
 * forever), unmerge. Merging never changes the home-delivery or PIMS records themselves, only
 * ClientLink/PetLink rows, so an unmerge leaves both exactly as they were. Every decision is
 * audited in MergeEvent; a repeated submit of the same decision changes nothing.
 *
 * An unmerged pair is also remembered as rejected, so the engine never merges it again on its
 * own; staff can still merge it explicitly (which clears the rejection).
 */
import type { PoolClient } from "pg";
import { inTransaction as inPoolTransaction } from "@/lib/db/transaction";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import { matchClients } from "./engine/engine";
import { loadHomeDeliveryClients, loadPimsClients, lockPracticeMatching } from "./load";
import { linkPets } from "./engine/pets";
import { prepareClient } from "./engine/prepare";
import { followPetLinks } from "@/lib/writeback/follow-links";
import {
  deleteLink,
  deletePetLinks,
  deleteReviewLink,
  forgetRejectedPair,
  hdMergedWithPims,
  linkOfHd,
  rememberRejectedPair,
  replacePetLinks,
  writeMergeEvents,
  writeStaffMerge,
} from "./links/write";

export type DecisionOutcome = "done" | "unchanged";

function actorId(actor: Actor): string {
  return actor.kind === "user" ? actor.id : "system";
}

/** One transaction holding the practice's matching lock: decisions never interleave with a run. */
function inTransaction<T>(practiceId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inPoolTransaction(async (client) => {
    await lockPracticeMatching(client, practiceId);
    return work(client);
  });
}

async function event(
  client: PoolClient,
  practiceId: string,
  e: {
    hd: string;
    pims: string | null;
    action: string;
    score?: number | null;
    evidence?: unknown;
    actor: Actor;
    note?: string | null;
  },
) {
  await writeMergeEvents(client, practiceId, actorId(e.actor), [
    { hd: e.hd, pims: e.pims, action: e.action, score: e.score ?? null, evidence: e.evidence, note: e.note },
  ]);
}

/** Merges an HD client with a PIMS client (one-to-one). Same pair merged already: unchanged. */
export async function mergePair(
  actor: Actor,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string,
  note?: string | null,
): Promise<DecisionOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(practiceId, async (client) => {
    const { outcome } = await mergePairHoldingLock(client, actor, practiceId, hdClientId, pimsClientId, note);
    return outcome;
  });
}

/**
 * mergePair's work inside a transaction that already holds the practice's matching lock (the
 * manual client link adds its own evidence). Returns how many waiting writeback lines it released.
 */
export async function mergePairHoldingLock(
  client: PoolClient,
  actor: Actor,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string,
  note?: string | null,
  extraEvidence: Record<string, unknown> = {},
): Promise<{ outcome: DecisionOutcome; released: number }> {
  assertCan(actor, "merge:decide");
  const [hd] = await loadHomeDeliveryClients(client, practiceId, [hdClientId]);
  if (!hd) throw new NotFoundError("Home-delivery client");
  const [pims] = await loadPimsClients(client, practiceId, [pimsClientId]);
  if (!pims) throw new NotFoundError("PIMS client");

  const current = await linkOfHd(client, practiceId, hdClientId);
  if (current?.decision === "MERGED") {
    if (current.pims_client_id === pimsClientId) return { outcome: "unchanged", released: 0 };
    throw new UserFacingError(
      `Home-delivery client ${hdClientId} is already merged with PIMS client ${current.pims_client_id}; unmerge it first.`,
      "conflict",
    );
  }
  const other = await hdMergedWithPims(client, practiceId, pimsClientId);
  if (other) {
    throw new UserFacingError(
      `PIMS client ${pimsClientId} is already merged with home-delivery client ${other}; unmerge that pair first.`,
      "conflict",
    );
  }

  // The engine's view of this one pair: score, evidence and pet pairing for the record.
  const [result] = matchClients([hd], [pims], { upper: 1, lower: 0 });
  const candidate = result.pimsId === pimsClientId ? result : null;
  const pets = candidate ?? linkPets(prepareClient(hd).pets, prepareClient(pims).pets);
  const score = candidate?.score ?? 0;
  const evidence = {
    ...(candidate?.evidence ?? { rule: null, fields: {}, levels: {}, weight: 0 }),
    reasons: [...(candidate?.reasons ?? []), "merged by staff"],
    petLinks: pets.petLinks,
    unlinkedHdPets: pets.unlinkedHdPets,
    unlinkedPimsPets: pets.unlinkedPimsPets,
    ...extraEvidence,
  };
  await writeStaffMerge(client, practiceId, { hd: hdClientId, pims: pimsClientId, score, evidence, by: actorId(actor) });
  await replacePetLinks(client, practiceId, hdClientId, pets.petLinks);
  // A person's merge overrides an earlier "not the same person" for this pair.
  await forgetRejectedPair(client, practiceId, hdClientId, pimsClientId);
  await event(client, practiceId, {
    hd: hdClientId,
    pims: pimsClientId,
    action: "merged_by_staff",
    score,
    evidence,
    actor,
    note,
  });
  const moved = await followPetLinks(client, practiceId, actor.label);
  return { outcome: "done", released: moved.released };
}

/**
 * "Not the same person": remembered forever (the engine never proposes the pair again) and the
 * pair's REVIEW link is removed. A merged pair must be unmerged first.
 */
export async function rejectPair(
  actor: Actor,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string,
  note?: string | null,
): Promise<DecisionOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(practiceId, async (client) => {
    const current = await linkOfHd(client, practiceId, hdClientId);
    if (current?.decision === "MERGED" && current.pims_client_id === pimsClientId) {
      throw new UserFacingError(
        `Home-delivery client ${hdClientId} is merged with PIMS client ${pimsClientId}; unmerge it instead.`,
        "conflict",
      );
    }
    const inserted = await rememberRejectedPair(client, practiceId, {
      hd: hdClientId,
      pims: pimsClientId,
      reviewer: actorId(actor),
      note: note ?? null,
    });
    const removed = await deleteReviewLink(client, practiceId, hdClientId, pimsClientId);
    if (!inserted && !removed) return "unchanged";
    await event(client, practiceId, {
      hd: hdClientId,
      pims: pimsClientId,
      action: "rejected",
      score: current?.pims_client_id === pimsClientId ? current.score : null,
      actor,
      note,
    });
    return "done";
  });
}

/**
 * Removes the HD client's merge and its pet links, and remembers the pair as rejected so the
 * engine does not merge it again. No merge: unchanged.
 */
export async function unmerge(
  actor: Actor,
  practiceId: string,
  hdClientId: string,
  note?: string | null,
): Promise<DecisionOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(practiceId, async (client) => {
    const current = await linkOfHd(client, practiceId, hdClientId);
    if (!current || current.decision !== "MERGED") return "unchanged";
    await deletePetLinks(client, practiceId, hdClientId);
    await deleteLink(client, practiceId, hdClientId);
    await rememberRejectedPair(client, practiceId, {
      hd: hdClientId,
      pims: current.pims_client_id,
      reviewer: actorId(actor),
      note: note ?? "unmerged",
    });
    await event(client, practiceId, {
      hd: hdClientId,
      pims: current.pims_client_id,
      action: "unmerged",
      score: current.score,
      evidence: current.evidence,
      actor,
      note,
    });
    // Lines of its pets not written yet go back to waiting for a link (recorded on each item).
    await followPetLinks(client, practiceId, actor.label);
    return "done";
  });
}
