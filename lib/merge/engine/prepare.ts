/**
 * Turns a MatchClient into the shape the comparators need, once per record, so the pairwise
 * loop does no string cleaning. Input is already normalized upstream; this only makes names
 * comparable (uppercase, letters only, diacritics folded) and splits the street line.
 */
import { dayNumber } from "./dates";
import { formalNames } from "./nicknames";
import { soundex } from "./soundex";
import { houseNumberOf, streetLine, type StreetLine } from "./street";
import type { MatchClient, MatchPet } from "./types";

export interface PreparedPet {
  id: string;
  name: string;
  species: string;
  /** Days since 1970-01-01, or null when absent or unparsable. */
  birthDay: number | null;
}

/** What blocking needs from a record; cheap to compute, so PIMS records start with only this. */
export interface BlockingFields {
  email: string | null;
  phones: readonly string[];
  zip: string | null;
  lastSoundex: string;
  /** Family name without spaces (name-frequency counts). */
  last: string;
  /** First word of the given name (name-frequency counts). */
  firstWord: string;
  /** Formal names of the given name's first word and, when it has spaces, of the whole name. */
  firstFormals: readonly string[];
  /** Soundex of the given name, and the family name's formal names: keys for swapped names. */
  firstSoundex: string;
  lastFormals: readonly string[];
  /** First letter of the given name ("" when none). */
  firstInitial: string;
  streetNumber: string | null;
  /** First word of the street's name ("MAIN" in "123 N MAIN ST"), or null. */
  streetName: string | null;
  pets: readonly { name: string; birthDay: number | null }[];
}

export interface PreparedClient extends BlockingFields {
  id: string;
  /** Given name without spaces or middle initials: "MARY ANN B" -> "MARYANN". */
  first: string;
  /** Every letter of the given name joined, initials included ("WI L" -> "WIL"): a space typed inside a name. */
  firstJoined: string;
  /** Generation suffix read from either name ("JR", "SR", "II", "III", "IV"), or null. */
  generation: string | null;
  /** First word of the given name, the one nicknames apply to. */
  firstWord: string;
  firstFormals: readonly string[];
  /** Family name without spaces: "DE LA CRUZ" -> "DELACRUZ". */
  last: string;
  /** Words of a compound family name: "SMITH-JONES" -> ["SMITH", "JONES"]. */
  lastWords: readonly string[];
  lastSoundex: string;
  street: StreetLine | null;
  city: string | null;
  pets: PreparedPet[];
}

/** Uppercase words of a name: diacritics folded, apostrophes dropped, other marks split. */
export function nameWords(raw: string): string[] {
  const upper = raw.toUpperCase();
  if (/^[A-Z]+$/.test(upper)) return [upper]; // the usual case, without the regex work below
  return raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/['’`]/g, "")
    .split(/[^A-Z]+/)
    .filter((w) => w.length > 0);
}

const SPECIES_SYNONYMS: Record<string, string> = {
  DOG: "CANINE",
  CANINE: "CANINE",
  K9: "CANINE",
  PUPPY: "CANINE",
  CAT: "FELINE",
  FELINE: "FELINE",
  KITTEN: "FELINE",
  HORSE: "EQUINE",
  EQUINE: "EQUINE",
  PONY: "EQUINE",
  RABBIT: "LAPINE",
  LAPINE: "LAPINE",
  BUNNY: "LAPINE",
  BIRD: "AVIAN",
  AVIAN: "AVIAN",
  FERRET: "FERRET",
  MUSTELID: "FERRET",
};

/** "Dog", "canine", "K-9" -> "CANINE"; unknown species keep their cleaned spelling. */
export function canonicalSpecies(raw: string): string {
  const cleaned = raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return SPECIES_SYNONYMS[cleaned] ?? cleaned;
}

function blankToNull(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Generation suffixes as typed after a given or family name. */
const GENERATIONS: Readonly<Record<string, string>> = {
  JR: "JR",
  JNR: "JR",
  JUNIOR: "JR",
  SR: "SR",
  SNR: "SR",
  SENIOR: "SR",
  II: "II",
  III: "III",
  IV: "IV",
};
const ORDINAL_GENERATIONS = /\b([234])(?:ND|RD|TH)\b/gi;

/** Words of a name and the generation suffix at its end, if any ("SMITH JR" -> ["SMITH"], "JR"). */
function withoutGeneration(raw: string): { words: string[]; generation: string | null } {
  // Digits are no letters to nameWords: "2ND" becomes II first.
  const spelled = /\d/.test(raw)
    ? raw.replace(ORDINAL_GENERATIONS, (_, d: string) => ` ${["II", "III", "IV"][Number(d) - 2]} `)
    : raw;
  const words = nameWords(spelled);
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && GENERATIONS[last])
    return { words: words.slice(0, -1), generation: GENERATIONS[last] };
  return { words, generation: null };
}

interface FirstNameParts {
  first: string;
  firstJoined: string;
  firstWord: string;
  firstFormals: readonly string[];
  firstSoundex: string;
  firstInitial: string;
  generation: string | null;
}

function firstNameParts(raw: string): FirstNameParts {
  const { words, generation } = withoutGeneration(raw);
  const firstJoined = words.join("");
  // Trailing single letters are middle initials ("JOHN Q"); they say nothing about identity
  // when the other record leaves them out.
  while (words.length > 1 && words[words.length - 1].length === 1) words.pop();
  const firstWord = words[0] ?? "";
  const first = words.join("");
  // "MARY ANN" and "MARYANN", "WIL LIAM" and "WILLIAM": the joined spelling's formal names too.
  const formals = firstWord === "" ? [] : formalNames(firstWord);
  const joinedFormals = [first, firstJoined]
    .filter((name, i, all) => name !== firstWord && all.indexOf(name) === i)
    .flatMap((name) => formalNames(name));
  const firstFormals = joinedFormals.length ? [...new Set([...formals, ...joinedFormals])] : formals;
  return {
    first,
    firstJoined,
    firstWord,
    firstFormals,
    firstSoundex: soundex(first),
    firstInitial: first.slice(0, 1),
    generation,
  };
}

interface LastNameParts {
  last: string;
  lastWords: readonly string[];
  lastSoundex: string;
  lastFormals: readonly string[];
  generation: string | null;
}

function lastNameParts(raw: string): LastNameParts {
  const { words: lastWords, generation } = withoutGeneration(raw);
  const last = lastWords.join("");
  return { last, lastWords, lastSoundex: soundex(last), lastFormals: last === "" ? [] : formalNames(last), generation };
}

const DIRECTIONAL_WORDS = new Set(["N", "S", "E", "W", "NE", "NW", "SE", "SW"]);

/** "123 N MAIN ST" -> "MAIN": the street's name word after the number and any directional. */
function streetNameOf(raw: string | null): string | null {
  if (raw === null) return null;
  const words = raw.trim().toUpperCase().split(/\s+/);
  let i = words.length > 1 && /^\d/.test(words[0]) ? 1 : 0;
  if (DIRECTIONAL_WORDS.has(words[i]) && i < words.length - 1) i++;
  return words[i] || null;
}

/** Caches a pure string function: names, pet names, species and dates repeat a lot. */
function memo<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      result = fn(value);
      cache.set(value, result);
    }
    return result;
  };
}

function cleanPhones(raw: readonly string[]): string[] {
  const phones: string[] = [];
  for (const value of raw) {
    const phone = value.trim();
    if (phone !== "" && !phones.includes(phone)) phones.push(phone);
  }
  return phones;
}

export interface Preparer {
  /** Everything the comparators need. */
  client(client: MatchClient): PreparedClient;
  /** Only the blocking keys' inputs: used to index all PIMS clients without preparing them. */
  blockingFields(client: MatchClient): BlockingFields;
}

/**
 * Returns preparation functions sharing caches for one matching run (drop them afterwards).
 * Results are plain data and identical to uncached preparation.
 */
export function createPreparer(): Preparer {
  const firstOf = memo(firstNameParts);
  const lastOf = memo(lastNameParts);
  const petNameOf = memo((name) => nameWords(name).join(" "));
  const speciesOf = memo(canonicalSpecies);
  const birthDayOf = (pet: MatchPet) => dayNumber(pet.birthDate);

  const zipOf = (client: MatchClient) => {
    const zip = blankToNull(client.zip);
    return zip === null ? null : zip.slice(0, 5);
  };
  const emailOf = (client: MatchClient) => {
    const email = blankToNull(client.email);
    return email === null ? null : email.toLowerCase();
  };

  return {
    blockingFields: (client) => {
      const street = client.street;
      const firstParts = firstOf(client.firstName ?? "");
      const lastParts = lastOf(client.lastName ?? "");
      return {
        email: emailOf(client),
        phones: cleanPhones(client.phones),
        zip: zipOf(client),
        lastSoundex: lastParts.lastSoundex,
        last: lastParts.last,
        firstWord: firstParts.firstWord,
        firstFormals: firstParts.firstFormals,
        firstSoundex: firstParts.firstSoundex,
        lastFormals: lastParts.lastFormals,
        firstInitial: firstParts.firstInitial,
        streetNumber: houseNumberOf(street),
        streetName: streetNameOf(street),
        pets: client.pets.map((pet) => ({ name: petNameOf(pet.name ?? ""), birthDay: birthDayOf(pet) })),
      };
    },
    client: (client) => {
      const {
        first,
        firstJoined,
        firstWord,
        firstFormals,
        firstSoundex,
        firstInitial,
        generation: firstGeneration,
      } = firstOf(client.firstName ?? "");
      const { last, lastWords, lastSoundex, lastFormals, generation: lastGeneration } = lastOf(client.lastName ?? "");
      const street = streetLine(client.street);
      const city = blankToNull(client.city);
      return {
        id: client.id,
        first,
        firstJoined,
        firstWord,
        firstFormals,
        firstSoundex,
        firstInitial,
        generation: lastGeneration ?? firstGeneration,
        last,
        lastWords,
        lastSoundex,
        lastFormals,
        street,
        streetNumber: street === null ? null : street.number,
        streetName: streetNameOf(client.street),
        city: city === null ? null : city.toUpperCase(),
        zip: zipOf(client),
        phones: cleanPhones(client.phones),
        email: emailOf(client),
        pets: client.pets.map((pet) => ({
          id: pet.id,
          name: petNameOf(pet.name ?? ""),
          species: speciesOf(pet.species ?? ""),
          birthDay: birthDayOf(pet),
        })),
      };
    },
  };
}

/** Uncached preparation of a single record (tests, one-off comparisons). */
export function prepareClient(client: MatchClient): PreparedClient {
  return createPreparer().client(client);
}
