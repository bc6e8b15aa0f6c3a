/**
 * Person and pet name normalization: trim, collapse spaces, consistent proper case.
 * Both sides of a match go through the same rules, so "MCDONALD", "mcdonald" and
 * "McDonald" compare equal; the rules also aim to print the way people write names.
 */

/** Trims and collapses any run of whitespace (incl. tabs, NBSP) to one space; `""` for none. */
export function collapseSpaces(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/gu, " ").trim();
}

// "Mac" is only a prefix in these names; Macy, Mack, Mackey, Macias... are not "Mac" + name.
const MAC_NAMES = new Set([
  "arthur",
  "aulay",
  "donald",
  "dougall",
  "farlane",
  "gregor",
  "innes",
  "intosh",
  "intyre",
  "kay",
  "kenna",
  "kenzie",
  "kinnon",
  "lean",
  "leod",
  "millan",
  "namara",
  "neil",
  "pherson",
  "queen",
]);

// Lowercase inside a surname ("van der Berg", "von Trapp"). Romance particles (De, La, Di)
// are usually capitalized in US records, so they are lowercased only after one of these
// ("van de Velde").
const GERMANIC_PARTICLES = new Set(["van", "von", "der", "den", "ter", "ten", "vom", "zu", "zur", "op"]);
const FOLLOWING_PARTICLES = new Set(["de", "la", "le", "het", "t", "'t"]);

const ROMAN_SUFFIXES = new Set(["ii", "iii", "iv", "vi", "vii", "viii"]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Proper case for one hyphen-free piece of a name, e.g. `o'brien` -> `O'Brien`. */
function properCasePiece(piece: string, isFirstWord: boolean): string {
  const lower = piece.toLowerCase();
  if (!isFirstWord && ROMAN_SUFFIXES.has(lower)) return lower.toUpperCase();
  const apostrophe = /^(\p{L})'(\p{L}.*)$/u.exec(lower); // O'Brien, D'Angelo
  if (apostrophe) return `${apostrophe[1].toUpperCase()}'${capitalize(apostrophe[2])}`;
  if (/^mc\p{L}{2,}/u.test(lower)) return `Mc${capitalize(lower.slice(2))}`;
  if (lower.startsWith("mac") && MAC_NAMES.has(lower.slice(3))) return `Mac${capitalize(lower.slice(3))}`;
  return capitalize(lower);
}

function properCaseWord(word: string, isFirstWord: boolean): string {
  return word
    .split("-")
    .map((piece, index) => properCasePiece(piece, isFirstWord && index === 0))
    .join("-");
}

function properCase(value: string | null | undefined, withParticles: boolean): string | null {
  const text = collapseSpaces(value)
    .replace(/[\u2018\u2019\u02BC`´]/gu, "'") // curly and other apostrophes -> '
    .replace(/\s*-\s*/gu, "-"); // "Smith - Jones" -> "Smith-Jones"
  if (text === "") return null;
  const words = text.split(" ");
  const out: string[] = [];
  words.forEach((word, index) => {
    const lower = word.toLowerCase();
    const isLast = index === words.length - 1;
    const previousIsParticle = index > 0 && GERMANIC_PARTICLES.has(out[index - 1]);
    if (withParticles && !isLast && (GERMANIC_PARTICLES.has(lower) || (previousIsParticle && FOLLOWING_PARTICLES.has(lower)))) {
      out.push(lower);
    } else {
      out.push(properCaseWord(word, index === 0));
    }
  });
  return out.join(" ");
}

/** First (given) name in proper case: `MARY-ANN` -> `Mary-Ann`; empty -> `null`. */
export function normalizeFirstName(value: string | null | undefined): string | null {
  return properCase(value, false);
}

/** Surname in proper case, keeping Germanic particles lowercase: `VAN DER BERG` -> `van der Berg`. */
export function normalizeLastName(value: string | null | undefined): string | null {
  return properCase(value, true);
}

/** Pet names follow the given-name rules (`MR. WHISKERS` -> `Mr. Whiskers`). */
export function normalizePetName(value: string | null | undefined): string | null {
  return properCase(value, false);
}
