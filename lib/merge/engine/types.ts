/**
 * Types of the client-matching engine. Records arrive already normalized (see field notes);
 * the engine only uppercases and trims again where comparing needs it.
 */

export interface MatchPet {
  id: string;
  name: string;
  species: string;
  /** YYYY-MM-DD */
  birthDate: string | null;
}

export interface MatchClient {
  id: string;
  firstName: string;
  lastName: string;
  /** Normalized address line 1, e.g. "123 N MAIN ST APT 4". */
  street: string | null;
  city: string | null;
  state: string | null;
  /** 5 digits. */
  zip: string | null;
  /** E.164, e.g. "+15035550100". */
  phones: string[];
  /** Lowercase. */
  email: string | null;
  pets: MatchPet[];
}

export type FieldLevel = "agree" | "partial" | "disagree" | "missing";

export type Decision = "merged" | "review" | "unmatched";

export interface MatchOptions {
  /** Score at or above which a pair is merged automatically. Default DEFAULT_UPPER (0.9). */
  upper?: number;
  /** Score at or above which a pair goes to review. Default DEFAULT_LOWER (0.5). */
  lower?: number;
  /** "hdId|pimsId" pairs a person has rejected; never proposed again. */
  rejectedPairs?: Set<string>;
  /** PIMS client ids already linked to some HD client; never proposed again. */
  alreadyLinkedPims?: Set<string>;
  /**
   * Two candidates whose weights lie closer than this many bits are "too close to call"
   * (one HD client with two PIMS look-alikes, or two HD clients wanting one PIMS client),
   * so neither is merged automatically. Default DEFAULT_MARGIN_BITS (3).
   */
  marginBits?: number;
  /** Told, once per run, how much comparing blocking left (benchmarks print it). */
  onStats?: (stats: MatchStats) => void;
}

/** The work of one run: pairs compared, and how far from n x m blocking kept it. */
export interface MatchStats {
  hdClients: number;
  pimsClients: number;
  /** Candidate pairs scored (HD client x PIMS client). */
  comparedPairs: number;
  /** Most candidates any one HD client had (never above MAX_CANDIDATES_PER_RECORD). */
  maxPairsPerHd: number;
  /** HD clients whose blocks held more candidates than the bound (the largest blocks were left out). */
  cappedHd: number;
}

export interface MatchEvidence {
  /** Deterministic rule that fired for the pair ("email", "phone+lastName", "pet"), or null. */
  rule: string | null;
  /**
   * Per-field comparison levels of the best candidate (empty when there was no candidate):
   * firstName, lastName, street, zip, phone, email, pets, plus city when a zip is missing.
   */
  fields: Record<string, FieldLevel>;
  /**
   * The same fields at the comparator's own level, for reviewers: firstName exact | nickname |
   * typo | similar | initial | disagree; lastName exact | similar | weak | disagree; street
   * exact | partial | disagree; zip, city, phone, email, pets agree | disagree. Missing fields
   * are left out. Empty when there was no candidate. Also nameOrder ("swapped") when the names
   * matched crosswise, and firstNameKind when firstName is "similar": gender | misspelt |
   * one_slip | alike (compare.ts SimilarKind).
   */
  levels: Record<string, string>;
  /** Total Fellegi-Sunter weight in bits after caps and rule floor; score = logistic(weight). */
  weight: number;
  /**
   * Why no automatic merge despite the score: the other record that is almost as likely, so a
   * reviewer can see it beside the proposed one. "pims": a second PIMS client for this HD
   * client; "hd": another HD client wanting the same PIMS client. Absent when there is none.
   */
  competitor?: Competitor;
}

export interface Competitor {
  side: "pims" | "hd";
  id: string;
  /** Its own score against the contested record; null when not known (merged in an earlier run). */
  score: number | null;
}

export interface PetLink {
  hdPetId: string;
  pimsPetId: string;
}

export interface MatchResult {
  hdId: string;
  /** Linked (merged) or proposed (review) PIMS client; null when unmatched. */
  pimsId: string | null;
  decision: Decision;
  /** Confidence in [0, 1] that the best candidate is the same person (0 with no candidate). */
  score: number;
  evidence: MatchEvidence;
  /** Pets paired inside the linked/proposed pair. Empty when unmatched. */
  petLinks: PetLink[];
  /** HD pets without a partner (all HD pets when unmatched). Never dropped. */
  unlinkedHdPets: string[];
  /** Pets of the linked/proposed PIMS client without a partner. */
  unlinkedPimsPets: string[];
  /** Human-readable notes for reviewers: why a pair is in review, which rule lifted it. */
  reasons: string[];
}
