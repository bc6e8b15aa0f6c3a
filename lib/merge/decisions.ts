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
import { matchClients } from "./engine";
import { loadHomeDeliveryClients, loadPimsClients, lockPracticeMatching } from "./load";
import { linkPets } from "./pets";
import { prepareClient } from "./prepare";
import { followPetLinks } from "@/lib/writeback/follow-links";

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

interface LinkRow {
  hd_client_id: string;
  pims_client_id: string;
  decision: "MERGED" | "REVIEW";
  score: number;
  evidence: unknown;
}

async function linkOfHd(client: PoolClient, practiceId: string, hdClientId: string): Promise<LinkRow | null> {
  const { rows } = await client.query<LinkRow>(
    `SELECT hd_client_id, pims_client_id, decision, score, evidence FROM client_links WHERE practice_id = $1 AND hd_client_id = $2`,
    [practiceId, hdClientId],
  );
  return rows[0] ?? null;
}

async function event(
  client: PoolClient,
  practiceId: string,
  e: { hd: string; pims: string | null; action: string; score?: number | null; evidence?: unknown; actor: Actor; note?: string | null },
) {
  await client.query(
    `INSERT INTO merge_events (id, practice_id, hd_client_id, pims_client_id, action, score, evidence, actor, note, created_at)
     VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6, $7, $8, now())`,
    [practiceId, e.hd, e.pims, e.action, e.score ?? null, e.evidence === undefined ? null : JSON.stringify(e.evidence), actorId(e.actor), e.note ?? null],
  );
}

/** Merges an HD client with a PIMS client (one-to-one). Same pair merged already: unchanged. */
export async function mergePair(actor: Actor, practiceId: string, hdClientId: string, pimsClientId: string, note?: string | null): Promise<DecisionOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(practiceId, async (client) => {
    const [hd] = await loadHomeDeliveryClients(client, practiceId, [hdClientId]);
    if (!hd) throw new NotFoundError("Home-delivery client");
    const [pims] = await loadPimsClients(client, practiceId, [pimsClientId]);
    if (!pims) throw new NotFoundError("PIMS client");

    const current = await linkOfHd(client, practiceId, hdClientId);
    if (current?.decision === "MERGED") {
      if (current.pims_client_id === pimsClientId) return "unchanged";
      throw new UserFacingError(
        `Home-delivery client ${hdClientId} is already merged with PIMS client ${current.pims_client_id}; unmerge it first.`,
        "conflict",
      );
    }
    const other = await client.query<{ hd_client_id: string }>(
      `SELECT hd_client_id FROM client_links WHERE practice_id = $1 AND pims_client_id = $2 AND decision = 'MERGED'`,
      [practiceId, pimsClientId],
    );
    if (other.rows[0]) {
      throw new UserFacingError(
        `PIMS client ${pimsClientId} is already merged with home-delivery client ${other.rows[0].hd_client_id}; unmerge that pair first.`,
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
    };
    const by = actorId(actor);
    await client.query(
      `INSERT INTO client_links (id, practice_id, hd_client_id, pims_client_id, decision, score, evidence, decided_by, decided_at)
       VALUES (gen_random_uuid()::text, $1, $2, $3, 'MERGED', $4, $5, $6, now())
       ON CONFLICT (practice_id, hd_client_id) DO UPDATE SET pims_client_id = EXCLUDED.pims_client_id, decision = 'MERGED',
         score = EXCLUDED.score, evidence = EXCLUDED.evidence, decided_by = EXCLUDED.decided_by, decided_at = now()`,
      [practiceId, hdClientId, pimsClientId, score, JSON.stringify(evidence), by],
    );
    await client.query(`DELETE FROM pet_links WHERE practice_id = $1 AND hd_client_id = $2`, [practiceId, hdClientId]);
    if (pets.petLinks.length) {
      await client.query(
        `INSERT INTO pet_links (practice_id, hd_pet_id, pims_patient_id, hd_client_id, created_at)
         SELECT $1, u.hd_pet, u.pims_pet, $2, now() FROM unnest($3::text[], $4::text[]) AS u(hd_pet, pims_pet)`,
        [practiceId, hdClientId, pets.petLinks.map((p) => p.hdPetId), pets.petLinks.map((p) => p.pimsPetId)],
      );
    }
    // A person's merge overrides an earlier "not the same person" for this pair.
    await client.query(`DELETE FROM rejected_pairs WHERE practice_id = $1 AND hd_client_id = $2 AND pims_client_id = $3`, [practiceId, hdClientId, pimsClientId]);
    await event(client, practiceId, { hd: hdClientId, pims: pimsClientId, action: "merged_by_staff", score, evidence, actor, note });
    await followPetLinks(client, practiceId, actor.label);
    return "done";
  });
}

/**
 * "Not the same person": remembered forever (the engine never proposes the pair again) and the
 * pair's REVIEW link is removed. A merged pair must be unmerged first.
 */
export async function rejectPair(actor: Actor, practiceId: string, hdClientId: string, pimsClientId: string, note?: string | null): Promise<DecisionOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(practiceId, async (client) => {
    const current = await linkOfHd(client, practiceId, hdClientId);
    if (current?.decision === "MERGED" && current.pims_client_id === pimsClientId) {
      throw new UserFacingError(`Home-delivery client ${hdClientId} is merged with PIMS client ${pimsClientId}; unmerge it instead.`, "conflict");
    }
    const inserted = await client.query(
      `INSERT INTO rejected_pairs (practice_id, hd_client_id, pims_client_id, reviewer_id, note, created_at)
       VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
      [practiceId, hdClientId, pimsClientId, actorId(actor), note ?? null],
    );
    const removed = await client.query(
      `DELETE FROM client_links WHERE practice_id = $1 AND hd_client_id = $2 AND pims_client_id = $3 AND decision = 'REVIEW'`,
      [practiceId, hdClientId, pimsClientId],
    );
    if (!inserted.rowCount && !removed.rowCount) return "unchanged";
    await event(client, practiceId, { hd: hdClientId, pims: pimsClientId, action: "rejected", score: current?.pims_client_id === pimsClientId ? current.score : null, actor, note });
    return "done";
  });
}

/**
 * Removes the HD client's merge and its pet links, and remembers the pair as rejected so the
 * engine does not merge it again. No merge: unchanged.
 */
export async function unmerge(actor: Actor, practiceId: string, hdClientId: string, note?: string | null): Promise<DecisionOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(practiceId, async (client) => {
    const current = await linkOfHd(client, practiceId, hdClientId);
    if (!current || current.decision !== "MERGED") return "unchanged";
    await client.query(`DELETE FROM pet_links WHERE practice_id = $1 AND hd_client_id = $2`, [practiceId, hdClientId]);
    await client.query(`DELETE FROM client_links WHERE practice_id = $1 AND hd_client_id = $2`, [practiceId, hdClientId]);
    await client.query(
      `INSERT INTO rejected_pairs (practice_id, hd_client_id, pims_client_id, reviewer_id, note, created_at)
       VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
      [practiceId, hdClientId, current.pims_client_id, actorId(actor), note ?? "unmerged"],
    );
    await event(client, practiceId, { hd: hdClientId, pims: current.pims_client_id, action: "unmerged", score: current.score, evidence: current.evidence, actor, note });
    // Lines of its pets not written yet go back to waiting for a link (recorded on each item).
    await followPetLinks(client, practiceId, actor.label);
    return "done";
  });
}
