// Hand-made home-delivery and PIMS clients for merge tests: a few people whose outcome is known
// (merged, review, unmatched), written straight into a practice's tables.
import { db } from "@/lib/db/client";

const at = new Date("2026-11-01T10:00:00Z");

export interface Person {
  id: string;
  first: string;
  last: string;
  address1?: string | null;
  city?: string | null;
  zip?: string | null;
  phone?: string | null;
  email?: string | null;
  pets?: { id: string; name: string; species: string; birthDate?: string }[];
}

export async function seedPeople(practiceId: string, pims: Person[], hd: Person[]) {
  await db.pimsClient.createMany({
    data: pims.map((p) => ({
      practiceId,
      pimsId: p.id,
      firstName: p.first,
      lastName: p.last,
      address1: p.address1 ?? null,
      city: p.city ?? "PORTLAND",
      state: "OR",
      postalCode: p.zip ?? "97201",
      homePhone: p.phone ?? null,
      email: p.email ?? null,
      pimsUpdatedAt: at,
      lastBatchId: "seed",
    })),
  });
  await db.pimsPatient.createMany({
    data: pims.flatMap((p) =>
      (p.pets ?? []).map((pet) => ({
        practiceId,
        pimsId: pet.id,
        clientPimsId: p.id,
        name: pet.name,
        species: pet.species,
        birthDate: pet.birthDate ? new Date(pet.birthDate) : null,
        pimsUpdatedAt: at,
        lastBatchId: "seed",
      })),
    ),
  });
  await db.homeDeliveryClient.createMany({
    data: hd.map((h) => ({
      practiceId,
      hdClientId: h.id,
      firstName: h.first,
      lastName: h.last,
      address1: h.address1 ?? null,
      city: h.city ?? "PORTLAND",
      state: "OR",
      postalCode: h.zip ?? "97201",
      phone: h.phone ?? null,
      email: h.email ?? null,
    })),
  });
  await db.homeDeliveryPet.createMany({
    data: hd.flatMap((h) =>
      (h.pets ?? []).map((pet) => ({
        practiceId,
        hdPetId: pet.id,
        hdClientId: h.id,
        name: pet.name,
        species: pet.species,
        birthDate: pet.birthDate ? new Date(pet.birthDate) : null,
      })),
    ),
  });
}

/** Two merged automatically (H1, H6), two for review (H2, H3), one unmatched with a pet (H4). */
export const REVIEW_PIMS: Person[] = [
  {
    id: "P1",
    first: "Maria",
    last: "Garcia",
    address1: "12 N MAIN ST",
    phone: "+15035550101",
    email: "maria@example.com",
    pets: [
      { id: "PP1", name: "Rex", species: "Canine", birthDate: "2019-04-02" },
      { id: "PP2", name: "Tom", species: "Feline" },
    ],
  },
  {
    id: "P2",
    first: "John",
    last: "Okafor",
    address1: "77 SE OAK AVE",
    zip: "97202",
    pets: [{ id: "PP3", name: "Luna", species: "Feline" }],
  },
  { id: "P3", first: "John", last: "Smith", address1: null, zip: "97210" },
  {
    id: "P6",
    first: "Robert",
    last: "Jones",
    address1: "10 ASH ST",
    zip: "97220",
    phone: "+15035550106",
    pets: [{ id: "PP6", name: "Buddy", species: "Canine", birthDate: "2018-01-01" }],
  },
];
export const REVIEW_HD: Person[] = [
  {
    id: "H1",
    first: "Maria",
    last: "Garcia",
    address1: "12 N MAIN ST",
    phone: "+15035550101",
    email: "maria@example.com",
    pets: [
      { id: "HP1", name: "Rex", species: "Dog", birthDate: "2019-04-02" },
      { id: "HP9", name: "Goldie", species: "Fish" },
    ],
  },
  {
    id: "H2",
    first: "Joan",
    last: "Okafor",
    address1: "77 SE OAK AVE",
    zip: "97202",
    pets: [
      { id: "HP2", name: "Luna", species: "Cat" },
      { id: "HP3", name: "Max", species: "Dog" },
    ],
  },
  { id: "H3", first: "John", last: "Smith", address1: null, zip: "97210" },
  {
    id: "H4",
    first: "Zed",
    last: "Quixote",
    address1: "1 NOWHERE RD",
    zip: "99999",
    pets: [{ id: "HP4", name: "Pickles", species: "Cat" }],
  },
  {
    id: "H6",
    first: "Bob",
    last: "Jones",
    address1: "10 ASH ST",
    zip: "97220",
    phone: "+15035550106",
    pets: [{ id: "HP6", name: "Buddy", species: "Canine", birthDate: "2018-01-01" }],
  },
];
