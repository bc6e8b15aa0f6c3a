/**
 * Loads a practice's home-delivery and PIMS clients (with their pets) as engine input. One
 * query per table, rows as arrays (no per-row objects from pg), pets grouped in memory: about
 * 100k PIMS clients and 150k patients load in a second or two.
 */
import type { PoolClient } from "pg";
import { lockInTransaction } from "@/lib/db/locks";
import type { MatchClient, MatchPet } from "./engine/types";

type Cell = string | null;

async function arrays(client: PoolClient, text: string, values: unknown[]): Promise<Cell[][]> {
  const result = await client.query<Cell[]>({ text, values, rowMode: "array" });
  return result.rows;
}

function groupPets(rows: Cell[][]): Map<string, MatchPet[]> {
  // row: [owner, id, name, species, birth_date]
  const byOwner = new Map<string, MatchPet[]>();
  for (const [owner, id, name, species, birthDate] of rows) {
    const pet: MatchPet = { id: id!, name: name ?? "", species: species ?? "", birthDate };
    const list = byOwner.get(owner!);
    if (list) list.push(pet);
    else byOwner.set(owner!, [pet]);
  }
  return byOwner;
}

/** Home-delivery clients of the practice (all, or only `ids`), in no particular order (the engine is order-independent). */
export async function loadHomeDeliveryClients(client: PoolClient, practiceId: string, ids?: string[]): Promise<MatchClient[]> {
  const filter = ids ? "AND hd_client_id = ANY($2::text[])" : "";
  const params = ids ? [practiceId, ids] : [practiceId];
  const clients = await arrays(
    client,
    `SELECT hd_client_id, first_name, last_name, address1, city, state, postal_code, phone, email
     FROM home_delivery_clients WHERE practice_id = $1 ${filter}`,
    params,
  );
  const pets = await arrays(
    client,
    `SELECT hd_client_id, hd_pet_id, name, species, to_char(birth_date, 'YYYY-MM-DD')
     FROM home_delivery_pets WHERE practice_id = $1 ${filter}`,
    params,
  );
  const petsOf = groupPets(pets);
  return clients.map(([id, firstName, lastName, street, city, state, zip, phone, email]) => ({
    id: id!,
    firstName: firstName ?? "",
    lastName: lastName ?? "",
    street,
    city,
    state,
    zip,
    phones: phone ? [phone] : [],
    email,
    pets: petsOf.get(id!) ?? [],
  }));
}

/** PIMS clients of the practice (all, or only `ids`) with their patients, in no particular order (the engine is order-independent). */
export async function loadPimsClients(client: PoolClient, practiceId: string, ids?: string[]): Promise<MatchClient[]> {
  const filter = ids ? "AND pims_id = ANY($2::text[])" : "";
  const patientFilter = ids ? "AND client_pims_id = ANY($2::text[])" : "";
  const params = ids ? [practiceId, ids] : [practiceId];
  const clients = await arrays(
    client,
    `SELECT pims_id, first_name, last_name, address1, city, state, postal_code, home_phone, cell_phone, work_phone, email
     FROM pims_clients WHERE practice_id = $1 ${filter}`,
    params,
  );
  const patients = await arrays(
    client,
    `SELECT client_pims_id, pims_id, name, species, to_char(birth_date, 'YYYY-MM-DD')
     FROM pims_patients WHERE practice_id = $1 ${patientFilter}`,
    params,
  );
  const petsOf = groupPets(patients);
  return clients.map(([id, firstName, lastName, street, city, state, zip, home, cell, work, email]) => {
    const phones: string[] = [];
    for (const phone of [home, cell, work]) if (phone && !phones.includes(phone)) phones.push(phone);
    return {
      id: id!,
      firstName: firstName ?? "",
      lastName: lastName ?? "",
      street,
      city,
      state,
      zip,
      phones,
      email,
      pets: petsOf.get(id!) ?? [],
    };
  });
}

/** Transaction-scoped lock serializing matching runs and staff decisions of one practice. */
export async function lockPracticeMatching(client: PoolClient, practiceId: string): Promise<void> {
  await lockInTransaction(client, "practiceLinks", practiceId);
}
