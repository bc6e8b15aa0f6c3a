/**
 * Synthetic PIMS export: clients (with families sharing an address and phone, and
 * namesakes in other towns) and their patients, rendered the way practice staff type them.
 */
import type { Faker } from "@faker-js/faker";
import { areNameVariants } from "./nicknames";
import type { Rng } from "./random";
import {
  formatPhone,
  isoDate,
  isoTimestamp,
  renderStreetLine,
  renderUnit,
  type AddressStyle,
  type PhoneStyle,
  type UnitStyle,
} from "./render";
import { PET_SEXES, SPECIES, type SpeciesInfo } from "./vocabulary";
import type { Address, World } from "./world";

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
const CLIENT_ID_BASE = 10_001;
const PATIENT_ID_BASE = 500_001;

export interface PimsClient {
  index: number;
  clientId: string;
  firstName: string;
  lastName: string;
  address: Address | null;
  /** 10-digit numbers. */
  homePhone: string | null;
  cellPhone: string | null;
  workPhone: string | null;
  email: string | null;
  inactive: boolean;
  householdId: number;
  /** How this client's row was typed into the PIMS. */
  style: { phone: PhoneStyle; address: AddressStyle; unit: UnitStyle; stateAsName: boolean; zipPlus4: boolean };
  updatedAt: string;
}

export interface PimsPatient {
  patientId: string;
  clientId: string;
  name: string;
  species: SpeciesInfo;
  breed: string;
  sex: string;
  birthDate: string | null;
  /** True weight in lb (before the unit it was recorded in), `null` when not weighed. */
  weightLb: number | null;
  weightUnit: "lb" | "kg" | "";
  deceased: boolean;
  deceasedDate: string | null;
  updatedAt: string;
}

/** Who a client is, before the PIMS bookkeeping fields are added. */
type Person = Pick<PimsClient, "firstName" | "lastName" | "address" | "homePhone" | "cellPhone" | "workPhone" | "email"> & {
  /** Household joined, or `null` for a household of their own. */
  householdId: number | null;
};

// Module-level weight tables: rng.weighted runs per row, so no per-call allocation.
const PHONE_STYLE_WEIGHTS = [
  ["paren", 55],
  ["dashes", 25],
  ["dots", 8],
  ["plain", 7],
  ["intl", 5],
] as const;
const ADDRESS_STYLE_WEIGHTS = [
  ["abbrev", 55],
  ["full", 35],
  ["abbrev-dots", 10],
] as const;
const UNIT_STYLE_WEIGHTS = [
  ["abbrev", 65],
  ["hash", 20],
  ["abbrev-dot", 10],
  ["full", 5],
] as const;
const PATIENT_COUNT_WEIGHTS = [
  [0, 5],
  [1, 55],
  [2, 27],
  [3, 9],
  [4, 4],
] as const; // mean ~1.5
const SPECIES_WEIGHTS = SPECIES.map((s) => [s, s.weight] as const);
const WEIGHT_UNIT_WEIGHTS = [
  ["lb", 65],
  ["", 20],
  ["kg", 15],
] as const;

export class PimsGenerator {
  readonly clients: PimsClient[] = [];
  /** householdId -> indexes of its PIMS clients, for households of two or more only. */
  private readonly sharedHouseholds = new Map<number, number[]>();
  private nextPatientId = PATIENT_ID_BASE;
  /** Clients whose row was built as a namesake of an earlier one (other town). */
  namesakes = 0;
  householdMembers = 0;

  constructor(
    private readonly rng: Rng,
    private readonly faker: Faker,
    private readonly world: World,
    private readonly asOfMs: number,
    private readonly totalClients: number,
  ) {}

  createClient(index: number): PimsClient {
    const rng = this.rng;
    const style: PimsClient["style"] = {
      phone: rng.weighted<PhoneStyle>(PHONE_STYLE_WEIGHTS),
      address: rng.weighted<AddressStyle>(ADDRESS_STYLE_WEIGHTS),
      unit: rng.weighted<UnitStyle>(UNIT_STYLE_WEIGHTS),
      stateAsName: rng.chance(0.05),
      zipPlus4: rng.chance(0.05),
    };
    const inactive = rng.chance(0.06);
    const updatedAt = isoTimestamp(this.asOfMs - rng.float() * 3 * YEAR_MS, this.world.region.utcOffset);
    const person = this.person(index);
    const client: PimsClient = {
      index,
      clientId: String(CLIENT_ID_BASE + index),
      firstName: person.firstName,
      lastName: person.lastName,
      address: person.address,
      homePhone: person.homePhone,
      cellPhone: person.cellPhone,
      workPhone: person.workPhone,
      email: person.email,
      inactive,
      householdId: person.householdId ?? index,
      style,
      updatedAt,
    };
    this.clients.push(client);
    if (client.householdId !== index) {
      const members = this.sharedHouseholds.get(client.householdId);
      if (members) members.push(index);
      else this.sharedHouseholds.set(client.householdId, [client.householdId, index]);
    }
    return client;
  }

  /** The PIMS clients of a household (a household's id is its first member's index). */
  householdOf(householdId: number): PimsClient[] {
    const members = this.sharedHouseholds.get(householdId);
    return members ? members.map((i) => this.clients[i]) : [this.clients[householdId]];
  }

  private person(index: number): Person {
    // Two "John Smith"s in different towns in every set large enough to hold them.
    const third = Math.floor(this.totalClients / 3);
    if (this.totalClients >= 6 && (index === third || index === 2 * third)) {
      const person = this.freshPerson(this.world.address(this.world.towns[index === third ? 0 : 1]));
      person.firstName = "John";
      person.lastName = "Smith";
      person.email = person.email ? this.world.email("John", "Smith") : null;
      return person;
    }
    const roll = this.rng.float();
    if (index >= 10 && roll < 0.1) {
      const member = this.householdMember();
      if (member) return member;
    }
    if (index >= 10 && roll > 0.98) return this.namesake();
    return this.freshPerson(this.rng.chance(0.95) ? this.world.address() : null);
  }

  private freshPerson(address: Address | null): Person {
    const firstName = this.world.firstName();
    const lastName = this.world.lastName();
    let homePhone = this.rng.chance(0.55) ? this.world.phone() : null;
    const cellPhone = this.rng.chance(0.85) ? this.world.phone() : null;
    const workPhone = this.rng.chance(0.12) ? this.world.phone() : null;
    if (!homePhone && !cellPhone && !workPhone && this.rng.chance(0.9)) homePhone = this.world.phone();
    const email = this.rng.chance(0.85) ? this.world.email(firstName, lastName) : null;
    return { firstName, lastName, address, homePhone, cellPhone, workPhone, email, householdId: null };
  }

  /** Someone living with an earlier client: same address and home phone, own first name. */
  private householdMember(): Person | null {
    const anchor = this.clients[this.rng.int(0, this.clients.length - 1)];
    if (!anchor.address || !(anchor.homePhone ?? anchor.cellPhone)) return null;
    const members = this.householdOf(anchor.householdId);
    let firstName = this.world.firstName();
    while (members.some((m) => areNameVariants(m.firstName, firstName))) firstName = this.world.firstName();
    const lastName = this.rng.chance(0.7) ? anchor.lastName : this.world.lastName();
    const sharesEmail = anchor.email !== null && this.rng.chance(0.15);
    this.householdMembers += 1;
    return {
      firstName,
      lastName,
      address: anchor.address,
      homePhone: anchor.homePhone ?? anchor.cellPhone,
      cellPhone: this.rng.chance(0.7) ? this.world.phone() : null,
      workPhone: null,
      email: sharesEmail ? anchor.email : this.rng.chance(0.8) ? this.world.email(firstName, lastName) : null,
      householdId: anchor.householdId,
    };
  }

  /** A different person with an earlier client's exact name, in another town. */
  private namesake(): Person {
    const original = this.clients[this.rng.int(0, this.clients.length - 1)];
    const otherTowns = this.world.towns.filter((t) => t !== original.address?.town);
    const person = this.freshPerson(this.world.address(this.rng.pick(otherTowns)));
    this.namesakes += 1;
    person.firstName = original.firstName;
    person.lastName = original.lastName;
    person.email = person.email ? this.world.email(original.firstName, original.lastName) : null;
    return person;
  }

  createPatients(client: PimsClient): PimsPatient[] {
    const count = this.rng.weighted(PATIENT_COUNT_WEIGHTS);
    const patients: PimsPatient[] = [];
    for (let i = 0; i < count; i++) patients.push(this.createPatient(client));
    return patients;
  }

  private createPatient(client: PimsClient): PimsPatient {
    const rng = this.rng;
    const species = rng.weighted(SPECIES_WEIGHTS);
    const [breed, minLb, maxLb] = rng.pick(species.breeds);
    const ageYears = 0.2 + rng.float() * 15.8;
    const birthMs = this.asOfMs - ageYears * YEAR_MS;
    const growth = Math.min(1, 0.35 + ageYears); // puppies and kittens weigh less
    // Floor at 0.1 lb so no recorded weight rounds to 0 (which would read as "not weighed").
    const weightLb = rng.chance(0.9) ? Math.max(0.1, (minLb + rng.float() * (maxLb - minLb)) * growth) : null;
    const deceased = rng.chance(0.07);
    const deceasedMs = Math.max(birthMs, this.asOfMs - 5 * YEAR_MS) + rng.float() * Math.min(ageYears, 5) * YEAR_MS;
    return {
      patientId: String(this.nextPatientId++),
      clientId: client.clientId,
      name: this.faker.animal.petName(),
      species,
      breed,
      sex: rng.weighted(PET_SEXES),
      birthDate: rng.chance(0.92) ? isoDate(birthMs) : null,
      weightLb,
      weightUnit: rng.weighted<"lb" | "kg" | "">(WEIGHT_UNIT_WEIGHTS),
      deceased,
      deceasedDate: deceased && rng.chance(0.8) ? isoDate(Math.min(deceasedMs, this.asOfMs)) : null,
      updatedAt: isoTimestamp(this.asOfMs - rng.float() * 3 * YEAR_MS, this.world.region.utcOffset),
    };
  }

  /** clients.csv cells, in contract column order. */
  clientRow(c: PimsClient): string[] {
    const a = c.address;
    return [
      c.clientId,
      c.firstName,
      c.lastName,
      a ? renderStreetLine(a, c.style.address) : "",
      a?.unit ? renderUnit(a.unit, c.style.unit) : "",
      a ? a.town.city : "",
      a ? (c.style.stateAsName ? this.world.region.stateName : this.world.region.state) : "",
      a ? (c.style.zipPlus4 ? `${a.zip}-${String(Number(c.clientId) % 10_000).padStart(4, "0")}` : a.zip) : "",
      c.homePhone ? formatPhone(c.homePhone, c.style.phone) : "",
      c.cellPhone ? formatPhone(c.cellPhone, c.style.phone) : "",
      c.workPhone ? formatPhone(c.workPhone, c.style.phone) : "",
      c.email ?? "",
      c.inactive ? "Y" : "N",
      c.updatedAt,
    ];
  }

  /** patients.csv cells, in contract column order. */
  patientRow(p: PimsPatient): string[] {
    return [
      p.patientId,
      p.clientId,
      p.name,
      p.species.pims,
      p.breed,
      p.sex,
      p.birthDate ?? "",
      p.weightLb === null ? "" : formatWeight(p.weightLb, p.weightUnit),
      p.weightUnit,
      p.deceased ? "Y" : "N",
      p.deceasedDate ?? "",
      p.updatedAt,
    ];
  }
}

/**
 * The recorded weight: lb with 1 decimal, kg with 2, no trailing zeros. (An integer
 * divided by 10 or 100 prints as its shortest decimal, so no toFixed round trip.)
 */
function formatWeight(weightLb: number, unit: "lb" | "kg" | ""): string {
  return unit === "kg" ? String(Math.round(weightLb * 45.359237) / 100) : String(Math.round(weightLb * 10) / 10);
}
