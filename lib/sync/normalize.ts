/**
 * Normalization used by sync and matching. Field-level rules live in the normalize-*.ts
 * modules (re-exported here); this file turns contract rows into normalized records.
 *
 * A normalized record is the canonical, comparable form of a row: names proper-cased,
 * addresses in USPS uppercase style, phones E.164, emails lowercase, weights in lb and kg.
 * Values that cannot be normalized (invalid phone, malformed email) become `null`.
 */
import type { HomeDeliveryClientRow, HomeDeliveryPetRow, PimsClientRow, PimsPatientRow } from "@/lib/contracts";
import { normalizeCity, normalizePostalCode, normalizeState, normalizeStreetAddress } from "./normalize-address";
import { normalizeEmail, normalizePhone } from "./normalize-contact";
import { normalizeFirstName, normalizeLastName, normalizePetName } from "./normalize-name";
import { normalizeBreed, normalizeSex, normalizeSpecies, normalizeWeight } from "./normalize-pet";

import { memoizeNormalizer } from "./memo";

export * from "./normalize-address";
export * from "./normalize-contact";
export * from "./normalize-name";
export * from "./normalize-pet";

/** Name, postal address and contact details shared by PIMS and home-delivery clients. */
interface NormalizedPerson {
  /** Proper case, e.g. `O'Brien`, `McDonald`, `Smith-Jones`, `van der Berg`. */
  firstName: string | null;
  lastName: string | null;
  /** Street line in USPS style without the unit: `123 N MAIN ST`. */
  address1: string | null;
  /** Secondary unit: `APT 4`, `STE 200` (moved here from address1 when written there). */
  address2: string | null;
  /** Uppercase: `PORTLAND`, `ST HELENS`. */
  city: string | null;
  /** USPS code when the value names a US state, else the free text uppercased. */
  state: string | null;
  /** Five-digit ZIP. */
  postalCode: string | null;
  /** Lowercase; `null` when missing or not a valid address. */
  email: string | null;
  /** Every valid phone of the person, E.164, without duplicates (PIMS order: home, cell, work). */
  phones: string[];
}

export interface NormalizedClient extends NormalizedPerson {
  clientId: string;
  firstName: string;
  lastName: string;
  homePhone: string | null;
  cellPhone: string | null;
  workPhone: string | null;
  inactive: boolean;
  updatedAt: Date;
}

export interface NormalizedHomeDeliveryClient extends NormalizedPerson {
  hdClientId: string;
  phone: string | null;
}

/** Pet fields shared by PIMS patients and home-delivery pets. */
interface NormalizedPet {
  name: string | null;
  /** PIMS vocabulary: `Canine`, `Feline`, `Equine`, ... */
  species: string | null;
  breed: string | null;
  /** `YYYY-MM-DD`. */
  birthDate: string | null;
  weightLb: number | null;
  weightKg: number | null;
}

export interface NormalizedPatient extends NormalizedPet {
  patientId: string;
  clientId: string;
  name: string;
  species: string;
  /** `M`, `F`, `MN`, `FS`, other text uppercased, or `null`. */
  sex: string | null;
  deceased: boolean;
  deceasedDate: string | null;
  updatedAt: Date;
}

export interface NormalizedHomeDeliveryPet extends NormalizedPet {
  hdPetId: string;
  hdClientId: string;
}

// Values that repeat across records (names, towns, pet vocabulary) are normalized once each.
const firstName = memoizeNormalizer(normalizeFirstName);
const lastName = memoizeNormalizer(normalizeLastName);
const petName = memoizeNormalizer(normalizePetName);
const city = memoizeNormalizer(normalizeCity);
const state = memoizeNormalizer(normalizeState);
const species = memoizeNormalizer(normalizeSpecies);
const breed = memoizeNormalizer(normalizeBreed);
const sex = memoizeNormalizer(normalizeSex);

type AddressFields = Pick<NormalizedPerson, "address1" | "address2" | "city" | "state" | "postalCode">;

function normalizeAddressFields(row: {
  address1: string | null;
  address2: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
}): AddressFields {
  const street = normalizeStreetAddress(row.address1, row.address2);
  return {
    address1: street.line1,
    address2: street.line2,
    city: city(row.city),
    state: state(row.state),
    postalCode: normalizePostalCode(row.postal_code),
  };
}

function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

export function normalizeClient(row: PimsClientRow): NormalizedClient {
  const homePhone = normalizePhone(row.home_phone);
  const cellPhone = normalizePhone(row.cell_phone);
  const workPhone = normalizePhone(row.work_phone);
  return {
    clientId: row.client_id,
    // Required by the contract, so never empty; the fallback only satisfies the type.
    firstName: firstName(row.first_name) ?? row.first_name,
    lastName: lastName(row.last_name) ?? row.last_name,
    ...normalizeAddressFields(row),
    email: normalizeEmail(row.email),
    homePhone,
    cellPhone,
    workPhone,
    phones: distinct([homePhone, cellPhone, workPhone]),
    inactive: row.inactive,
    updatedAt: row.updated_at,
  };
}

export function normalizeHomeDeliveryClient(row: HomeDeliveryClientRow): NormalizedHomeDeliveryClient {
  const phone = normalizePhone(row.phone);
  return {
    hdClientId: row.hd_client_id,
    firstName: firstName(row.first_name),
    lastName: lastName(row.last_name),
    ...normalizeAddressFields(row),
    email: normalizeEmail(row.email),
    phone,
    phones: distinct([phone]),
  };
}

export function normalizePatient(row: PimsPatientRow): NormalizedPatient {
  const weight = normalizeWeight(row.weight, row.weight_unit);
  return {
    patientId: row.patient_id,
    clientId: row.client_id,
    name: petName(row.name) ?? row.name,
    species: species(row.species) ?? row.species,
    breed: breed(row.breed),
    sex: sex(row.sex),
    birthDate: row.birth_date,
    weightLb: weight?.lb ?? null,
    weightKg: weight?.kg ?? null,
    deceased: row.deceased,
    deceasedDate: row.deceased_date,
    updatedAt: row.updated_at,
  };
}

export function normalizeHomeDeliveryPet(row: HomeDeliveryPetRow): NormalizedHomeDeliveryPet {
  const weight = normalizeWeight(row.weight_lb, "lb");
  return {
    hdPetId: row.hd_pet_id,
    hdClientId: row.hd_client_id,
    name: petName(row.name),
    species: species(row.species),
    breed: breed(row.breed),
    birthDate: row.birth_date,
    weightLb: weight?.lb ?? null,
    weightKg: weight?.kg ?? null,
  };
}
