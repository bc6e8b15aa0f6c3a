// Finding one of the practice's home-delivery pets by its name, its id, or its owner's name or
// id: how staff reach a pet's page (its orders and writeback history) without knowing an order.
import { z } from "zod";
import { pool } from "@/lib/db/pool";

export const petSearchSchema = z.string().trim().min(2, "Type at least 2 characters").max(100, "At most 100 characters");

export type FoundPet = {
  hdPetId: string;
  name: string | null;
  species: string | null;
  hdClientId: string;
  ownerName: string;
  pimsPatientId: string | null;
  orders: number;
};

export const PET_SEARCH_LIMIT = 25;

export async function findHomeDeliveryPets(practiceId: string, query: string): Promise<FoundPet[]> {
  // Every word must appear in the pet's or the owner's name or ids ("rex garcia" finds Garcia's Rex).
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const result = await pool().query<FoundPet>(
    `SELECT p.hd_pet_id AS "hdPetId", p.name, p.species, p.hd_client_id AS "hdClientId",
            trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) AS "ownerName",
            l.pims_patient_id AS "pimsPatientId",
            (SELECT count(*)::int FROM orders o WHERE o.practice_id = p.practice_id AND o.hd_pet_id = p.hd_pet_id) AS orders
     FROM home_delivery_pets p
     JOIN home_delivery_clients c ON c.practice_id = p.practice_id AND c.hd_client_id = p.hd_client_id
     LEFT JOIN pet_links l ON l.practice_id = p.practice_id AND l.hd_pet_id = p.hd_pet_id
     WHERE p.practice_id = $1
       AND (SELECT bool_and(lower(concat_ws(' ', p.name, p.hd_pet_id, c.first_name, c.last_name, c.hd_client_id)) LIKE w) FROM unnest($2::text[]) AS w)
     ORDER BY p.name NULLS LAST, p.hd_pet_id
     LIMIT $3`,
    [practiceId, words, PET_SEARCH_LIMIT],
  );
  return result.rows;
}
