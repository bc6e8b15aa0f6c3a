/**
 * Runs the matching engine for one practice and stores its decisions (ClientLink, PetLink,
 * MergeEvent) in one transaction. What a person decided is never touched: home-delivery clients
 * decided by staff are left out, and an engine row is only written over while it is still an
 * engine REVIEW. A merged pair stays merged (only unmerge undoes it), so a PIMS client merged to
 * someone never gets a second merge: a new candidate for it goes to review instead.
 *
 * Runs of one practice (and staff decisions) are serialized by an advisory lock.
 */
import type { PoolClient } from "pg";
import { inTransaction } from "@/lib/db/transaction";
import { matchClients } from "./engine";
import { loadHomeDeliveryClients, loadPimsClients, lockPracticeMatching } from "./load";
import type { MatchOptions, MatchResult } from "./types";
import { followPetLinks } from "@/lib/writeback/follow-links";

export interface RunMatchingOptions {
  /**
   * Skip the run when nothing changed since the practice's last matching decision: no PIMS
   * client or home-delivery client is newer than the newest link/event. (The engine still
   * compares against every PIMS client when it runs: one-to-one decisions need them all.)
   */
  onlyNewPims?: boolean;
  /** Engine thresholds (tests). */
  engine?: Pick<MatchOptions, "upper" | "lower" | "marginBits">;
}

export interface RunMatchingResult {
  skipped: boolean;
  hdClients: number;
  pimsClients: number;
  /** HD clients left out because a person decided them or they are already merged. */
  alreadyDecided: number;
  /** Outcome of this run for the HD clients it considered. */
  merged: number;
  review: number;
  unmatched: number;
  /** Changes written. */
  newlyMerged: number;
  newlyQueued: number;
  reviewWithdrawn: number;
  /** Milliseconds: loading, engine, writing. */
  timings: { loadMs: number; matchMs: number; writeMs: number };
}

interface ExistingLink {
  pimsId: string;
  decision: "MERGED" | "REVIEW";
  decidedBy: string;
  score: number;
}

export const ENGINE = "engine";

export async function runMatching(practiceId: string, opts: RunMatchingOptions = {}): Promise<RunMatchingResult> {
  return inTransaction(async (client) => {
    await lockPracticeMatching(client, practiceId);
    return runLocked(client, practiceId, opts);
  });
}

async function nothingNew(client: PoolClient, practiceId: string): Promise<boolean> {
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

async function runLocked(client: PoolClient, practiceId: string, opts: RunMatchingOptions): Promise<RunMatchingResult> {
  const started = performance.now();
  const empty = { merged: 0, review: 0, unmatched: 0, newlyMerged: 0, newlyQueued: 0, reviewWithdrawn: 0 };
  if (opts.onlyNewPims && (await nothingNew(client, practiceId))) {
    return { skipped: true, hdClients: 0, pimsClients: 0, alreadyDecided: 0, ...empty, timings: { loadMs: 0, matchMs: 0, writeMs: 0 } };
  }

  // One connection (the transaction's): queries in sequence.
  const hdAll = await loadHomeDeliveryClients(client, practiceId);
  const pims = await loadPimsClients(client, practiceId);
  const linkRows = await client.query<{ hd_client_id: string; pims_client_id: string; decision: "MERGED" | "REVIEW"; decided_by: string; score: number }>(
    `SELECT hd_client_id, pims_client_id, decision, decided_by, score FROM client_links WHERE practice_id = $1`,
    [practiceId],
  );
  const rejectedRows = await client.query<{ hd_client_id: string; pims_client_id: string }>(
    `SELECT hd_client_id, pims_client_id FROM rejected_pairs WHERE practice_id = $1`,
    [practiceId],
  );
  const links = new Map<string, ExistingLink>();
  /** PIMS client -> HD client it is merged to. */
  const mergedPims = new Map<string, string>();
  for (const row of linkRows.rows) {
    links.set(row.hd_client_id, { pimsId: row.pims_client_id, decision: row.decision, decidedBy: row.decided_by, score: row.score });
    if (row.decision === "MERGED") mergedPims.set(row.pims_client_id, row.hd_client_id);
  }
  const rejectedPairs = new Set(rejectedRows.rows.map((r) => `${r.hd_client_id}|${r.pims_client_id}`));
  // Open: no link yet, or an engine REVIEW that new evidence may change.
  const open = hdAll.filter((hd) => {
    const link = links.get(hd.id);
    return !link || (link.decision === "REVIEW" && link.decidedBy === ENGINE);
  });
  const loadMs = performance.now() - started;

  const matchStarted = performance.now();
  // PIMS clients merged to someone stay candidates so a conflict surfaces in review; they are
  // never merged twice (below).
  const results = matchClients(open, pims, { ...opts.engine, rejectedPairs });
  const matchMs = performance.now() - matchStarted;

  const writeStarted = performance.now();
  const counts = { ...empty };
  const upserts: { result: MatchResult; decision: "MERGED" | "REVIEW"; reasons: string[] }[] = [];
  const withdrawn: { hdId: string; pimsId: string }[] = [];
  for (const result of results) {
    const existing = links.get(result.hdId);
    if (result.decision === "unmatched" || result.pimsId === null) {
      counts.unmatched++;
      if (existing) withdrawn.push({ hdId: result.hdId, pimsId: existing.pimsId });
      continue;
    }
    let decision: "MERGED" | "REVIEW" = result.decision === "merged" ? "MERGED" : "REVIEW";
    const reasons = [...result.reasons];
    const mergedTo = mergedPims.get(result.pimsId);
    if (mergedTo !== undefined && mergedTo !== result.hdId) {
      decision = "REVIEW";
      reasons.push(`PIMS client ${result.pimsId} is already merged with home-delivery client ${mergedTo}`);
    }
    if (decision === "MERGED") {
      counts.merged++;
      mergedPims.set(result.pimsId, result.hdId);
    } else counts.review++;
    const unchanged = existing && existing.pimsId === result.pimsId && existing.decision === decision;
    if (decision === "MERGED") counts.newlyMerged++;
    else if (!unchanged) counts.newlyQueued++;
    upserts.push({ result, decision, reasons });
  }
  await writeDecisions(client, practiceId, upserts, withdrawn, links);
  // Shipped lines waiting for these pets' links are queued for writeback in the same transaction.
  await followPetLinks(client, practiceId, "merge engine");
  counts.reviewWithdrawn = withdrawn.length;
  const writeMs = performance.now() - writeStarted;

  return {
    skipped: false,
    hdClients: hdAll.length,
    pimsClients: pims.length,
    alreadyDecided: hdAll.length - open.length,
    ...counts,
    timings: { loadMs: Math.round(loadMs), matchMs: Math.round(matchMs), writeMs: Math.round(writeMs) },
  };
}

/** What a reviewer needs to see, stored on the link and its events. */
export function evidenceJson(result: MatchResult, reasons: string[] = result.reasons) {
  return {
    ...result.evidence,
    reasons,
    petLinks: result.petLinks,
    unlinkedHdPets: result.unlinkedHdPets,
    unlinkedPimsPets: result.unlinkedPimsPets,
  };
}

async function writeDecisions(
  client: PoolClient,
  practiceId: string,
  upserts: { result: MatchResult; decision: "MERGED" | "REVIEW"; reasons: string[] }[],
  withdrawn: { hdId: string; pimsId: string }[],
  links: Map<string, ExistingLink>,
) {
  if (withdrawn.length) {
    await client.query(
      `DELETE FROM client_links WHERE practice_id = $1 AND hd_client_id = ANY($2::text[]) AND decision = 'REVIEW' AND decided_by = $3`,
      [practiceId, withdrawn.map((w) => w.hdId), ENGINE],
    );
  }
  if (upserts.length) {
    // Rows travel as one JSON document (much cheaper for pg than text[] of JSON strings).
    const rows = upserts.map((u) => ({ hd: u.result.hdId, pims: u.result.pimsId, decision: u.decision, score: u.result.score, evidence: evidenceJson(u.result, u.reasons) }));
    // Only rows still open to the engine are written: a staff decision made meanwhile wins.
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
    const pets = upserts.filter((u) => u.decision === "MERGED").flatMap((u) => u.result.petLinks.map((p) => ({ hd: u.result.hdId, ...p })));
    if (pets.length) {
      await client.query(
        `INSERT INTO pet_links (practice_id, hd_pet_id, pims_patient_id, hd_client_id, created_at)
         SELECT $1, u.hd_pet, u.pims_pet, u.hd, now() FROM unnest($2::text[], $3::text[], $4::text[]) AS u(hd_pet, pims_pet, hd)
         ON CONFLICT (practice_id, hd_pet_id) DO UPDATE SET pims_patient_id = EXCLUDED.pims_patient_id, hd_client_id = EXCLUDED.hd_client_id`,
        [practiceId, pets.map((p) => p.hdPetId), pets.map((p) => p.pimsPetId), pets.map((p) => p.hd)],
      );
    }
  }
  // Audit: one event per change (an unchanged review candidate is no change).
  const events: { hd: string; pims: string | null; action: string; score: number | null; evidence: unknown }[] = [];
  for (const u of upserts) {
    const existing = links.get(u.result.hdId);
    if (existing && existing.pimsId === u.result.pimsId && existing.decision === u.decision) continue;
    events.push({
      hd: u.result.hdId,
      pims: u.result.pimsId,
      action: u.decision === "MERGED" ? "auto_merged" : "queued_for_review",
      score: u.result.score,
      evidence: evidenceJson(u.result, u.reasons),
    });
  }
  for (const w of withdrawn) events.push({ hd: w.hdId, pims: w.pimsId, action: "review_withdrawn", score: null, evidence: null });
  if (events.length) {
    await client.query(
      `INSERT INTO merge_events (id, practice_id, hd_client_id, pims_client_id, action, score, evidence, actor, note, created_at)
       SELECT gen_random_uuid()::text, $1, u.hd, u.pims, u.action, u.score, u.evidence, $2, NULL, now()
       FROM jsonb_to_recordset($3::jsonb) AS u(hd text, pims text, action text, score float8, evidence jsonb)`,
      [practiceId, ENGINE, JSON.stringify(events)],
    );
  }
}
