/**
 * Seeded synthetic HD/PIMS data for the bench script and the property-style tests. Not used by
 * the engine. HD clients are either perturbed copies of PIMS clients (listed in `truth`) or
 * nobody in the PIMS, including the hard negatives the engine must not merge: family members
 * sharing address and phone, and namesakes in another town.
 */
import { Faker, base, en, en_US } from "@faker-js/faker";
import { NICKNAME_PAIRS } from "@/lib/merge/engine/nicknames";
import type { MatchClient, MatchPet } from "@/lib/merge/engine/types";

export interface SyntheticSet {
  pims: MatchClient[];
  hd: MatchClient[];
  /** hdId -> pimsId for HD clients that are truly a PIMS client. */
  truth: Map<string, string>;
}

export interface SyntheticOptions {
  pimsCount: number;
  hdCount: number;
  seed?: number;
  /** Share of HD clients that are copies of PIMS clients. */
  matchedShare?: number;
}

const NICKNAMES_OF = new Map<string, string[]>();
for (const [nick, formal] of NICKNAME_PAIRS) {
  NICKNAMES_OF.set(formal, [...(NICKNAMES_OF.get(formal) ?? []), nick]);
}

export function buildSyntheticSet(options: SyntheticOptions): SyntheticSet {
  const f = new Faker({ locale: [en_US, en, base] });
  f.seed(options.seed ?? 1);
  const chance = (p: number) => f.number.float() < p;
  const pick = <T>(items: readonly T[]): T => items[f.number.int(items.length - 1)];

  const zips = Array.from({ length: 40 }, (_, i) => ({ zip: String(97000 + i * 7), city: f.location.city().toUpperCase() }));
  const phone = () => `+1503${f.string.numeric({ length: 7, allowLeadingZeros: true })}`;
  const street = () => `${f.number.int({ min: 1, max: 9999 })} ${f.location.street().toUpperCase()}`.replace(/[^A-Z0-9 ]/g, "");
  const first = () => f.person.firstName().toUpperCase();
  const pet = (id: string, hdStyle: boolean): MatchPet => {
    const dog = chance(0.6);
    return {
      id,
      name: f.animal.petName(),
      species: dog ? (hdStyle ? "Dog" : "Canine") : hdStyle ? "Cat" : "Feline",
      birthDate: chance(0.7) ? f.date.past({ years: 15 }).toISOString().slice(0, 10) : null,
    };
  };
  const place = () => ({ ...pick(zips), street: street(), state: "OR" });

  const pims: MatchClient[] = [];
  while (pims.length < options.pimsCount) {
    const last = f.person.lastName().toUpperCase();
    const home = place();
    const homePhone = phone();
    const size = chance(0.75) ? 1 : chance(0.8) ? 2 : 3;
    for (let m = 0; m < size && pims.length < options.pimsCount; m++) {
      const id = `P${pims.length + 1}`;
      const firstName = first();
      pims.push({
        id,
        firstName,
        lastName: last,
        street: home.street,
        city: home.city,
        state: home.state,
        zip: home.zip,
        phones: chance(0.5) ? [homePhone, phone()] : [homePhone],
        email: chance(0.6) ? `${firstName}.${last}${f.number.int(99)}@example.com`.toLowerCase() : null,
        pets: Array.from({ length: f.number.int(3) }, (_, k) => pet(`${id}-${k}`, false)),
      });
    }
  }

  const hd: MatchClient[] = [];
  const truth = new Map<string, string>();
  const used = new Set<number>();
  for (let n = 0; n < options.hdCount; n++) {
    const id = `H${n + 1}`;
    let source = f.number.int(pims.length - 1);
    while (used.has(source)) source = (source + 1) % pims.length;
    used.add(source);
    const p = pims[source];

    if (chance(options.matchedShare ?? 0.7)) {
      truth.set(id, p.id);
      hd.push(perturbedCopy(id, p));
      continue;
    }
    const kind = f.number.float();
    const self = place();
    const stranger: MatchClient = {
      id,
      firstName: first(),
      lastName: f.person.lastName().toUpperCase(),
      ...self,
      phones: [phone()],
      email: chance(0.5) ? f.internet.email().toLowerCase() : null,
      pets: Array.from({ length: f.number.int(2) }, (_, k) => pet(`${id}-${k}`, true)),
    };
    if (kind < 0.15) {
      // Family member: same household, another first name.
      let other = first();
      while (other === p.firstName) other = first();
      hd.push({
        ...stranger,
        firstName: other,
        lastName: p.lastName,
        street: p.street,
        city: p.city,
        zip: p.zip,
        phones: [p.phones[0]],
      });
    } else if (kind < 0.3) {
      // Namesake elsewhere: same name, nothing else in common.
      hd.push({ ...stranger, firstName: p.firstName, lastName: p.lastName });
    } else {
      hd.push(stranger);
    }
  }
  return { pims, hd, truth };

  function perturbedCopy(id: string, p: MatchClient): MatchClient {
    let firstName = p.firstName;
    const nicks = NICKNAMES_OF.get(firstName);
    if (nicks && chance(0.3)) firstName = pick(nicks);
    let lastName = p.lastName;
    if (chance(0.05) && lastName.length > 3) {
      const i = f.number.int({ min: 1, max: lastName.length - 2 });
      lastName = lastName.slice(0, i) + lastName[i + 1] + lastName[i] + lastName.slice(i + 2);
    }
    const moved = chance(0.12);
    const address = moved ? place() : { street: p.street, city: p.city, zip: p.zip, state: p.state };
    const phones = chance(moved ? 0.3 : 0.1) ? [] : [pick(p.phones)];
    const email = chance(moved && phones.length === 0 ? 0 : 0.3) ? null : p.email;
    const pets = p.pets
      .filter(() => chance(0.85))
      .map((x, k) => ({
        ...x,
        id: `${id}-${k}`,
        species: x.species === "Canine" ? "Dog" : "Cat",
        birthDate: chance(0.3) ? null : x.birthDate,
      }));
    return {
      id,
      firstName,
      lastName,
      ...address,
      street: chance(0.08) ? null : address.street,
      phones,
      email,
      pets,
    };
  }
}
