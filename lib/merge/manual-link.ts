/**
 * Manual links by staff: find the practice's PIMS clients and patients (name, phone, email, id),
 * link a home-delivery pet the engine left unlinked to a patient of its merged client, with a
 * reason; undo a wrong pet link. Like every decision it is audited in MergeEvent, holds the
 * practice's matching lock, and moves the pet's writeback lines at once (released on link,
 * withdrawn on undo). A home-delivery client is linked by hand in ./manual-client-link.ts.
 */
import type { PoolClient } from "pg";
import { inTransaction } from "@/lib/db/transaction";
import { pool } from "@/lib/db/pool";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import { followPetLinks } from "@/lib/writeback/follow-links";
import { lockPracticeMatching } from "./load";

export type PimsSearchHit = {
  pimsId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phones: string[];
  street: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  patients: { pimsId: string; name: string; species: string; deceased: boolean; linkedHdPetId: string | null }[];
};

/** PIMS clients of the practice matching the text (name, phone digits, email or id), with their patients. */
export async function searchPimsRecords(practiceId: string, q: string, limit = 20): Promise<PimsSearchHit[]> {
  const text = q.trim();
  if (text.length < 2) return [];
  const digits = text.replace(/\D/g, "");
  const { rows } = await pool().query<{
    pims_id: string;
    first_name: string;
    last_name: string;
    email: string | null;
    home_phone: string | null;
    cell_phone: string | null;
    work_phone: string | null;
    address1: string | null;
    city: string | null;
    state: string | null;
    postal_code: string | null;
  }>(
    `SELECT pims_id, first_name, last_name, email, home_phone, cell_phone, work_phone, address1, city, state, postal_code FROM pims_clients
     WHERE practice_id = $1 AND (
       pims_id = $2 OR email ILIKE $3 OR (first_name || ' ' || last_name) ILIKE $3 OR last_name ILIKE $3
       OR ($4 <> '' AND length($4) >= 7 AND (home_phone LIKE $5 OR cell_phone LIKE $5 OR work_phone LIKE $5))
       OR pims_id IN (SELECT client_pims_id FROM pims_patients WHERE practice_id = $1 AND (pims_id = $2 OR name ILIKE $3)))
     ORDER BY last_name, first_name, pims_id LIMIT $6`,
    [practiceId, text, `%${text.replace(/[%_\\]/g, "\\$&")}%`, digits, `%${digits}`, limit],
  );
  if (rows.length === 0) return [];
  const patients = await pool().query<{
    pims_id: string;
    client_pims_id: string;
    name: string;
    species: string;
    deceased: boolean;
    hd_pet_id: string | null;
  }>(
    `SELECT p.pims_id, p.client_pims_id, p.name, p.species, p.deceased, pl.hd_pet_id FROM pims_patients p
     LEFT JOIN pet_links pl ON pl.practice_id = p.practice_id AND pl.pims_patient_id = p.pims_id
     WHERE p.practice_id = $1 AND p.client_pims_id = ANY($2::text[]) ORDER BY p.name, p.pims_id`,
    [practiceId, rows.map((r) => r.pims_id)],
  );
  return rows.map((r) => ({
    pimsId: r.pims_id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phones: [r.home_phone, r.cell_phone, r.work_phone].filter((p): p is string => Boolean(p)),
    street: r.address1,
    city: r.city,
    state: r.state,
    zip: r.postal_code,
    patients: patients.rows
      .filter((p) => p.client_pims_id === r.pims_id)
      .map((p) => ({ pimsId: p.pims_id, name: p.name, species: p.species, deceased: p.deceased, linkedHdPetId: p.hd_pet_id })),
  }));
}

async function audit(
  client: PoolClient,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string | null,
  action: string,
  evidence: unknown,
  actor: Actor,
  note: string,
) {
  await client.query(
    `INSERT INTO merge_events (id, practice_id, hd_client_id, pims_client_id, action, evidence, actor, note, created_at)
     VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6, $7, now())`,
    [practiceId, hdClientId, pimsClientId, action, JSON.stringify(evidence), actor.kind === "user" ? actor.id : "system", note],
  );
}

export type PetLinkOutcome = { outcome: "done" | "unchanged"; released: number; withdrawn: number };

export async function linkPetByHand(
  actor: Actor,
  practiceId: string,
  hdPetId: string,
  pimsPatientId: string,
  reason: string,
): Promise<PetLinkOutcome> {
  assertCan(actor, "integrations:link");
  return inTransaction(async (client) => {
    await lockPracticeMatching(client, practiceId);
    const pet = (
      await client.query<{ hd_client_id: string }>(
        `SELECT hd_client_id FROM home_delivery_pets WHERE practice_id = $1 AND hd_pet_id = $2`,
        [practiceId, hdPetId],
      )
    ).rows[0];
    if (!pet) throw new NotFoundError("Home-delivery pet");
    const patient = (
      await client.query<{ client_pims_id: string; name: string }>(
        `SELECT client_pims_id, name FROM pims_patients WHERE practice_id = $1 AND pims_id = $2`,
        [practiceId, pimsPatientId],
      )
    ).rows[0];
    if (!patient) throw new NotFoundError("PIMS patient");
    const merged = (
      await client.query<{ pims_client_id: string }>(
        `SELECT pims_client_id FROM client_links WHERE practice_id = $1 AND hd_client_id = $2 AND decision = 'MERGED'`,
        [practiceId, pet.hd_client_id],
      )
    ).rows[0];
    if (!merged)
      throw new UserFacingError(
        `The pet's client ${pet.hd_client_id} is not linked to a PIMS client yet: link the client first.`,
        "conflict",
      );
    if (merged.pims_client_id !== patient.client_pims_id) {
      throw new UserFacingError(
        `PIMS patient ${pimsPatientId} belongs to PIMS client ${patient.client_pims_id}, but this pet's client is linked to PIMS client ${merged.pims_client_id}.`,
        "conflict",
        { pimsPatientId: ["Choose a patient of the linked client"] },
      );
    }
    const current = (
      await client.query<{ pims_patient_id: string }>(
        `SELECT pims_patient_id FROM pet_links WHERE practice_id = $1 AND hd_pet_id = $2`,
        [practiceId, hdPetId],
      )
    ).rows[0];
    if (current?.pims_patient_id === pimsPatientId) return { outcome: "unchanged", released: 0, withdrawn: 0 };
    if (current)
      throw new UserFacingError(
        `This pet is linked to PIMS patient ${current.pims_patient_id}; undo that link first.`,
        "conflict",
      );
    const taken = (
      await client.query<{ hd_pet_id: string }>(
        `SELECT hd_pet_id FROM pet_links WHERE practice_id = $1 AND pims_patient_id = $2`,
        [practiceId, pimsPatientId],
      )
    ).rows[0];
    if (taken)
      throw new UserFacingError(
        `PIMS patient ${pimsPatientId} is already linked to home-delivery pet ${taken.hd_pet_id}.`,
        "conflict",
      );
    await client.query(
      `INSERT INTO pet_links (practice_id, hd_pet_id, pims_patient_id, hd_client_id, created_at) VALUES ($1, $2, $3, $4, now())`,
      [practiceId, hdPetId, pimsPatientId, pet.hd_client_id],
    );
    await audit(
      client,
      practiceId,
      pet.hd_client_id,
      merged.pims_client_id,
      "pet_linked_by_staff",
      { hdPetId, pimsPatientId, patientName: patient.name },
      actor,
      reason,
    );
    const moved = await followPetLinks(client, practiceId, actor.label);
    return { outcome: "done", ...moved };
  });
}

export async function unlinkPetByHand(
  actor: Actor,
  practiceId: string,
  hdPetId: string,
  reason: string,
): Promise<PetLinkOutcome> {
  assertCan(actor, "integrations:link");
  return inTransaction(async (client) => {
    await lockPracticeMatching(client, practiceId);
    const removed = await client.query<{ hd_client_id: string; pims_patient_id: string }>(
      `DELETE FROM pet_links WHERE practice_id = $1 AND hd_pet_id = $2 RETURNING hd_client_id, pims_patient_id`,
      [practiceId, hdPetId],
    );
    const link = removed.rows[0];
    if (!link) return { outcome: "unchanged", released: 0, withdrawn: 0 };
    await audit(
      client,
      practiceId,
      link.hd_client_id,
      null,
      "pet_unlinked_by_staff",
      { hdPetId, pimsPatientId: link.pims_patient_id },
      actor,
      reason,
    );
    const moved = await followPetLinks(client, practiceId, actor.label);
    return { outcome: "done", ...moved };
  });
}
