/**
 * What a reviewer sees for one pair: each field side by side with the engine's verdict, and the
 * pets of both clients with the pairing a merge would make. Pure: the verdicts come from the
 * engine's own comparators (compare.ts, pets.ts on prepare.ts's records), so the screen never
 * judges a field differently from the engine. Where the link stored the engine's verdicts
 * (evidence.fields and .levels, from the run that queued the pair), those win: the engine may
 * know more than a lone comparison (which first names are real in this practice, placeholder
 * phones shared by many records).
 */
import { comparePair } from "../engine/compare";
import { jaroWinkler } from "../engine/jaro-winkler";
import { BIRTH_TOLERANCE_DAYS, linkPets, PET_NAME_THRESHOLD } from "../engine/pets";
import { prepareClient, type PreparedPet } from "../engine/prepare";
import type { FieldLevel, MatchClient } from "../engine/types";

/** One home-delivery or PIMS client as shown: display values, not normalized ones. */
export interface ShownClient {
  id: string;
  name: string;
  street: string | null;
  cityState: string | null;
  zip: string | null;
  /** "(503) 555-0101" or "home +15035550101": already labelled for the screen. */
  phones: string[];
  email: string | null;
}

export interface ShownPet {
  id: string;
  name: string;
  species: string | null;
  breed: string | null;
  birthDate: string | null;
  deceased?: boolean;
}

export interface FieldRow {
  field: string;
  label: string;
  hd: string | null;
  pims: string | null;
  level: FieldLevel | "not_scored";
  /** Why a "partial" is partial, or why a field was not scored. */
  detail: string | null;
}

export interface PetRow {
  hd: ShownPet | null;
  pims: ShownPet | null;
  /** linked: a merge links these two pets; alone: kept and listed, never dropped. */
  outcome: "linked" | "alone";
  detail: string;
}

/** Why a "close" field is close, by the comparator's own level (MatchEvidence.levels). */
const PARTIAL_DETAILS: Record<string, Record<string, string>> = {
  firstName: {
    nickname: "known nickname or same first word",
    typo: "one slip: most likely a typo",
    similar: "alike, but possibly another person",
    initial: "initial only",
  },
  lastName: { similar: "similar spelling", weak: "partly alike (compound or close spelling)" },
  street: { partial: "same house number, similar street", number_typo: "same street, house number one keystroke off" },
  zip: { typo: "one digit off" },
};

/** Which kind of "similar" first name (MatchEvidence.levels.firstNameKind), in plain words. */
const SIMILAR_FIRST_NAME_DETAILS: Record<string, string> = {
  gender: "a man's and a woman's form of one name: most likely another person",
  misspelt: "misspelt: one spelling is no name anyone in the practice has",
  one_slip: "one letter apart, but both are real names: possibly another person",
  alike: "alike, but possibly another person",
};

export interface StoredVerdict {
  /** evidence.fields: agree | partial | disagree | missing per field. */
  fields?: Record<string, FieldLevel>;
  /** evidence.levels: the comparator's own level per field (rows from before it are without). */
  levels?: Record<string, string>;
}

/**
 * The side-by-side rows. `stored` is the link's evidence (may be empty: a staff merge with no
 * engine candidate, or an old row); where it is silent the engine's comparator runs now.
 */
export function compareFields(
  hd: MatchClient,
  pims: MatchClient,
  shownHd: ShownClient,
  shownPims: ShownClient,
  stored: StoredVerdict = {},
): FieldRow[] {
  const live = comparePair(prepareClient(hd), prepareClient(pims));
  const storedFields = stored.fields ?? {};
  const storedLevels = stored.levels ?? {};
  const verdict = (field: string): Pick<FieldRow, "level" | "detail"> => {
    const fromStore = field in storedFields;
    const level: FieldLevel = storedFields[field] ?? live.fields[field] ?? "missing";
    // The comparator's level explains a "close"; the live one only when it tells the same story.
    const fine = storedLevels[field] ?? (!fromStore || live.fields[field] === level ? live.levels[field] : undefined);
    const kind = storedLevels.firstNameKind ?? live.levels.firstNameKind;
    const detail =
      level !== "partial" || !fine
        ? null
        : field === "firstName" && fine === "similar" && kind
          ? (SIMILAR_FIRST_NAME_DETAILS[kind] ?? PARTIAL_DETAILS.firstName.similar)
          : (PARTIAL_DETAILS[field]?.[fine] ?? null);
    return { level, detail };
  };
  const rows: FieldRow[] = [
    { field: "firstName", label: "First name", hd: hd.firstName || null, pims: pims.firstName || null, ...verdict("firstName") },
    { field: "lastName", label: "Last name", hd: hd.lastName || null, pims: pims.lastName || null, ...verdict("lastName") },
    { field: "street", label: "Street", hd: shownHd.street, pims: shownPims.street, ...verdict("street") },
  ];
  const cityScored = "city" in storedFields || "city" in live.fields;
  rows.push({
    field: "city",
    label: "City, state",
    hd: shownHd.cityState,
    pims: shownPims.cityState,
    ...(cityScored ? verdict("city") : { level: "not_scored" as const, detail: "the ZIP codes are compared instead" }),
  });
  rows.push({ field: "zip", label: "ZIP code", hd: shownHd.zip, pims: shownPims.zip, ...verdict("zip") });
  rows.push({
    field: "phone",
    label: "Phone",
    hd: shownHd.phones.join(", ") || null,
    pims: shownPims.phones.join(", ") || null,
    ...verdict("phone"),
  });
  rows.push({ field: "email", label: "Email", hd: shownHd.email, pims: shownPims.email, ...verdict("email") });
  // The engine's pets field: any pet on both sides alike in name and species (see the pets table).
  const petNames = (c: MatchClient) =>
    c.pets
      .map((p) => p.name)
      .filter(Boolean)
      .join(", ") || null;
  rows.push({ field: "pets", label: "Pets", hd: petNames(hd), pims: petNames(pims), ...verdict("pets") });
  if ((storedLevels.nameOrder ?? live.levels.nameOrder) === "swapped") {
    for (const row of rows.slice(0, 2))
      row.detail = `matches the other record's ${row.field === "firstName" ? "last" : "first"} name: typed in each other's place`;
  }
  for (const row of rows) {
    // A stored "missing" with values on both sides: the engine ignored a placeholder contact
    // shared by many records (e.g. the clinic's own phone).
    if (row.level === "missing" && row.hd && row.pims) row.detail = "not counted: a placeholder many records share";
  }
  return rows;
}

function petDetail(a: PreparedPet, b: PreparedPet): string {
  const parts = [a.name === b.name ? "same name" : "similar name"];
  parts.push(a.species !== "" && b.species !== "" ? "same species" : "species missing on one side");
  if (a.birthDay !== null && b.birthDay !== null)
    parts.push(a.birthDay === b.birthDay ? "same birth date" : `birth dates ${Math.abs(a.birthDay - b.birthDay)} days apart`);
  return parts.join(", ");
}

const speciesWord = (species: string) => species.toLowerCase();

/** "3 years", "10 months", "45 days": how far apart two birth dates lie. */
function spanInWords(days: number): string {
  if (days >= 365) {
    const years = Math.round(days / 365.25);
    return `${years} year${years === 1 ? "" : "s"}`;
  }
  if (days >= 60) return `${Math.round(days / 30.44)} months`;
  return `${days} day${days === 1 ? "" : "s"}`;
}

/**
 * Why a pet with no partner has none, naming the fact that keeps it apart from the other
 * side's look-alike (species, birth date), or that its look-alike went to another pet.
 */
function aloneDetail(pet: PreparedPet, others: PreparedPet[]): string {
  if (others.length === 0) return "the other client has no pets";
  const sameName = others.filter((o) => o.name !== "" && pet.name !== "" && jaroWinkler(o.name, pet.name) >= PET_NAME_THRESHOLD);
  if (sameName.length === 0) return "no pet of a similar name on the other side";
  const named = (o: PreparedPet) => (o.name === pet.name ? "same name" : "similar name");
  for (const o of sameName) {
    if (pet.species !== "" && o.species !== "" && pet.species !== o.species) {
      return `${named(o)}, but a ${speciesWord(pet.species)} here and a ${speciesWord(o.species)} on the other side`;
    }
  }
  for (const o of sameName) {
    if (pet.birthDay !== null && o.birthDay !== null && Math.abs(pet.birthDay - o.birthDay) > BIRTH_TOLERANCE_DAYS) {
      return `${named(o)} and species, but born ${spanInWords(Math.abs(pet.birthDay - o.birthDay))} apart`;
    }
  }
  return "its look-alike on the other side is linked to another pet";
}

/**
 * The pets of both clients: pairs a merge links (the engine's one-to-one pairing on name +
 * species, + birth date when both have one), then the pets left alone on each side.
 */
export function pairPets(hd: MatchClient, pims: MatchClient, shownHd: ShownPet[], shownPims: ShownPet[]): PetRow[] {
  const a = prepareClient(hd).pets;
  const b = prepareClient(pims).pets;
  const pairing = linkPets(a, b);
  const hdById = new Map(shownHd.map((p) => [p.id, p]));
  const pimsById = new Map(shownPims.map((p) => [p.id, p]));
  const preparedHd = new Map(a.map((p) => [p.id, p]));
  const preparedPims = new Map(b.map((p) => [p.id, p]));
  const rows: PetRow[] = pairing.petLinks.map((link) => {
    const x = preparedHd.get(link.hdPetId)!;
    const y = preparedPims.get(link.pimsPetId)!;
    return {
      hd: hdById.get(link.hdPetId) ?? null,
      pims: pimsById.get(link.pimsPetId) ?? null,
      outcome: "linked",
      detail: petDetail(x, y),
    };
  });
  for (const id of pairing.unlinkedHdPets)
    rows.push({ hd: hdById.get(id) ?? null, pims: null, outcome: "alone", detail: aloneDetail(preparedHd.get(id)!, b) });
  for (const id of pairing.unlinkedPimsPets)
    rows.push({ hd: null, pims: pimsById.get(id) ?? null, outcome: "alone", detail: aloneDetail(preparedPims.get(id)!, a) });
  return rows;
}

/** "Agrees" / "Close" / ... with a symbol, so a verdict never rests on colour alone. */
export const LEVEL_LABELS: Record<FieldRow["level"], { symbol: string; text: string }> = {
  agree: { symbol: "✓", text: "Agrees" },
  partial: { symbol: "≈", text: "Close" },
  disagree: { symbol: "✗", text: "Differs" },
  missing: { symbol: "–", text: "Missing on one side" },
  not_scored: { symbol: "·", text: "Not scored" },
};

/** The engine's rule names, for people. */
export const RULE_LABELS: Record<string, string> = {
  email: "same email",
  "phone+lastName": "same phone and last name",
  pet: "same pet (name, species and birth date)",
};
