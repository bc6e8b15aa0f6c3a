/**
 * Keyboard typos of the kinds people make when typing a name into a form. The first letter
 * is left alone: it is the letter people get right most often.
 */
import type { Rng } from "./random";

export const TYPO_KINDS = ["transposition", "deletion", "substitution", "doubled"] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

// QWERTY neighbours, so a substitution looks like a slipped finger rather than noise.
const NEIGHBOURS: Record<string, string> = {
  a: "qwsz",
  b: "vghn",
  c: "xdfv",
  d: "serfcx",
  e: "wsdr",
  f: "drtgvc",
  g: "ftyhbv",
  h: "gyujnb",
  i: "ujko",
  j: "huikmn",
  k: "jiolm",
  l: "kop",
  m: "njk",
  n: "bhjm",
  o: "iklp",
  p: "ol",
  q: "wa",
  r: "edft",
  s: "awedxz",
  t: "rfgy",
  u: "yhji",
  v: "cfgb",
  w: "qase",
  x: "zsdc",
  y: "tghu",
  z: "asx",
};

/** A position after the first holding an ASCII letter (not an apostrophe or hyphen). */
function pickLetterIndex(word: string, rng: Rng): number {
  const letters: number[] = [];
  for (let i = 1; i < word.length; i++) if (/[a-z]/i.test(word[i])) letters.push(i);
  return letters.length > 0 ? rng.pick(letters) : word.length - 1;
}

/**
 * `word` with one typo of `kind`. Words too short for the kind get a doubled letter
 * instead; the result always differs from the input (unless the word has < 2 letters).
 */
export function applyTypo(word: string, kind: TypoKind, rng: Rng): string {
  if (word.length < 2) return word;
  const effective: TypoKind = word.length < 4 && (kind === "deletion" || kind === "transposition") ? "doubled" : kind;
  switch (effective) {
    case "transposition": {
      // Swap two different adjacent letters after the first.
      const candidates: number[] = [];
      for (let i = 1; i < word.length - 1; i++) if (word[i] !== word[i + 1]) candidates.push(i);
      if (candidates.length === 0) return applyTypo(word, "doubled", rng);
      const i = rng.pick(candidates);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case "deletion": {
      const i = rng.int(1, word.length - 1);
      return word.slice(0, i) + word.slice(i + 1);
    }
    case "substitution": {
      const i = pickLetterIndex(word, rng);
      const letter = word[i].toLowerCase();
      const options = NEIGHBOURS[letter];
      if (!options) return applyTypo(word, "doubled", rng);
      const replacement = options[rng.int(0, options.length - 1)];
      const cased = word[i] === letter ? replacement : replacement.toUpperCase();
      return word.slice(0, i) + cased + word.slice(i + 1);
    }
    case "doubled": {
      const i = pickLetterIndex(word, rng);
      return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
    }
  }
}

// Sound-alike respellings people write when they hear a name rather than read it.
const PHONETIC_SLIPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/i, "f"],
  [/ck/i, "k"],
  [/c(?=[aou])/i, "k"],
  [/ll/i, "l"],
  [/tt/i, "t"],
  [/nn/i, "n"],
  [/ss/i, "s"],
  [/rr/i, "r"],
  [/ie$/i, "y"],
  [/y$/i, "ie"],
  [/ey$/i, "y"],
  [/ee/i, "ea"],
  [/ou/i, "ow"],
  [/(?<=.)s(?=[aeiou])/i, "z"],
  [/(?<=.)i(?=[^aeiou])/i, "y"],
  [/th/i, "t"],
  [/ae/i, "a"],
  [/an$/i, "en"],
  [/en$/i, "an"],
  [/er$/i, "ar"],
  [/(?<=.)k/i, "c"],
];

/**
 * `word` respelled the way it sounds (PH->F, CK->K, final IE->Y, double letters single ...),
 * first letter kept; the result may differ by more than one letter. When no rule applies,
 * a doubled-letter typo instead.
 */
export function applyPhoneticSlip(word: string, rng: Rng): string {
  if (word.length < 3) return applyTypo(word, "doubled", rng);
  const head = word[0];
  const tail = word.slice(1);
  const usable = PHONETIC_SLIPS.filter(([pattern]) => pattern.test(tail));
  if (usable.length === 0) return applyTypo(word, "doubled", rng);
  const [pattern, replacement] = rng.pick(usable);
  const slipped = tail.replace(pattern, (match) =>
    match[0] === match[0].toUpperCase() ? replacement.toUpperCase() : replacement,
  );
  return slipped === tail ? applyTypo(word, "doubled", rng) : head + slipped;
}
