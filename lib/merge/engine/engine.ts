/**
 * Links existing home-delivery (HD) clients to PIMS clients, master-patient-index style:
 * block -> compare (Fellegi-Sunter weight + deterministic rules) -> decide one-to-one.
 * Pure and in-memory; the same input in any order gives the same results.
 */
import { BlockIndex } from "./blocking";
import { comparePair, type NameKnowledge, type PairComparison } from "./compare";
import { isTableName } from "./nicknames";
import { compareIds, linkPets } from "./pets";
import { createPreparer, type PreparedClient } from "./prepare";
import type { Competitor, Decision, MatchClient, MatchEvidence, MatchOptions, MatchResult, MatchStats } from "./types";
import { scoreFromWeight, weightForScore } from "./weights";

/**
 * Thresholds. 0.9 (15.2 bits) needs the household beyond doubt plus a first name that agrees
 * or is a known nickname, or names plus a shared phone/email after a move; a household with
 * only a look-alike first name (John/Joan, 15.0 bits) stays just below it on purpose.
 * 0.5 (12 bits) is "more likely than not": below it a person would mostly be shown strangers.
 */
export const DEFAULT_UPPER = 0.9;
export const DEFAULT_LOWER = 0.5;
/** 3 bits = the runner-up is at least 1/8 as likely; closer than that is a coin toss for a machine. */
const DEFAULT_MARGIN_BITS = 3;

interface Candidate {
  pims: PreparedClient;
  comparison: PairComparison;
  weight: number;
  score: number;
  lifted: boolean;
  /** Raised to the review threshold by a rule with close (not agreeing) first names. */
  floored: boolean;
  /** Held just below the merge threshold by the household or generation rule. */
  cautioned: boolean;
}

/** How far below the merge threshold a cautioned pair is held (keeps its score readable). */
const CAUTION_MARGIN_BITS = 0.05;

interface HdState {
  hd: PreparedClient;
  /** Best first; only the top two matter for decisions. */
  top: Candidate[];
  notes: string[];
  blocked: boolean;
  /** The closest rival record, when one blocked the merge (shown to reviewers). */
  competitor: Competitor | null;
}

export function matchClients(hd: MatchClient[], pims: MatchClient[], opts: MatchOptions = {}): MatchResult[] {
  const upper = opts.upper ?? DEFAULT_UPPER;
  const lower = opts.lower ?? DEFAULT_LOWER;
  const margin = opts.marginBits ?? DEFAULT_MARGIN_BITS;
  if (!(lower >= 0 && lower <= upper && upper <= 1)) {
    throw new RangeError(`thresholds must satisfy 0 <= lower <= upper <= 1 (got ${lower}, ${upper})`);
  }
  const rejected = opts.rejectedPairs ?? new Set<string>();
  const taken = opts.alreadyLinkedPims ?? new Set<string>();
  const upperWeight = weightForScore(upper);
  const lowerWeight = weightForScore(lower);

  const prepare = createPreparer();
  const preparedHd = hd.map(prepare.client);
  // How many PIMS clients bear each first and family name: a spelling on two or more is a
  // real name, and a rare name agreeing says more than a common one (weights.ts).
  const firstNameCounts = new Map<string, number>();
  const lastNameCounts = new Map<string, number>();
  // Initials and pet names likewise: "J" stands for more people than "Q", a BELLA for more than a TIBERIUS.
  const initialCounts = new Map<string, number>();
  const petNameCounts = new Map<string, number>();
  const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const index = new BlockIndex(preparedHd, pims.length, (i) => {
    const fields = prepare.blockingFields(pims[i]);
    if (fields.firstWord !== "") count(firstNameCounts, fields.firstWord);
    if (fields.last !== "") count(lastNameCounts, fields.last);
    if (fields.firstInitial !== "") count(initialCounts, fields.firstInitial);
    const petNames = new Set(fields.pets.map((pet) => pet.name).filter((name) => name !== ""));
    for (const name of petNames) count(petNameCounts, name);
    return fields;
  });
  const names: NameKnowledge = {
    isKnownFirstName: (name) => isTableName(name) || (firstNameCounts.get(name) ?? 0) >= 2,
    firstNameCount: (name) => (pims.length < MIN_CLIENTS_FOR_NAME_SHARES ? null : (firstNameCounts.get(name) ?? 0)),
    firstNameShare: (name) => shareOf(firstNameCounts, name, pims.length),
    lastNameShare: (name) => shareOf(lastNameCounts, name, pims.length),
    initialShare: (letter) => shareOf(initialCounts, letter, pims.length),
    petNameShare: (name) => shareOf(petNameCounts, name, pims.length),
  };
  const limits = { upperWeight, lowerWeight, names };
  // Most PIMS clients never become a candidate, so they are fully prepared only on first use.
  const preparedPims: (PreparedClient | undefined)[] = new Array(pims.length);

  const placeholders = index.placeholderContacts();

  const stats: MatchStats = { hdClients: hd.length, pimsClients: pims.length, comparedPairs: 0, maxPairsPerHd: 0, cappedHd: 0 };
  const states: HdState[] = preparedHd.map((original) => {
    const prepared = withoutPlaceholders(original, placeholders);
    const top: Candidate[] = [];
    const { indexes, capped } = index.candidates(prepared);
    stats.comparedPairs += indexes.length;
    stats.maxPairsPerHd = Math.max(stats.maxPairsPerHd, indexes.length);
    if (capped) stats.cappedHd++;
    for (const i of indexes) {
      const pimsId = pims[i].id;
      if (taken.has(pimsId) || rejected.has(`${prepared.id}|${pimsId}`)) continue;
      const candidate = (preparedPims[i] ??= prepare.client(pims[i]));
      insertTopTwo(top, scoreCandidate(prepared, candidate, limits));
    }
    return { hd: prepared, top, notes: [], blocked: false, competitor: null };
  });

  markAmbiguousCandidates(states, lower, margin);
  markContestedPims(states, lower, margin);
  opts.onStats?.(stats);

  return states.map((state) => buildResult(state, upper, lower));
}

/** Share of `total` PIMS clients bearing `name`; null below 1,000 clients (too few to count on). */
function shareOf(counts: ReadonlyMap<string, number>, name: string, total: number): number | null {
  if (total < MIN_CLIENTS_FOR_NAME_SHARES) return null;
  return Math.max(1, counts.get(name) ?? 0) / total;
}

/** Below this many PIMS clients, name counts are too noisy: the table's u values are used. */
const MIN_CLIENTS_FOR_NAME_SHARES = 1000;

/** The HD record with placeholder phones/emails removed, so they count as missing. */
function withoutPlaceholders(hd: PreparedClient, placeholders: ReadonlySet<string>): PreparedClient {
  if (placeholders.size === 0) return hd;
  const phones = hd.phones.filter((p) => !placeholders.has(p));
  const email = hd.email !== null && placeholders.has(hd.email) ? null : hd.email;
  return phones.length === hd.phones.length && email === hd.email ? hd : { ...hd, phones, email };
}

interface Limits {
  upperWeight: number;
  lowerWeight: number;
  names: NameKnowledge;
}

function scoreCandidate(hd: PreparedClient, pims: PreparedClient, limits: Limits): Candidate {
  const comparison = comparePair(hd, pims, limits.names);
  let weight = comparison.weight;
  // Deterministic evidence (same email; same phone and family name; same pet born the same
  // day) with agreeing names is enough on its own: it lifts the pair to the merge threshold.
  const lifted = comparison.rule !== null && comparison.namesCompatible && weight < limits.upperWeight;
  if (lifted) weight = limits.upperWeight;
  // The same evidence with a first name that is only close (JOHN/JOAN, an initial, a short
  // form not in the table) may be the person or a relative: a person decides (review).
  const floored = comparison.rule !== null && comparison.namesPossible && weight < limits.lowerWeight;
  if (floored) weight = limits.lowerWeight;
  // Same full name and address with every phone and email differing (father and son, a new
  // occupant), or JR against SR: however strong, a person decides.
  const cautioned = comparison.caution !== null && weight >= limits.upperWeight;
  if (cautioned) weight = limits.upperWeight - CAUTION_MARGIN_BITS;
  return { pims, comparison, weight, score: scoreFromWeight(weight), lifted: lifted && !cautioned, floored, cautioned };
}

/** Weight descending, then PIMS id, so ties never depend on input order. */
function byStrength(a: Candidate, b: Candidate): number {
  return b.weight - a.weight || compareIds(a.pims.id, b.pims.id);
}

function insertTopTwo(top: Candidate[], candidate: Candidate): void {
  top.push(candidate);
  top.sort(byStrength);
  if (top.length > 2) top.length = 2;
}

/** One HD client with two PIMS look-alikes (often a duplicate chart at the clinic). */
function markAmbiguousCandidates(states: HdState[], lower: number, margin: number): void {
  for (const state of states) {
    const [best, second] = state.top;
    if (!best || !second || second.score < lower) continue;
    if (best.weight - second.weight < margin) {
      state.blocked = true;
      state.competitor = { side: "pims", id: second.pims.id, score: second.score };
      state.notes.push(`ambiguous: PIMS ${second.pims.id} (score ${second.score}) is almost as likely as PIMS ${best.pims.id}`);
    }
  }
}

/** Two HD clients wanting one PIMS client: only a clear winner may merge. */
function markContestedPims(states: HdState[], lower: number, margin: number): void {
  const claims = new Map<string, HdState[]>();
  for (const state of states) {
    const best = state.top[0];
    if (!best || best.score < lower) continue;
    const list = claims.get(best.pims.id);
    if (list) list.push(state);
    else claims.set(best.pims.id, [state]);
  }
  for (const [pimsId, claimants] of claims) {
    if (claimants.length < 2) continue;
    claimants.sort((a, b) => b.top[0].weight - a.top[0].weight || compareIds(a.hd.id, b.hd.id));
    const [winner, runnerUp] = claimants;
    const clearWinner = winner.top[0].weight - runnerUp.top[0].weight >= margin;
    for (const state of claimants) {
      if (clearWinner && state === winner) continue;
      state.blocked = true;
      const rival = state === winner ? runnerUp : winner;
      state.competitor ??= { side: "hd", id: rival.hd.id, score: rival.top[0].score };
      const others = claimants.filter((s) => s !== state).map((s) => s.hd.id);
      state.notes.push(
        clearWinner
          ? `conflict: PIMS ${pimsId} matches HD ${winner.hd.id} better`
          : `conflict: HD ${others.join(", ")} also match PIMS ${pimsId} as closely`,
      );
    }
  }
}

function buildResult(state: HdState, upper: number, lower: number): MatchResult {
  const hdPets = state.hd.pets.map((p) => p.id).sort(compareIds);
  const best = state.top[0];
  if (!best) {
    return {
      hdId: state.hd.id,
      pimsId: null,
      decision: "unmatched",
      score: 0,
      evidence: { rule: null, fields: {}, levels: {}, weight: 0 },
      petLinks: [],
      unlinkedHdPets: hdPets,
      unlinkedPimsPets: [],
      reasons: ["no PIMS client shares a blocking key (email, phone, name, address or pet)"],
    };
  }

  const evidence: MatchEvidence = {
    rule: best.comparison.rule,
    fields: best.comparison.fields,
    levels: best.comparison.levels,
    weight: Math.round(best.weight * 1000) / 1000,
    ...(state.competitor ? { competitor: state.competitor } : {}),
  };
  const reasons = [...state.notes];
  if (best.lifted) {
    reasons.push(`rule ${best.comparison.rule} with agreeing names lifted the score to ${upper}`);
  }
  // Said whenever such a pair is not merged, whether the rule raised it or its bits alone reached review.
  if (best.floored || (best.comparison.rule !== null && best.comparison.namesPossible && best.score < upper)) {
    reasons.push(`rule ${best.comparison.rule} with only a close first name: a person should decide`);
  }
  if (best.cautioned && best.comparison.caution === "household") {
    reasons.push("household: same name and address, but every phone and email on both records differs");
  }
  if (best.cautioned && best.comparison.caution === "generation") {
    reasons.push("generation: the records carry different suffixes (JR, SR, II, III)");
  }
  if (best.comparison.swapped) reasons.push("names swapped: first and last name match the other way round");

  let decision: Decision;
  if (best.score < lower) decision = "unmatched";
  else if (best.score >= upper && !state.blocked) decision = "merged";
  else decision = "review";

  if (decision === "unmatched") {
    reasons.push(`best candidate PIMS ${best.pims.id} scored ${best.score}, below ${lower}`);
    return {
      hdId: state.hd.id,
      pimsId: null,
      decision,
      score: best.score,
      evidence,
      petLinks: [],
      unlinkedHdPets: hdPets,
      unlinkedPimsPets: [],
      reasons,
    };
  }
  return {
    hdId: state.hd.id,
    pimsId: best.pims.id,
    decision,
    score: best.score,
    evidence,
    ...linkPets(state.hd.pets, best.pims.pets),
    reasons,
  };
}
