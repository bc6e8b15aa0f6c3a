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
import { matchClients } from "./engine/engine";
import { loadHomeDeliveryClients, loadPimsClients, lockPracticeMatching } from "./load";
import type { MatchOptions, MatchResult, MatchStats } from "./engine/types";
import { followPetLinks } from "@/lib/writeback/follow-links";
import {
  ENGINE,
  loadDecisions,
  nothingNewSinceLastDecision,
  withdrawEngineReviews,
  writeEngineLinks,
  writeEnginePetLinks,
  writeMergeEvents,
  type MergeEventRow,
} from "./links/write";

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
  /** Candidate pairs the engine scored (blocking's work), and the most for one HD client. */
  comparedPairs: number;
  maxPairsPerHd: number;
}

interface ExistingLink {
  pimsId: string;
  decision: "MERGED" | "REVIEW";
  decidedBy: string;
  score: number;
}

export async function runMatching(practiceId: string, opts: RunMatchingOptions = {}): Promise<RunMatchingResult> {
  return inTransaction(async (client) => {
    await lockPracticeMatching(client, practiceId);
    return runLocked(client, practiceId, opts);
  });
}

async function runLocked(client: PoolClient, practiceId: string, opts: RunMatchingOptions): Promise<RunMatchingResult> {
  const started = performance.now();
  const empty = { merged: 0, review: 0, unmatched: 0, newlyMerged: 0, newlyQueued: 0, reviewWithdrawn: 0 };
  if (opts.onlyNewPims && (await nothingNewSinceLastDecision(client, practiceId))) {
    return {
      skipped: true,
      hdClients: 0,
      pimsClients: 0,
      alreadyDecided: 0,
      ...empty,
      timings: { loadMs: 0, matchMs: 0, writeMs: 0 },
      comparedPairs: 0,
      maxPairsPerHd: 0,
    };
  }

  // One connection (the transaction's): queries in sequence.
  const hdAll = await loadHomeDeliveryClients(client, practiceId);
  const pims = await loadPimsClients(client, practiceId);
  const decided = await loadDecisions(client, practiceId);
  const links = new Map<string, ExistingLink>();
  /** PIMS client -> HD client it is merged to. */
  const mergedPims = new Map<string, string>();
  for (const row of decided.links) {
    links.set(row.hd_client_id, {
      pimsId: row.pims_client_id,
      decision: row.decision,
      decidedBy: row.decided_by,
      score: row.score,
    });
    if (row.decision === "MERGED") mergedPims.set(row.pims_client_id, row.hd_client_id);
  }
  const rejectedPairs = new Set(decided.rejected.map((r) => `${r.hd_client_id}|${r.pims_client_id}`));
  // Open: no link yet, or an engine REVIEW that new evidence may change.
  const open = hdAll.filter((hd) => {
    const link = links.get(hd.id);
    return !link || (link.decision === "REVIEW" && link.decidedBy === ENGINE);
  });
  const loadMs = performance.now() - started;

  const matchStarted = performance.now();
  // PIMS clients merged to someone stay candidates so a conflict surfaces in review; they are
  // never merged twice (below).
  let stats: MatchStats | null = null;
  const results = matchClients(open, pims, { ...opts.engine, rejectedPairs, onStats: (s) => (stats = s) });
  const work = stats as MatchStats | null;
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
      result.evidence.competitor ??= { side: "hd", id: mergedTo, score: links.get(mergedTo)?.score ?? null };
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
    comparedPairs: work?.comparedPairs ?? 0,
    maxPairsPerHd: work?.maxPairsPerHd ?? 0,
  };
}

/** What a reviewer needs to see, stored on the link and its events. */
function evidenceJson(result: MatchResult, reasons: string[] = result.reasons) {
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
  await withdrawEngineReviews(
    client,
    practiceId,
    withdrawn.map((w) => w.hdId),
  );
  await writeEngineLinks(
    client,
    practiceId,
    upserts.map((u) => ({
      hd: u.result.hdId,
      pims: u.result.pimsId,
      decision: u.decision,
      score: u.result.score,
      evidence: evidenceJson(u.result, u.reasons),
    })),
  );
  const pets = upserts
    .filter((u) => u.decision === "MERGED")
    .flatMap((u) => u.result.petLinks.map((p) => ({ hd: u.result.hdId, ...p })));
  await writeEnginePetLinks(client, practiceId, pets);
  // Audit: one event per change (an unchanged review candidate is no change).
  const events: MergeEventRow[] = [];
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
  await writeMergeEvents(client, practiceId, ENGINE, events);
}
