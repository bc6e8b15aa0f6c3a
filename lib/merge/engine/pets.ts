/**
 * Pets inside a client pair. A pet of the HD client and one of the PIMS client are the same
 * animal when the names are alike (case-insensitive Jaro-Winkler >= 0.9: "Max"/"Maxx"), the
 * species agree (Dog = Canine), and, when both records carry a birth date, the dates lie
 * within BIRTH_TOLERANCE_DAYS (clinics often estimate a birthday, pharmacies copy the owner's
 * guess). Pairs are then assigned one-to-one, best first; pets left over are reported on both
 * sides so nobody's animal silently disappears.
 */
import { jaroWinkler } from "./jaro-winkler";
import type { PreparedPet } from "./prepare";
import type { PetLink } from "./types";

export const PET_NAME_THRESHOLD = 0.9;
export const BIRTH_TOLERANCE_DAYS = 31;

/** Similarity of two pets in [0, 1.05], or -1 when they cannot be the same animal. */
function petSimilarity(a: PreparedPet, b: PreparedPet): number {
  if (a.name === "" || b.name === "") return -1;
  if (a.species !== "" && b.species !== "" && a.species !== b.species) return -1;
  const name = jaroWinkler(a.name, b.name);
  if (name < PET_NAME_THRESHOLD) return -1;
  if (a.birthDay !== null && b.birthDay !== null) {
    const apart = Math.abs(a.birthDay - b.birthDay);
    if (apart > BIRTH_TOLERANCE_DAYS) return -1;
    if (apart === 0) return name + 0.05; // an exact birthday breaks ties between look-alikes
  }
  return name;
}

/** Any pet of `a` that can be the same animal as a pet of `b` (the FS "pets" field). */
export function petsOverlap(a: PreparedPet[], b: PreparedPet[]): boolean {
  return a.some((x) => b.some((y) => petSimilarity(x, y) >= 0));
}

/** Names of the pets of `b` that can be the same animal as a pet of `a` (for name frequencies). */
export function sharedPetNames(a: PreparedPet[], b: PreparedPet[]): string[] {
  return b.filter((y) => a.some((x) => petSimilarity(x, y) >= 0)).map((y) => y.name);
}

/** Deterministic pet rule: same name, same known species, same known birth date. */
export function samePetExactly(a: PreparedPet[], b: PreparedPet[]): boolean {
  return a.some((x) =>
    b.some(
      (y) =>
        x.name !== "" &&
        x.name === y.name &&
        x.species !== "" &&
        x.species === y.species &&
        x.birthDay !== null &&
        x.birthDay === y.birthDay,
    ),
  );
}

export interface PetPairing {
  petLinks: PetLink[];
  unlinkedHdPets: string[];
  unlinkedPimsPets: string[];
}

export function linkPets(hdPets: PreparedPet[], pimsPets: PreparedPet[]): PetPairing {
  const candidates: { hd: PreparedPet; pims: PreparedPet; sim: number }[] = [];
  for (const hd of hdPets) {
    for (const pims of pimsPets) {
      const sim = petSimilarity(hd, pims);
      if (sim >= 0) candidates.push({ hd, pims, sim });
    }
  }
  // Best similarity first; ids break ties so the outcome never depends on input order.
  candidates.sort((x, y) => y.sim - x.sim || compareIds(x.hd.id, y.hd.id) || compareIds(x.pims.id, y.pims.id));
  const usedHd = new Set<string>();
  const usedPims = new Set<string>();
  const petLinks: PetLink[] = [];
  for (const { hd, pims } of candidates) {
    if (usedHd.has(hd.id) || usedPims.has(pims.id)) continue;
    usedHd.add(hd.id);
    usedPims.add(pims.id);
    petLinks.push({ hdPetId: hd.id, pimsPetId: pims.id });
  }
  petLinks.sort((x, y) => compareIds(x.hdPetId, y.hdPetId));
  return {
    petLinks,
    unlinkedHdPets: hdPets
      .map((p) => p.id)
      .filter((id) => !usedHd.has(id))
      .sort(compareIds),
    unlinkedPimsPets: pimsPets
      .map((p) => p.id)
      .filter((id) => !usedPims.has(id))
      .sort(compareIds),
  };
}

/** Plain code-unit order: stable across locales and runtimes. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
