/**
 * Every statement that changes or reads the link tables inside a matching transaction
 * (client_links, pet_links, rejected_pairs, merge_events): the engine's run and the staff
 * decisions call these, so the tables' SQL lives in this folder only (reads for the screens are
 * in read.ts and lists.ts). Each function takes the transaction's client; none opens its own.
 */
import type { PoolClient } from "pg";
import type { PetLink } from "../engine/types";

/** `decided_by` of the engine's own links and events (staff rows carry the user's id). */
export const ENGINE = "engine";

export type LinkDecisionValue = "MERGED" | "REVIEW";

export interface StoredLink {
  hd_client_id: string;
  pims_client_id: string;
  decision: LinkDecisionValue;
  decided_by: string;
  score: number;
  evidence: unknown;
}

export interface MergeEventRow {
  hd: string;
  pims: string | null;
  action: string;
  score: number | null;
  evidence: unknown;
  note?: string | null;
}

/** The link of one home-delivery client, or null. */
export async function linkOfHd(client: PoolClient, practiceId: string, hdClientId: string): Promise<StoredLink | null> {
  const { rows } = await client.query<StoredLink>(
    `SELECT hd_client_id, pims_client_id, decision, decided_by, score, evidence FROM client_links WHERE practice_id = $1 AND hd_client_id = $2`,
    [practiceId, hdClientId],
  );
  return rows[0] ?? null;
}

/** The home-delivery client a PIMS client is merged with, or null. */
export async function hdMergedWithPims(client: PoolClient, practiceId: string, pimsClientId: string): Promise<string | null> {
  const { rows } = await client.query<{ hd_client_id: string }>(
    `SELECT hd_client_id FROM client_links WHERE practice_id = $1 AND pims_client_id = $2 AND decision = 'MERGED'`,
    [practiceId, pimsClientId],
  );
  return rows[0]?.hd_client_id ?? null;
}

/** Every link of the practice (without evidence) and every rejected pair, for a run. */
export async function loadDecisions(client: PoolClient, practiceId: string) {
  const links = await client.query<Omit<StoredLink, "evidence">>(
    `SELECT hd_client_id, pims_client_id, decision, decided_by, score FROM client_links WHERE practice_id = $1`,
    [practiceId],
  );
  const rejected = await client.query<{ hd_client_id: string; pims_client_id: string }>(
    `SELECT hd_client_id, pims_client_id FROM rejected_pairs WHERE practice_id = $1`,
    [practiceId],
  );
  return { links: links.rows, rejected: rejected.rows };
}

/**
 * True when the practice has a matching decision and no PIMS client, patient or home-delivery
 * client arrived after the newest one.
 */
export async function nothingNewSinceLastDecision(client: PoolClient, practiceId: string): Promise<boolean> {
  const { rows } = await client.query<{ stale: boolean }>(
    `WITH last AS (SELECT max(created_at) AS at FROM merge_events WHERE practice_id = $1)
     SELECT (SELECT at FROM last) IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM pims_clients WHERE practice_id = $1 AND synced_at > (SELECT at FROM last))
        AND NOT EXISTS (SELECT 1 FROM pims_patients WHERE practice_id = $1 AND synced_at > (SELECT at FROM last))
        AND NOT EXISTS (SELECT 1 FROM home_delivery_clients WHERE practice_id = $1 AND imported_at > (SELECT at FROM last))
        AS stale`,
    [practiceId],
  );
  return rows[0]?.stale === true;
}

/** A staff merge: the HD client's link becomes MERGED with this PIMS client, whatever it was. */
export async function writeStaffMerge(
  client: PoolClient,
  practiceId: string,
  link: { hd: string; pims: string; score: number; evidence: unknown; by: string },
): Promise<void> {
  await client.query(
    `INSERT INTO client_links (id, practice_id, hd_client_id, pims_client_id, decision, score, evidence, decided_by, decided_at)
     VALUES (gen_random_uuid()::text, $1, $2, $3, 'MERGED', $4, $5, $6, now())
     ON CONFLICT (practice_id, hd_client_id) DO UPDATE SET pims_client_id = EXCLUDED.pims_client_id, decision = 'MERGED',
       score = EXCLUDED.score, evidence = EXCLUDED.evidence, decided_by = EXCLUDED.decided_by, decided_at = now()`,
    [practiceId, link.hd, link.pims, link.score, JSON.stringify(link.evidence), link.by],
  );
}

/** The HD client's pet links become exactly `petLinks`. */
export async function replacePetLinks(
  client: PoolClient,
  practiceId: string,
  hdClientId: string,
  petLinks: PetLink[],
): Promise<void> {
  await deletePetLinks(client, practiceId, hdClientId);
  if (!petLinks.length) return;
  await client.query(
    `INSERT INTO pet_links (practice_id, hd_pet_id, pims_patient_id, hd_client_id, created_at)
     SELECT $1, u.hd_pet, u.pims_pet, $2, now() FROM unnest($3::text[], $4::text[]) AS u(hd_pet, pims_pet)`,
    [practiceId, hdClientId, petLinks.map((p) => p.hdPetId), petLinks.map((p) => p.pimsPetId)],
  );
}

export async function deletePetLinks(client: PoolClient, practiceId: string, hdClientId: string): Promise<void> {
  await client.query(`DELETE FROM pet_links WHERE practice_id = $1 AND hd_client_id = $2`, [practiceId, hdClientId]);
}

/** Removes the HD client's link, whatever its decision. */
export async function deleteLink(client: PoolClient, practiceId: string, hdClientId: string): Promise<void> {
  await client.query(`DELETE FROM client_links WHERE practice_id = $1 AND hd_client_id = $2`, [practiceId, hdClientId]);
}

/** Removes the pair's REVIEW link; returns whether there was one. */
export async function deleteReviewLink(
  client: PoolClient,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string,
): Promise<boolean> {
  const removed = await client.query(
    `DELETE FROM client_links WHERE practice_id = $1 AND hd_client_id = $2 AND pims_client_id = $3 AND decision = 'REVIEW'`,
    [practiceId, hdClientId, pimsClientId],
  );
  return (removed.rowCount ?? 0) > 0;
}

/** "Not the same person", remembered forever; returns whether it is new. */
export async function rememberRejectedPair(
  client: PoolClient,
  practiceId: string,
  pair: { hd: string; pims: string; reviewer: string; note: string | null },
): Promise<boolean> {
  const inserted = await client.query(
    `INSERT INTO rejected_pairs (practice_id, hd_client_id, pims_client_id, reviewer_id, note, created_at)
     VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
    [practiceId, pair.hd, pair.pims, pair.reviewer, pair.note],
  );
  return (inserted.rowCount ?? 0) > 0;
}

export async function forgetRejectedPair(
  client: PoolClient,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string,
): Promise<void> {
  await client.query(`DELETE FROM rejected_pairs WHERE practice_id = $1 AND hd_client_id = $2 AND pims_client_id = $3`, [
    practiceId,
    hdClientId,
    pimsClientId,
  ]);
}

/** Removes the engine's own REVIEW links of these HD clients (a staff row is never touched). */
export async function withdrawEngineReviews(client: PoolClient, practiceId: string, hdClientIds: string[]): Promise<void> {
  if (!hdClientIds.length) return;
  await client.query(
    `DELETE FROM client_links WHERE practice_id = $1 AND hd_client_id = ANY($2::text[]) AND decision = 'REVIEW' AND decided_by = $3`,
    [practiceId, hdClientIds, ENGINE],
  );
}

/**
 * The engine's links. Only rows still open to the engine are written over: a staff decision
 * made meanwhile wins.
 */
export async function writeEngineLinks(
  client: PoolClient,
  practiceId: string,
  rows: { hd: string; pims: string | null; decision: LinkDecisionValue; score: number; evidence: unknown }[],
): Promise<void> {
  if (!rows.length) return;
  // Rows travel as one JSON document (much cheaper for pg than text[] of JSON strings).
  await client.query(
    `INSERT INTO client_links (id, practice_id, hd_client_id, pims_client_id, decision, score, evidence, decided_by, decided_at)
     SELECT gen_random_uuid()::text, $1, u.hd, u.pims, u.decision::"LinkDecision", u.score, u.evidence, $2, now()
     FROM jsonb_to_recordset($3::jsonb) AS u(hd text, pims text, decision text, score float8, evidence jsonb)
     ON CONFLICT (practice_id, hd_client_id) DO UPDATE SET
       pims_client_id = EXCLUDED.pims_client_id, decision = EXCLUDED.decision, score = EXCLUDED.score,
       evidence = EXCLUDED.evidence, decided_at = now()
     WHERE client_links.decided_by = $2 AND client_links.decision = 'REVIEW'`,
    [practiceId, ENGINE, JSON.stringify(rows)],
  );
}

/** Pet links of the engine's merges (a pet already linked is moved to its new owner's link). */
export async function writeEnginePetLinks(
  client: PoolClient,
  practiceId: string,
  pets: (PetLink & { hd: string })[],
): Promise<void> {
  if (!pets.length) return;
  await client.query(
    `INSERT INTO pet_links (practice_id, hd_pet_id, pims_patient_id, hd_client_id, created_at)
     SELECT $1, u.hd_pet, u.pims_pet, u.hd, now() FROM unnest($2::text[], $3::text[], $4::text[]) AS u(hd_pet, pims_pet, hd)
     ON CONFLICT (practice_id, hd_pet_id) DO UPDATE SET pims_patient_id = EXCLUDED.pims_patient_id, hd_client_id = EXCLUDED.hd_client_id`,
    [practiceId, pets.map((p) => p.hdPetId), pets.map((p) => p.pimsPetId), pets.map((p) => p.hd)],
  );
}

/** Audit rows, all by one actor (the engine, a user's id or "system"). */
export async function writeMergeEvents(
  client: PoolClient,
  practiceId: string,
  actor: string,
  events: MergeEventRow[],
): Promise<void> {
  if (!events.length) return;
  await client.query(
    `INSERT INTO merge_events (id, practice_id, hd_client_id, pims_client_id, action, score, evidence, actor, note, created_at)
     SELECT gen_random_uuid()::text, $1, u.hd, u.pims, u.action, u.score, u.evidence, $2, u.note, now()
     FROM jsonb_to_recordset($3::jsonb) AS u(hd text, pims text, action text, score float8, evidence jsonb, note text)`,
    [practiceId, actor, JSON.stringify(events.map((e) => ({ ...e, note: e.note ?? null, evidence: e.evidence ?? null })))],
  );
}
