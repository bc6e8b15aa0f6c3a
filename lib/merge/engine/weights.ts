/**
 * Fellegi-Sunter parameters. For each field and comparison level, m = P(level | same person)
 * and u = P(level | different people among this practice's clients); the level adds
 * log2(m / u) bits to the pair's weight. A missing value on either side adds 0.
 *
 * The values are set by hand (no labelled data yet) from what is known about pharmacy and
 * clinic records; the bits are shown next to each so the arithmetic can be checked:
 *
 *  field       level      m      u       bits   why
 *  firstName   exact      .90    .008    +6.81  u ~ 1/125: common given names repeat a lot;
 *                                               per value, see "Name frequencies" below
 *              nickname   .04    .002    +4.32  Bob/Robert: people use both forms
 *              typo       .04    .001    +5.32  one letter off / JW >= .92 and one side is no known
 *                                               name (MARSYE/MARYSE, KAET/KATE): ~5% of typed names
 *                                               carry a typo; two different people rarely have
 *                                               names one slip apart of which one is not a name
 *              similar    .02    .01     +1.00  two real names one letter off (JOHN/JOAN): a
 *                                               typo OR a relative; merely alike (two slips,
 *                                               STEVIE/STEVEN) 0, a misspelling beyond one
 *                                               slip +3.32, a man's and a woman's form of one
 *                                               name -2.32 (see similarFirstNameWeight)
 *              initial    per letter       ~+3   "J" vs "JOHN": how many given names start with
 *                                               J (initialWeight); B for WILLIAM about none
 *              disagree   .02    .96     -5.58  true matches almost never change given name
 *  lastName    exact      .92    .01     +6.52  regional surnames cluster, so u is not tiny
 *              similar    .04    .004    +3.32  JW >= .92: typo (Jonson/Johnson)
 *              weak       .02    .01     +1.00  JW >= .85 or one word of a compound name
 *              disagree   .02    .976    -5.61  marriage is the usual reason for m > 0
 *  street      exact      .70    .001    +9.45  ~30% of matches moved since the other record
 *              partial    .10    .004    +4.64  same house number, street ~, unit compatible
 *              number_typo .02   .001    +4.32  same street, house number one keystroke off
 *                                               (12 -> 21, 123 -> 1233); neighbours are the u
 *              disagree   .20    .995    -2.31  moves are common, so a mild penalty
 *  zip         agree      .85    .03     +4.82  a practice draws from a few dozen zips
 *              typo       .04    .06     -0.58  one digit off: a slip, or the next zip over
 *                                               (neighbouring zips differ by a digit), so weak
 *              disagree   .15    .97     -2.69  same street: a zip mistyped beyond one digit
 *              moved      .60    .97     -0.69  zip differs AND the street differs: one move
 *                                               changes both, so the zip is judged given the
 *                                               street (not counted twice): a move costs 3.0
 *                                               bits in all, not 5.0
 *  city        agree      .85    .10     +3.09  only consulted when a zip is missing
 *              disagree   .15    .90     -2.58
 *  phone       agree      .65    .0005   +10.34 any shared E.164 number
 *              disagree   .35    .9995   -1.51  cell vs home vs old landline
 *  email       agree      .55    .0002   +11.43 1.14 of it tells housemates apart (emailWeights)
 *              disagree   .45    .9998   -1.15  people keep several addresses
 *  pets        agree      .60    .01     +5.91  a pet with the same name and species; per
 *                                               pet name when counted (petsAgreeWeight)
 *              disagree   .40    .99     -1.31  pets die, new ones arrive
 *
 * Name frequencies: "exact" is worth more for a rare name than for a common one (Winkler's
 * value-specific u). When the practice has enough PIMS clients to count (engine.ts), u for an
 * exact first or family name is the share of PIMS clients bearing it, held within [u/2, 4u]
 * of the table's u: at most 1 bit more for a rare name (a practice's counts are a small
 * sample, and namesakes of a rare name still exist), at most 2 bits less for a common one.
 *
 * Swapped names: a given name typed as the family name and the other way round (common on
 * forms and front desks) is compared crosswise; the pair then gets the crosswise levels' bits
 * minus SWAPPED_NAMES_BITS: P(swapped | same person) ~ .05 against P(names in order) ~ .83.
 *
 * Generation suffixes (JR, SR, II, III) read from either name: two different ones are two
 * people (father and son), whatever else agrees; such a pair is never merged automatically.
 *
 * Which first-name spellings are "real names" (typo vs similar) is decided per practice:
 * the nickname table's names plus any spelling two or more PIMS clients bear (see
 * compare.ts NameKnowledge); a man's and a woman's form of one name (PAUL/PAULA) is never a typo.
 *
 * Rules (compare.ts, engine.ts): email, phone + family name, or a pet with the same name,
 * species and birth date LIFT a pair to the merge threshold when the names agree (first name
 * exact, nickname or typo; family name exact or similar), and RAISE it to the review
 * threshold when they only might (first name similar or an initial; or the given name
 * agreeing under a new family name with the same email or pet). A first name that plainly
 * disagrees gets no help from any rule: that is a relative sharing the family's contacts.
 *
 * Household dependence: last name, address, zip/city, phone, email and pets are shared by
 * everyone in a household, so they are NOT independent given "different people" and simply
 * summing them would make a spouse look like a certain match. Their positive bits are
 * therefore capped at HOUSEHOLD_CAP_BITS ("this is the household, beyond doubt"); only the
 * first name can then say which person of the household it is, with the part of the email's
 * bits that tells housemates apart (emailWeights). Negative bits are not capped. The
 * crosswise-names cost falls on the household side too, but for SECOND_READING_BITS.
 *
 * Worked examples (weight -> score with the defaults; see engine.ts for thresholds):
 *  same person, everything agrees               20.81  0.998  merged
 *  Bob / Robert, same address and phone         18.32  0.988  merged
 *  moved: names + phone, new address            15.81  0.933  merged
 *  moved: names + email, new address and phone  14.30  0.832  lifted to 0.9 by the email rule
 *  Marsye / Maryse (typo), same address, phone  19.32  0.994  merged
 *  Kaet / Kathleen, moved, phone + family name  14.31  0.833  lifted to 0.9 by the phone rule
 *  Daniel / Danielle, same address and phone    11.68  0.445  unmatched (two forms of a name)
 *  John / Joan, same address and phone          15.00  0.889  review (both are real names)
 *  Beverly, new family name, same email only     7.62  0.046  raised to 0.5 (review): marriage?
 *  John / Mary Smith, same address and phone     8.41  0.077  unmatched
 *  John Smith in the same zip, nothing shared   14.00  0.800  review (no-contact cap)
 *  John Smith in another town, other phone       6.82  0.027  unmatched
 */
import type { FieldLevel } from "./types";

interface MU {
  m: number;
  u: number;
}

const bits = ({ m, u }: MU) => Math.log2(m / u);

const M_U = {
  firstName: {
    exact: { m: 0.9, u: 0.008 },
    nickname: { m: 0.04, u: 0.002 },
    typo: { m: 0.04, u: 0.001 },
    similar: { m: 0.02, u: 0.01 },
    initial: { m: 0.02, u: 0.02 },
    disagree: { m: 0.02, u: 0.96 },
  },
  lastName: {
    exact: { m: 0.92, u: 0.01 },
    similar: { m: 0.04, u: 0.004 },
    weak: { m: 0.02, u: 0.01 },
    disagree: { m: 0.02, u: 0.976 },
  },
  street: {
    exact: { m: 0.7, u: 0.001 },
    partial: { m: 0.1, u: 0.004 },
    number_typo: { m: 0.02, u: 0.001 },
    disagree: { m: 0.2, u: 0.995 },
  },
  zip: { agree: { m: 0.85, u: 0.03 }, typo: { m: 0.04, u: 0.06 }, disagree: { m: 0.15, u: 0.97 }, moved: { m: 0.6, u: 0.97 } },
  city: { agree: { m: 0.85, u: 0.1 }, disagree: { m: 0.15, u: 0.9 } },
  phone: { agree: { m: 0.65, u: 0.0005 }, disagree: { m: 0.35, u: 0.9995 } },
  email: { agree: { m: 0.55, u: 0.0002 }, disagree: { m: 0.45, u: 0.9998 } },
  pets: { agree: { m: 0.6, u: 0.01 }, disagree: { m: 0.4, u: 0.99 } },
} as const;

type Table = typeof M_U;
export type FieldName = keyof Table;
export type LevelName<F extends FieldName> = keyof Table[F] & string;

/** Bits for one field at one level. */
export function weightOf<F extends FieldName>(field: F, level: LevelName<F>): number {
  return bits((M_U[field] as Record<string, MU>)[level]);
}

/**
 * Bits of an exact first or family name whose value a share `share` of the practice's PIMS
 * clients bear (see "Name frequencies"); the table's value when the share is unknown.
 */
export function exactNameWeight(field: "firstName" | "lastName", share: number | null): number {
  const { m, u } = M_U[field].exact;
  if (share === null || !(share > 0)) return bits({ m, u });
  return Math.log2(m / Math.min(4 * u, Math.max(u / 2, share)));
}

/**
 * An initial is judged given that one record carries only an initial (which is as likely for a
 * namesake or a housemate as for the person, so it cancels): what is left is how likely this
 * letter is. For the person it is the name's own first letter (m .9) or, rarely, the first
 * letter of a nickname (B for WILLIAM via BILL, m .05); for anybody else it is the share of the
 * practice's given names starting with that letter (u; 1/12 when the practice is too small to
 * count), held within [.02, .25]. "J" against JOHN is worth about 3 bits, "B" for WILLIAM
 * slightly less than nothing.
 */
export function initialWeight(throughNickname: boolean, share: number | null): number {
  const m = throughNickname ? INITIAL_M_NICKNAME : INITIAL_M_OWN;
  const u = share === null || !(share > 0) ? INITIAL_U_DEFAULT : Math.min(0.25, Math.max(0.02, share));
  return Math.log2(m / u);
}
const INITIAL_M_OWN = 0.9;
const INITIAL_M_NICKNAME = 0.05;
const INITIAL_U_DEFAULT = 1 / 12;

/**
 * Bits of a pet the two records share (same name and species): u is the share of the
 * practice's PIMS clients with a pet of that name (every zip has a BELLA; a TIBERIUS says
 * more), at least u/2 like names (namesakes of a rare pet name exist too) but with no upper
 * bound short of 1/2: a few pet names cover a large share of all dogs and cats, so a common
 * one may say little. The table's value when unknown.
 */
export function petsAgreeWeight(share: number | null): number {
  const { m, u } = M_U.pets.agree;
  if (share === null || !(share > 0)) return bits({ m, u });
  return Math.log2(m / Math.min(0.5, Math.max(u / 2, share)));
}

/**
 * "similar" given names by kind. Two real names one slip apart keep the table's +1 bit (a
 * typo, or a relative: m .02, u .01). Names merely alike (two slips between real names, a
 * short form missing from the table) are as often a relative's as the person's: 0 bits
 * (m .01, u .01). A misspelling beyond one slip, where one spelling is no name anybody in the
 * practice bears (HWROL/HAROLD, SAMATNA/SAMANTHA), is rarer than one slip (m .02 against the
 * typo level's .04) but a relative's name is never such a spelling: +3.32 bits (m .02, u .002).
 * A man's and a woman's form of one name (PAUL/PAULA, ANDREW/ANDREA) is hardly ever a typo
 * (an ending added or changed into exactly the other form: m .001) and is the spouse or
 * sibling some households have (u .005): -2.32 bits, and no rule raises it (compare.ts).
 */
export function similarFirstNameWeight(kind: "one_slip" | "alike" | "misspelt" | "gender"): number {
  switch (kind) {
    case "one_slip":
      return weightOf("firstName", "similar");
    case "alike":
      return 0;
    case "misspelt":
      return Math.log2(0.02 / 0.002);
    case "gender":
      return Math.log2(0.001 / 0.005);
  }
}

/**
 * The email's bits split in two. Given the household (address, phone, family name), an email
 * still tells its members apart: a housemate shares the person's email about 1 time in 4
 * (a family address), the person keeps it .55 of the time. That part (+1.14 agree, -0.74
 * disagree) is the person's and is not held by HOUSEHOLD_CAP_BITS; the rest is household
 * evidence like the address. The sum is the table's value.
 */
export function emailWeights(agree: boolean): { household: number; person: number } {
  const total = weightOf("email", agree ? "agree" : "disagree");
  const person = agree ? Math.log2(0.55 / EMAIL_SHARED_BY_HOUSEMATE) : Math.log2(0.45 / (1 - EMAIL_SHARED_BY_HOUSEMATE));
  return { household: total - person, person };
}
const EMAIL_SHARED_BY_HOUSEMATE = 0.25;

/** What a crosswise (swapped) name comparison costs against names in their places. */
export const SWAPPED_NAMES_BITS = Math.log2(0.83 / 0.05);
/** The part of it owed to comparing a second reading: two chances to agree by chance. */
export const SECOND_READING_BITS = 1;

/** How a fine-grained level shows in the evidence record. */
export function evidenceLevel(level: string): FieldLevel {
  if (level === "exact" || level === "agree") return "agree";
  if (level === "disagree" || level === "moved") return "disagree";
  return "partial";
}

/**
 * Calibration of weight -> score: score = 1 / (1 + 2^-(weight - SCORE_MIDPOINT_BITS)).
 * This is the Fellegi-Sunter posterior with prior odds 2^-12 (about one true pair among the
 * few thousand a blocked HD client could be compared with); it puts score 0.5 at 12 bits,
 * which is two strong fields (e.g. full name) plus a little, and 0.9 at ~15.2 bits.
 */
const SCORE_MIDPOINT_BITS = 12;

/** Positive household bits never exceed this (see header). Alone it scores 0.8 (review). */
export const HOUSEHOLD_CAP_BITS = 14;

/**
 * Without any shared contact detail (email, phone, street or a pet with the same birth date)
 * a pair is only "same name in the same area" and is held at 14 bits (score 0.8, review):
 * namesakes are common, and the pharmacy ships medication to whoever is linked.
 */
export const NO_CONTACT_CAP_BITS = 14;

export function scoreFromWeight(weight: number): number {
  const s = 1 / (1 + Math.pow(2, SCORE_MIDPOINT_BITS - weight));
  // Four decimals keep links.csv readable and make decisions on exactly the printed score.
  return Math.round(s * 10_000) / 10_000;
}

/** Smallest weight whose score reaches `score` (used to lift rule-backed pairs to `upper`). */
export function weightForScore(score: number): number {
  const clamped = Math.min(Math.max(score, 1e-9), 1 - 1e-9);
  return SCORE_MIDPOINT_BITS + Math.log2(clamped / (1 - clamped));
}
