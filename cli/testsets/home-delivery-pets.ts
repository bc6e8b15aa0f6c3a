/**
 * Home-delivery pets: the pharmacy's copy of a client's animals. For a true match they
 * derive from the PIMS patients, with the drift a separate system accumulates (renamed
 * pets, pets that died, new pets, re-weighed pets, owner-estimated birthdays).
 */
import type { Faker } from "@faker-js/faker";
import type { NoiseCounts } from "./noise";
import type { PimsPatient } from "./pims-generator";
import type { Rng } from "./random";
import { isoDate } from "./render";
import { SPECIES } from "./vocabulary";

const DAY_MS = 86_400_000;

/** home-delivery-pets.csv cells except the ids. */
export interface HomeDeliveryPetDraft {
  name: string;
  species: string;
  breed: string;
  birth_date: string;
  weight_lb: string;
}

const SPECIES_WEIGHTS = SPECIES.map((s) => [s, s.weight] as const);

const lb = (value: number) => String(Number(Math.max(0.1, value).toFixed(1)));

export class HomeDeliveryPetGenerator {
  constructor(
    private readonly rng: Rng,
    private readonly faker: Faker,
    private readonly asOfMs: number,
    private readonly noise: NoiseCounts,
  ) {}

  /** The pets a true-match client has on file at the pharmacy. */
  petsOf(patients: readonly PimsPatient[]): HomeDeliveryPetDraft[] {
    const pets: HomeDeliveryPetDraft[] = [];
    for (const patient of patients) {
      if (!this.rng.chance(patient.deceased ? 0.6 : 0.85)) {
        this.noise.pet_not_in_home_delivery += 1;
        continue;
      }
      if (patient.deceased) this.noise.deceased_pet += 1; // the pharmacy was never told
      pets.push(this.copyOf(patient));
    }
    if (this.rng.chance(patients.length === 0 ? 0.5 : 0.1)) {
      this.noise.new_pet += 1;
      pets.push(this.newPet());
    }
    return pets;
  }

  private copyOf(patient: PimsPatient): HomeDeliveryPetDraft {
    const rng = this.rng;
    let name = patient.name;
    if (rng.chance(0.08)) {
      while (name.toLowerCase() === patient.name.toLowerCase()) name = this.faker.animal.petName();
      this.noise.pet_renamed += 1;
    } else if (rng.chance(0.08)) {
      name = rng.chance(0.5) ? name.toUpperCase() : name.toLowerCase();
    }

    let species = patient.species.plain && rng.chance(0.6) ? patient.species.plain : patient.species.pims;
    if (rng.chance(0.1)) species = species.toLowerCase();

    const breedRoll = rng.float();
    const breed = breedRoll < 0.15 ? "" : breedRoll < 0.25 ? patient.breed.toLowerCase() : patient.breed;

    let birthDate = patient.birthDate ?? "";
    const birthRoll = rng.float();
    if (birthDate && birthRoll < 0.2) birthDate = "";
    else if (birthDate && birthRoll < 0.3) {
      const shift = rng.int(1, 90) * (rng.chance(0.5) ? 1 : -1);
      birthDate = isoDate(Math.min(Date.parse(birthDate) + shift * DAY_MS, this.asOfMs));
      this.noise.pet_birth_date_off += 1;
    }

    let weight = "";
    if (patient.weightLb !== null) {
      const weightRoll = rng.float();
      if (weightRoll < 0.15) weight = "";
      else if (weightRoll < 0.4) {
        const factor = rng.chance(0.5) ? 1 + 0.03 + rng.float() * 0.17 : 1 - 0.03 - rng.float() * 0.17;
        weight = lb(patient.weightLb * factor);
        this.noise.pet_weight_changed += 1;
      } else weight = lb(patient.weightLb);
    }

    return { name, species, breed, birth_date: birthDate, weight_lb: weight };
  }

  /** A pet the PIMS does not know (or the pet of someone who is not a PIMS client). */
  newPet(): HomeDeliveryPetDraft {
    const rng = this.rng;
    const species = rng.weighted(SPECIES_WEIGHTS);
    const [breed, minLb, maxLb] = rng.pick(species.breeds);
    const ageYears = 0.2 + rng.float() * 14;
    return {
      name: this.faker.animal.petName(),
      species: species.plain && rng.chance(0.6) ? species.plain : species.pims,
      breed: rng.chance(0.8) ? breed : "",
      birth_date: rng.chance(0.7) ? isoDate(this.asOfMs - ageYears * 365.25 * DAY_MS) : "",
      weight_lb: rng.chance(0.8) ? lb((minLb + rng.float() * (maxLb - minLb)) * Math.min(1, 0.35 + ageYears)) : "",
    };
  }
}
