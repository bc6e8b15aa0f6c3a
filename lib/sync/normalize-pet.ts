/**
 * Patient (pet) field normalization: species and sex vocabularies differ between the PIMS
 * ("Canine", "MN") and the pharmacy ("Dog", "Male Neutered"); weights come in lb or kg.
 */
import { collapseSpaces } from "./normalize-name";

const POUNDS_PER_KG = 1 / 0.45359237; // the pound is defined as exactly 0.45359237 kg

/** A weight in both units, each rounded to 2 decimals. */
export interface Weight {
  lb: number;
  kg: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Both units from a value in `unit` (default lb). Empty, non-numeric, zero or negative
 * weights -> `null`: a PIMS often stores 0 for "not weighed", which is not a weight.
 */
export function normalizeWeight(value: number | string | null | undefined, unit: "lb" | "kg" = "lb"): Weight | null {
  const number = typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value)) : (value ?? Number.NaN);
  if (!Number.isFinite(number) || number <= 0) return null;
  return unit === "kg"
    ? { lb: round2(number * POUNDS_PER_KG), kg: round2(number) }
    : { lb: round2(number), kg: round2(number / POUNDS_PER_KG) };
}

const SPECIES: ReadonlyMap<string, string> = new Map([
  ["canine", "Canine"],
  ["dog", "Canine"],
  ["k9", "Canine"],
  ["k-9", "Canine"],
  ["puppy", "Canine"],
  ["feline", "Feline"],
  ["cat", "Feline"],
  ["kitten", "Feline"],
  ["equine", "Equine"],
  ["horse", "Equine"],
  ["pony", "Equine"],
  ["avian", "Avian"],
  ["bird", "Avian"],
  ["bovine", "Bovine"],
  ["cow", "Bovine"],
  ["cattle", "Bovine"],
  ["porcine", "Porcine"],
  ["pig", "Porcine"],
  ["swine", "Porcine"],
  ["caprine", "Caprine"],
  ["goat", "Caprine"],
  ["ovine", "Ovine"],
  ["sheep", "Ovine"],
]);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** PIMS species vocabulary: "dog"/"K9" -> "Canine", "CAT" -> "Feline"; others title-cased. */
export function normalizeSpecies(value: string | null | undefined): string | null {
  const text = collapseSpaces(value);
  if (text === "") return null;
  return SPECIES.get(text.toLowerCase()) ?? titleCase(text);
}

const SEXES: ReadonlyMap<string, "M" | "F" | "MN" | "FS" | null> = new Map([
  ["M", "M"],
  ["MALE", "M"],
  ["MI", "M"],
  ["MALE INTACT", "M"],
  ["INTACT MALE", "M"],
  ["F", "F"],
  ["FEMALE", "F"],
  ["FI", "F"],
  ["FEMALE INTACT", "F"],
  ["INTACT FEMALE", "F"],
  ["MN", "MN"],
  ["NM", "MN"],
  ["MC", "MN"],
  ["CM", "MN"],
  ["NEUTERED", "MN"],
  ["CASTRATED", "MN"],
  ["MALE NEUTERED", "MN"],
  ["NEUTERED MALE", "MN"],
  ["MALE CASTRATED", "MN"],
  ["CASTRATED MALE", "MN"],
  ["FS", "FS"],
  ["SF", "FS"],
  ["SPAYED", "FS"],
  ["FEMALE SPAYED", "FS"],
  ["SPAYED FEMALE", "FS"],
  ["U", null],
  ["UNK", null],
  ["UNKNOWN", null],
]);

/** `M`, `F`, `MN` or `FS` from the usual spellings; unknown -> `null`; other text uppercased. */
export function normalizeSex(value: string | null | undefined): string | null {
  const text = collapseSpaces(value)
    .toUpperCase()
    .replace(/[/,._-]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (text === "") return null;
  // "F/S", "F S" and "FS" are the same code.
  const known = SEXES.get(text) ?? SEXES.get(text.replace(/ /gu, ""));
  return known === undefined ? text : known;
}

// Short breed codes people type in capitals (domestic shorthair, German shepherd dog...).
const BREED_CODES = new Set(["DSH", "DMH", "DLH", "GSD", "GSP", "CKCS", "JRT", "AKC"]);

/** Breed title-cased word by word, known codes kept uppercase: "labrador retriever" -> "Labrador Retriever". */
export function normalizeBreed(value: string | null | undefined): string | null {
  const text = collapseSpaces(value);
  if (text === "") return null;
  return titleCase(text)
    .split(" ")
    .map((word) => (BREED_CODES.has(word.toUpperCase()) ? word.toUpperCase() : word))
    .join(" ");
}
