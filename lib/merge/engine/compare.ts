/**
 * Compares one HD client with one PIMS client: a comparison level per field, the
 * Fellegi-Sunter weight (see weights.ts for the m/u values and the household cap), and the
 * deterministic rule, if any, that backs the pair.
 */
import { areNicknameEquivalent, isTableName, nameForms } from "./nicknames";
import { jaroWinkler } from "./jaro-winkler";
import { petsOverlap, samePetExactly, sharedPetNames } from "./pets";
import type { PreparedClient } from "./prepare";
import { streetParts, type StreetLine } from "./street";
import type { FieldLevel } from "./types";
import {
  HOUSEHOLD_CAP_BITS,
  NO_CONTACT_CAP_BITS,
  SECOND_READING_BITS,
  SWAPPED_NAMES_BITS,
  emailWeights,
  evidenceLevel,
  exactNameWeight,
  initialWeight,
  similarFirstNameWeight,
  petsAgreeWeight,
  weightOf,
  type FieldName,
  type LevelName,
} from "./weights";

/** Last names at least this alike count as "the same family name" for the phone rule. */
const LAST_NAME_RULE_JW = 0.92;

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
  /** How many of the practice's PIMS clients bear this given name; null when too few clients to count. */
  firstNameCount?(name: string): number | null;
  /** Share of the practice's PIMS clients whose given name starts with this word; null when unknown. */
  firstNameShare?(name: string): number | null;
  /** Share of the practice's PIMS clients with this family name; null when unknown. */
  lastNameShare?(name: string): number | null;
  /** Share of the practice's PIMS clients whose given name starts with this letter; null when unknown. */
  initialShare?(letter: string): number | null;
  /** Share of the practice's PIMS clients with a pet of this (prepared) name; null when unknown. */
  petNameShare?(name: string): number | null;
}

/** Without the practice's data: only the nickname table's names are known. */
const TABLE_NAMES: NameKnowledge = { isKnownFirstName: isTableName };

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

// A man's and a woman's form of one name (PAUL/PAULA, DANIEL/DANIELLE, VICTOR/VICTORIA,
// ANDREW/ANDREA, NICHOLAS/NICHOLE, PATRICK/PATRICIA, MARIO/MARIA, EUGENE/EUGENIA): one or two
// letters apart, yet two people. Read as the same stem with a masculine ending on one side
// (often none) and a feminine ending on the other.
const FEMININE_ENDINGS = ["A", "E", "IA", "IE", "NE", "LE", "LA", "LLE", "NA", "INA", "INE", "ETTE", "ETTA", "EEN", "ENE"];
const MASCULINE_ENDINGS = ["", "O", "US", "AS", "W", "K"];
/**
 * A masculine name ending in E drops it for the feminine ending (EUGENE/EUGENIA, EMILE/EMILIE,
 * CLAUDE/CLAUDINE, ANTOINE/ANTOINETTE); E against A alone is two spellings of one woman's name
 * as often (EMMALEE/EMMALEA).
 */
const FEMININE_AFTER_E = ["IA", "IE", "INA", "INE", "ETTE", "ETTA", "ELLE"];

/** True when one name is the masculine and the other the feminine form of one stem. */
export function isGenderPair(a: string, b: string): boolean {
  return feminineOf(a, b) || feminineOf(b, a);
}

function feminineOf(masculine: string, feminine: string): boolean {
  for (const m of MASCULINE_ENDINGS) {
    if (!masculine.endsWith(m)) continue;
    const stem = masculine.slice(0, masculine.length - m.length);
    if (stem.length < 3 || !feminine.startsWith(stem)) continue;
    const f = feminine.slice(stem.length);
    // EARNESTINE/EARNESTINEE: the last letter typed twice is a slip, not a feminine ending.
    if (m === "" && f === stem[stem.length - 1]) continue;
    if (FEMININE_ENDINGS.includes(f)) return true;
  }
  const stemE = masculine.endsWith("E") ? masculine.slice(0, -1) : "";
  return stemE.length >= 3 && feminine.startsWith(stemE) && FEMININE_AFTER_E.includes(feminine.slice(stemE.length));
}

/**
 * Given names read as two people: a man's and a woman's form of one name, both of them names
 * at all. A spelling that no PIMS client of the practice bears and the table does not list is
 * a slip of the other (LOLIT for LOLITA, GONZALA for GONZALO).
 */
function isGenderPairOfNames(a: string, b: string, names: NameKnowledge): boolean {
  return isGenderPair(a, b) && !isUnseenName(a, names) && !isUnseenName(b, names);
}

/** A given name the table does not list and no PIMS client of the practice bears (null counts: never). */
function isUnseenName(name: string, names: NameKnowledge): boolean {
  return !isTableName(name) && names.firstNameCount?.(name) === 0;
}

export function compareFirstNames(a: PreparedClient, b: PreparedClient, names: NameKnowledge = TABLE_NAMES): FirstLevel | null {
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
    return !slip || bothReal || isGenderPairOfNames(a.firstWord, b.firstWord, names) ? "similar" : "typo";
  }
  // Two slips in a longer name (HRMMANN/HERMANN, VIIRGIINE/VIRGINIE): only a person can tell.
  const twoEdits = Math.min(a.first.length, b.first.length) >= 5 && editDistance(a.first, b.first) <= 2;
  return twoEdits || looksLikeShortForm(a.firstWord, b.firstWord) ? "similar" : "disagree";
}

const FIRST_LEVEL_RANK: Record<FirstLevel, number> = { exact: 5, nickname: 4, typo: 3, similar: 2, initial: 1, disagree: 0 };

/**
 * compareFirstNames, also reading a space typed inside a given name as no space ("WI L" and
 * "WIL", "MARY ANN" and "MARYANN"): the better of the two readings.
 */
function compareGivenNames(a: PreparedClient, b: PreparedClient, names: NameKnowledge): FirstLevel | null {
  const level = compareFirstNames(a, b, names);
  if (level === null || level === "exact" || level === "nickname") return level;
  if (a.firstJoined === a.first && b.firstJoined === b.first) return level;
  const joined = compareFirstNames(joinedView(a), joinedView(b), names);
  return joined !== null && FIRST_LEVEL_RANK[joined] > FIRST_LEVEL_RANK[level] ? joined : level;
}

const joinedViews = new WeakMap<PreparedClient, PreparedClient>();
function joinedView(c: PreparedClient): PreparedClient {
  if (c.firstJoined === c.first) return c;
  let view = joinedViews.get(c);
  if (!view) joinedViews.set(c, (view = { ...c, first: c.firstJoined, firstWord: c.firstJoined }));
  return view;
}

const swappedViews = new WeakMap<PreparedClient, PreparedClient>();
/** The record with its given and family names trading places. */
function swappedView(c: PreparedClient): PreparedClient {
  let view = swappedViews.get(c);
  if (!view) {
    const lastWord = c.lastWords[0] ?? c.last;
    view = { ...c, first: c.last, firstJoined: c.last, firstWord: lastWord, last: c.first, lastWords: [c.first] };
    swappedViews.set(c, view);
  }
  return view;
}

/**
 * For a pair at the "initial" level: the letter, and whether it stands for the other record's
 * name itself (J for JOHN) or only for one of its nicknames (B for WILLIAM via BILL).
 */
function initialOf(a: PreparedClient, b: PreparedClient): { letter: string; throughNickname: boolean } | null {
  for (const [x, y] of [
    [a, b],
    [joinedView(a), joinedView(b)],
  ]) {
    if (x.first.length !== 1 && y.first.length !== 1) continue;
    const [letter, full] = x.first.length === 1 ? [x.first, y] : [y.first, x];
    return { letter, throughNickname: full.firstWord[0] !== letter && full.first[0] !== letter };
  }
  return null;
}

/**
 * Which kind of "similar" two given names are (see weights.ts similarFirstNameWeight): a man's
 * and a woman's form of one name (two people, however rare the spelling), a misspelling
 * beyond one slip (one spelling is no name anybody in the practice bears: HWROL/HAROLD),
 * two real names one slip apart (JOHN/JOAN, MELISA/MELISSA: a typo or a relative), or merely
 * alike (two slips between real names, a short form missing from the table).
 */
export type SimilarKind = "gender" | "misspelt" | "one_slip" | "alike";

function similarKind(a: PreparedClient, b: PreparedClient, names: NameKnowledge): SimilarKind {
  if (isGenderPairOfNames(a.firstWord, b.firstWord, names) || isGenderPairOfNames(a.first, b.first, names)) return "gender";
  const oneSlip = (x: PreparedClient, y: PreparedClient) =>
    x.first.length >= 3 && y.first.length >= 3 && withinOneEdit(x.first, y.first);
  if (oneSlip(a, b) || oneSlip(joinedView(a), joinedView(b))) return "one_slip";
  // Only when the practice is large enough to count names; a short form (DOT) is no misspelling.
  const misspelt = (x: PreparedClient, y: PreparedClient) =>
    isUnseenName(x.firstWord, names) && names.isKnownFirstName(y.firstWord) && !looksLikeShortForm(x.firstWord, y.firstWord);
  return misspelt(a, b) || misspelt(b, a) ? "misspelt" : "alike";
}

const firstAgrees = (level: FirstLevel | null) => level === "exact" || level === "nickname" || level === "typo";
const lastAgrees = (level: LastLevel | null) => level === "exact" || level === "similar";

function compareLastNames(a: PreparedClient, b: PreparedClient): LastLevel | null {
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

/**
 * A house number typed with one keystroke wrong in a way a neighbour's number is not: two
 * digits swapped (123/132) or one dropped or doubled (123/12, 123/1233). A different digit in
 * the same place (123/125) is just as often the house next door, so it is no typo here.
 */
export function isHouseNumberSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (a[i] === b[i]) i++;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return withinOneEdit(a, b);
}

/** Two 5-digit zips one digit apart (one changed, or two adjacent swapped). */
export function isZipSlip(a: string, b: string): boolean {
  return a !== b && a.length === b.length && withinOneEdit(a, b);
}

export function compareStreets(
  a: StreetLine | null,
  b: StreetLine | null,
): "exact" | "partial" | "number_typo" | "disagree" | null {
  if (a === null || b === null) return null;
  if (a.full === b.full) return "exact";
  if (a.number === null || b.number === null) return "disagree";
  const slip = a.number !== b.number && isHouseNumberSlip(a.number, b.number);
  if (a.number !== b.number && !slip) return "disagree";
  // Same house on a similarly spelled street ("N MAIN ST" / "MAIN ST"); a unit on one side
  // only is a formatting gap, two different units are two apartments (two households).
  const pa = streetParts(a);
  const pb = streetParts(b);
  const unitsCompatible = pa.unit === null || pb.unit === null || pa.unit === pb.unit;
  if (!unitsCompatible || jaroWinkler(pa.body, pb.body) < 0.9) return "disagree";
  return slip ? "number_typo" : "partial";
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
  /** Given and family names matched crosswise (typed in each other's place). */
  swapped: boolean;
  /**
   * Why a person must look even when the weight is high (see engine.ts): "household" (same
   * full name and address, every phone and email present on both sides differs) or
   * "generation" (JR on one side, SR on the other); null otherwise.
   */
  caution: "household" | "generation" | null;
}

export function comparePair(hd: PreparedClient, pims: PreparedClient, names: NameKnowledge = TABLE_NAMES): PairComparison {
  const fields: Record<string, FieldLevel> = {};
  const levels: Record<string, string> = {};
  let personBits = 0;
  let householdPositive = 0;
  let householdNegative = 0;

  const record = <F extends FieldName>(field: F, level: LevelName<F> | null, household: boolean, bits?: number) => {
    if (level === null) {
      fields[field] = "missing";
      return;
    }
    fields[field] = evidenceLevel(level);
    levels[field] = level;
    const w = bits ?? weightOf(field, level);
    if (!household) personBits += w;
    else if (w > 0) householdPositive += w;
    else householdNegative += w;
  };

  // Names in their places, or crosswise when only that way round they agree.
  let first = compareGivenNames(hd, pims, names);
  let last = compareLastNames(hd, pims);
  let swapped = false;
  let nameView = hd;
  if (!(firstAgrees(first) && lastAgrees(last)) && hd.first !== "" && hd.last !== "" && hd.first !== hd.last) {
    const crossHd = swappedView(hd);
    const crossFirst = compareGivenNames(crossHd, pims, names);
    const crossLast = compareLastNames(crossHd, pims);
    if (firstAgrees(crossFirst) && lastAgrees(crossLast)) {
      [first, last, swapped, nameView] = [crossFirst, crossLast, true, crossHd];
    }
  }
  const share = (fn: ((name: string) => number | null) | undefined, name: string) => (fn ? fn.call(names, name) : null);
  const initial = first === "initial" ? initialOf(nameView, pims) : null;
  const kind = first === "similar" ? similarKind(nameView, pims, names) : null;
  // Kept so a reviewer reads which kind of "similar" it is (review/view.ts).
  if (kind !== null) levels.firstNameKind = kind;
  record(
    "firstName",
    first,
    false,
    first === "exact"
      ? exactNameWeight("firstName", share(names.firstNameShare, pims.firstWord))
      : initial !== null
        ? initialWeight(initial.throughNickname, share(names.initialShare, initial.letter))
        : first === "similar"
          ? similarFirstNameWeight(kind!)
          : undefined,
  );
  record(
    "lastName",
    last,
    true,
    last === "exact" ? exactNameWeight("lastName", share(names.lastNameShare, pims.last)) : undefined,
  );
  if (swapped) {
    // A record is typed swapped about 1 time in 17, while names read crosswise agree by chance
    // about as often as names in their places: the crosswise reading costs SWAPPED_NAMES_BITS.
    // One bit of it is for trying a second reading at all (the chance agreement doubles) and
    // stays with the person; the rest doubts the crosswise family name, which is household
    // evidence (a housemate shares it too), so it is spent once the household is beyond doubt
    // without it (same address, phone or email reach the cap).
    personBits -= SECOND_READING_BITS;
    householdPositive -= SWAPPED_NAMES_BITS - SECOND_READING_BITS;
    levels.nameOrder = "swapped";
  }
  const street = compareStreets(hd.street, pims.street);
  record("street", street, true);

  if (hd.zip !== null && pims.zip !== null) {
    // A zip that differs with the street is one move, judged given the street (weights.ts).
    const zipLevel =
      hd.zip === pims.zip ? "agree" : street === "disagree" ? "moved" : isZipSlip(hd.zip, pims.zip) ? "typo" : "disagree";
    record("zip", zipLevel, true);
  } else {
    fields.zip = "missing";
    if (hd.city !== null && pims.city !== null) {
      record("city", hd.city === pims.city ? "agree" : "disagree", true);
    }
  }

  const phoneAgrees = hd.phones.length > 0 && pims.phones.length > 0 && hd.phones.some((p) => pims.phones.includes(p));
  record("phone", hd.phones.length === 0 || pims.phones.length === 0 ? null : phoneAgrees ? "agree" : "disagree", true);

  const emailAgrees = hd.email !== null && hd.email === pims.email;
  if (hd.email !== null && pims.email !== null) {
    // Housemates share an address far more often than an email: part of the email's bits
    // says which member of the household this is, and is not capped with the household's.
    const { household, person } = emailWeights(emailAgrees);
    record("email", emailAgrees ? "agree" : "disagree", true, household);
    personBits += person;
  } else record("email", null, true);

  const samePet = samePetExactly(hd.pets, pims.pets);
  const petsAgree = hd.pets.length > 0 && pims.pets.length > 0 && petsOverlap(hd.pets, pims.pets);
  const rarestPetShare = petsAgree
    ? Math.min(...sharedPetNames(hd.pets, pims.pets).map((name) => share(names.petNameShare, name) ?? Infinity))
    : Infinity;
  record(
    "pets",
    hd.pets.length === 0 || pims.pets.length === 0 ? null : petsAgree ? "agree" : "disagree",
    true,
    petsAgree ? petsAgreeWeight(Number.isFinite(rarestPetShare) ? rarestPetShare : null) : undefined,
  );

  let weight = personBits + Math.min(householdPositive, HOUSEHOLD_CAP_BITS) + householdNegative;
  // Names and a zip alone describe namesakes too: held at review (see NO_CONTACT_CAP_BITS).
  // A pet of the same name and species is no namesake's: it corroborates, worth its own bits.
  const corroborated =
    emailAgrees || phoneAgrees || petsAgree || street === "exact" || street === "partial" || street === "number_typo";
  if (!corroborated) weight = Math.min(weight, NO_CONTACT_CAP_BITS);

  const lastAlike = last === "exact" || last === "similar";
  let rule: string | null = null;
  if (emailAgrees) rule = "email";
  else if (phoneAgrees && lastAlike) rule = "phone+lastName";
  else if (samePet) rule = "pet";

  // Father and son, or a former and a new occupant: the same full name at the same address
  // while every phone and email both records hold differs. A pet in common outweighs one
  // changed phone or email (a third of true pairs have one), never both. Generation suffixes that differ
  // (JR/SR, II/III) are two people whatever else agrees.
  const contactsCompared = fields.phone !== "missing" || fields.email !== "missing";
  const bothContactsCompared = fields.phone !== "missing" && fields.email !== "missing";
  const sameFullName = first === "exact" && last === "exact" && !swapped;
  const sameAddress = street === "exact" || street === "partial";
  let caution: PairComparison["caution"] = null;
  if (hd.generation !== null && pims.generation !== null && hd.generation !== pims.generation) caution = "generation";
  else if (
    sameFullName &&
    sameAddress &&
    contactsCompared &&
    !phoneAgrees &&
    !emailAgrees &&
    (bothContactsCompared || fields.pets !== "agree")
  ) {
    caution = "household";
  }

  return {
    fields,
    levels,
    weight,
    rule,
    swapped,
    caution,
    namesCompatible: (first === "exact" || first === "nickname" || first === "typo") && lastAlike,
    namesPossible:
      // A man's and a woman's form of one name are two people: no rule raises them.
      (((first === "similar" && kind !== "gender") || first === "initial") && lastAlike) ||
      // A new family name (marriage) with the same given name and email or pet: a person checks.
      ((first === "exact" || first === "nickname" || first === "typo") && !lastAlike && (emailAgrees || samePet)),
  };
}
