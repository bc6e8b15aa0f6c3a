/**
 * Compares one HD client with one PIMS client: a comparison level per field, the
 * Fellegi-Sunter weight (see weights.ts for the m/u values and the household cap), and the
 * deterministic rule, if any, that backs the pair.
 */
import { areNicknameEquivalent, isTableName, nameForms } from "./nicknames";
import { jaroWinkler } from "./jaro-winkler";
import { petsOverlap, samePetExactly } from "./pets";
import type { PreparedClient } from "./prepare";
import { streetParts, type StreetLine } from "./street";
import type { FieldLevel } from "./types";
import {
  HOUSEHOLD_CAP_BITS,
  NO_CONTACT_CAP_BITS,
  evidenceLevel,
  weightOf,
  type FieldName,
  type LevelName,
} from "./weights";

/** Last names at least this alike count as "the same family name" for the phone rule. */
export const LAST_NAME_RULE_JW = 0.92;

type FirstLevel = LevelName<"firstName">;
type LastLevel = LevelName<"lastName">;

/**
 * Which first-name spellings are real given names. A spelling nobody else is called (not in
 * the nickname table, and on fewer than two PIMS clients of the practice) is most likely
 * mistyped; a real name one letter off another (JOHN/JOAN, MARK/MARY) may be a spouse or a
 * sibling. This is the value-frequency idea of Fellegi-Sunter applied to the typo level.
 */
export interface NameKnowledge {
  isKnownFirstName(name: string): boolean;
}

/** Without the practice's data: only the nickname table's names are known. */
export const TABLE_NAMES: NameKnowledge = { isKnownFirstName: isTableName };

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A short form that is not in the table but looks like one: the shorter name (3+ letters)
 * starts the longer one (STEVIE/STEVEN share STEV, DOT/DOROTHY, JONNY/JONATHAN share JON)
 * or sits inside it (TINA in CHRISTINA). Weak: only a person should accept it.
 */
function looksLikeShortForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short === long) return false;
  if (long.startsWith(short.slice(0, 3)) && short.length <= 6) return true;
  return short.length >= 4 && long.includes(short);
}

/** Nickname forms of one name within one typo of the other (KAET ~ KATE ~ KATHLEEN). */
function typoOfAForm(a: string, b: string): boolean {
  const formsA = nameForms(a);
  const formsB = nameForms(b);
  if (formsA.length === 1 && formsB.length === 1) return false;
  return formsB.some((f) => f !== b && withinOneEdit(a, f)) || formsA.some((f) => f !== a && withinOneEdit(b, f));
}

/** Optimal-string-alignment distance (adjacent swaps count one), for short names only. */
export function editDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const row = [i];
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[lb];
}

// Endings that make a woman's name of a man's (PAUL/PAULA, DANIEL/DANIELLE, ERIC/ERICA,
// LOUIS/LOUISE, ROBERT/ROBERTA): one or two letters apart, yet two people.
const GENDER_ENDINGS = ["A", "E", "IE", "NE", "LE", "LLE", "NA", "INA", "INE", "ETTE", "ETTA", "EEN", "ENE"];

/** True when one name is the other plus a feminine ending. */
export function isGenderPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || !long.startsWith(short.replace(/E$/, ""))) return false;
  const base = long.startsWith(short) ? short : short.replace(/E$/, "");
  return GENDER_ENDINGS.includes(long.slice(base.length));
}

export function compareFirstNames(
  a: PreparedClient,
  b: PreparedClient,
  names: NameKnowledge = TABLE_NAMES,
): FirstLevel | null {
  if (a.first === "" || b.first === "") return null;
  if (a.first === b.first) return "exact";
  if (a.firstWord === b.firstWord || areNicknameEquivalent(a.firstWord, b.firstWord)) {
    return "nickname";
  }
  if (a.first.length === 1 || b.first.length === 1) {
    // "B" for BILL/WILLIAM is as consistent as "W".
    const [initial, full] = a.first.length === 1 ? [a.first, b] : [b.first, a];
    return nameForms(full.firstWord).some((form) => form[0] === initial) ? "initial" : "disagree";
  }
  const oneEdit = a.first.length >= 3 && b.first.length >= 3 && withinOneEdit(a.first, b.first);
  const slip = oneEdit || typoOfAForm(a.firstWord, b.firstWord);
  if (slip || jaroWinkler(a.first, b.first) >= 0.92) {
    // One slip: a typo when one side is no known name, else possibly another person;
    // PAUL/PAULA and DANIEL/DANIELLE are two people however rare the spelling. Merely alike
    // (DANIAL/DANIKA: two letters apart) is for a person to judge.
    const bothReal = names.isKnownFirstName(a.firstWord) && names.isKnownFirstName(b.firstWord);
    return !slip || bothReal || isGenderPair(a.firstWord, b.firstWord) ? "similar" : "typo";
  }
  // Two slips in a longer name (HRMMANN/HERMANN, VIIRGIINE/VIRGINIE): only a person can tell.
  const twoEdits = Math.min(a.first.length, b.first.length) >= 5 && editDistance(a.first, b.first) <= 2;
  return twoEdits || looksLikeShortForm(a.firstWord, b.firstWord) ? "similar" : "disagree";
}

export function compareLastNames(a: PreparedClient, b: PreparedClient): LastLevel | null {
  if (a.last === "" || b.last === "") return null;
  if (a.last === b.last) return "exact";
  const jw = jaroWinkler(a.last, b.last);
  // One slip in a short name (LEE/LSE) leaves Jaro-Winkler low, so edits are counted too.
  if (jw >= LAST_NAME_RULE_JW || (a.last.length >= 3 && b.last.length >= 3 && withinOneEdit(a.last, b.last))) {
    return "similar";
  }
  if (jw >= 0.85) return "weak";
  // Compound family names: SMITH-JONES on one side, SMITH on the other.
  const shared = a.lastWords.some((w) => w.length > 1 && b.lastWords.includes(w));
  return shared ? "weak" : "disagree";
}

export function compareStreets(
  a: StreetLine | null,
  b: StreetLine | null,
): "exact" | "partial" | "disagree" | null {
  if (a === null || b === null) return null;
  if (a.full === b.full) return "exact";
  if (a.number === null || a.number !== b.number) return "disagree";
  // Same house on a similarly spelled street ("N MAIN ST" / "MAIN ST"); a unit on one side
  // only is a formatting gap, two different units are two apartments (two households).
  const pa = streetParts(a);
  const pb = streetParts(b);
  const unitsCompatible = pa.unit === null || pb.unit === null || pa.unit === pb.unit;
  return unitsCompatible && jaroWinkler(pa.body, pb.body) >= 0.9 ? "partial" : "disagree";
}

export interface PairComparison {
  fields: Record<string, FieldLevel>;
  /** Comparator levels of the fields that were not missing (see MatchEvidence.levels). */
  levels: Record<string, string>;
  /** Weight in bits after the household and no-contact caps. */
  weight: number;
  rule: string | null;
  /** First name exact/nickname/typo and last name exact/similar: a rule may lift the score. */
  namesCompatible: boolean;
  /**
   * First name only close (a real name one letter off, an initial, a short form not in the
   * table) and last name exact/similar, or the first name agreeing under another family name
   * with the same email or pet: with a rule, a person should look (review at least).
   */
  namesPossible: boolean;
}

export function comparePair(
  hd: PreparedClient,
  pims: PreparedClient,
  names: NameKnowledge = TABLE_NAMES,
): PairComparison {
  const fields: Record<string, FieldLevel> = {};
  const levels: Record<string, string> = {};
  let personBits = 0;
  let householdPositive = 0;
  let householdNegative = 0;

  const record = <F extends FieldName>(field: F, level: LevelName<F> | null, household: boolean) => {
    if (level === null) {
      fields[field] = "missing";
      return;
    }
    fields[field] = evidenceLevel(level);
    levels[field] = level;
    const w = weightOf(field, level);
    if (!household) personBits += w;
    else if (w > 0) householdPositive += w;
    else householdNegative += w;
  };

  const first = compareFirstNames(hd, pims, names);
  const last = compareLastNames(hd, pims);
  const street = compareStreets(hd.street, pims.street);
  record("firstName", first, false);
  record("lastName", last, true);
  record("street", street, true);

  if (hd.zip !== null && pims.zip !== null) {
    record("zip", hd.zip === pims.zip ? "agree" : "disagree", true);
  } else {
    fields.zip = "missing";
    if (hd.city !== null && pims.city !== null) {
      record("city", hd.city === pims.city ? "agree" : "disagree", true);
    }
  }

  const phoneAgrees =
    hd.phones.length > 0 && pims.phones.length > 0 && hd.phones.some((p) => pims.phones.includes(p));
  record(
    "phone",
    hd.phones.length === 0 || pims.phones.length === 0 ? null : phoneAgrees ? "agree" : "disagree",
    true,
  );

  const emailAgrees = hd.email !== null && hd.email === pims.email;
  record(
    "email",
    hd.email === null || pims.email === null ? null : emailAgrees ? "agree" : "disagree",
    true,
  );

  const samePet = samePetExactly(hd.pets, pims.pets);
  record(
    "pets",
    hd.pets.length === 0 || pims.pets.length === 0
      ? null
      : petsOverlap(hd.pets, pims.pets)
        ? "agree"
        : "disagree",
    true,
  );

  let weight = personBits + Math.min(householdPositive, HOUSEHOLD_CAP_BITS) + householdNegative;
  // Names and a zip alone describe namesakes too: held at review (see NO_CONTACT_CAP_BITS).
  const corroborated = emailAgrees || phoneAgrees || samePet || street === "exact" || street === "partial";
  if (!corroborated) weight = Math.min(weight, NO_CONTACT_CAP_BITS);

  const lastAlike = last === "exact" || last === "similar";
  let rule: string | null = null;
  if (emailAgrees) rule = "email";
  else if (phoneAgrees && lastAlike) rule = "phone+lastName";
  else if (samePet) rule = "pet";

  return {
    fields,
    levels,
    weight,
    rule,
    namesCompatible: (first === "exact" || first === "nickname" || first === "typo") && lastAlike,
    namesPossible:
      ((first === "similar" || first === "initial") && lastAlike) ||
      // A new family name (marriage) with the same given name and email or pet: a person checks.
      ((first === "exact" || first === "nickname" || first === "typo") && !lastAlike && (emailAgrees || samePet)),
  };
}
