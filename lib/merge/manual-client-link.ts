/**
 * Staff link a home-delivery client the engine left unmatched (or in review) to a PIMS client of
 * the same practice, with a required reason. It is a staff merge like any other (mergePair's
 * rules, one-to-one, undone by the existing unmerge), whose evidence also keeps the reason and
 * the fields the person compared. One transaction under the practice's matching lock; the
 * client's pets are paired and their waiting writeback lines released in the same transaction.
 * Both records are loaded with the practice in the WHERE: another practice's ids are not found.
 */
import { inTransaction } from "@/lib/db/transaction";
import { pool } from "@/lib/db/pool";
import { NotFoundError } from "@/lib/errors";
import { assertCan } from "@/lib/auth/practice-actor";
import type { Actor } from "@/lib/auth/actor";
import { loadHomeDeliveryClients, loadPimsClients, lockPracticeMatching } from "./load";
import { mergePairHoldingLock, type DecisionOutcome } from "./decisions";
import { compareClients, type ComparableClient } from "./compare-clients";

type ClientLinkOutcome = { outcome: DecisionOutcome; released: number };

export async function linkClientByHand(
  actor: Actor,
  practiceId: string,
  hdClientId: string,
  pimsClientId: string,
  reason: string,
): Promise<ClientLinkOutcome> {
  assertCan(actor, "merge:decide");
  return inTransaction(async (client) => {
    await lockPracticeMatching(client, practiceId);
    const [hd] = await loadHomeDeliveryClients(client, practiceId, [hdClientId]);
    if (!hd) throw new NotFoundError("Home-delivery client");
    const [pims] = await loadPimsClients(client, practiceId, [pimsClientId]);
    if (!pims) throw new NotFoundError("PIMS client");
    const compared = compareClients(hd, pims);
    const manualLink = { reason, compared, by: actor.label, at: new Date().toISOString() };
    return mergePairHoldingLock(client, actor, practiceId, hdClientId, pimsClientId, reason, { manualLink });
  });
}

type ClientToLink = ComparableClient & {
  hdClientId: string;
  pets: { hdPetId: string; name: string | null; species: string | null }[];
  link: { decision: "MERGED" | "REVIEW"; pimsClientId: string } | null;
};

/** The home-delivery client shown on the link page, its pets and its current link. */
export async function getClientToLink(practiceId: string, hdClientId: string): Promise<ClientToLink | null> {
  const [found, pets, link] = await Promise.all([
    pool().query(
      `SELECT hd_client_id, first_name, last_name, email, phone, address1, city, state, postal_code
       FROM home_delivery_clients WHERE practice_id = $1 AND hd_client_id = $2`,
      [practiceId, hdClientId],
    ),
    pool().query(
      `SELECT hd_pet_id, name, species FROM home_delivery_pets WHERE practice_id = $1 AND hd_client_id = $2 ORDER BY name, hd_pet_id`,
      [practiceId, hdClientId],
    ),
    pool().query(`SELECT decision, pims_client_id FROM client_links WHERE practice_id = $1 AND hd_client_id = $2`, [
      practiceId,
      hdClientId,
    ]),
  ]);
  const c = found.rows[0];
  if (!c) return null;
  return {
    hdClientId: c.hd_client_id,
    firstName: c.first_name,
    lastName: c.last_name,
    email: c.email,
    phones: c.phone ? [c.phone] : [],
    street: c.address1,
    city: c.city,
    state: c.state,
    zip: c.postal_code,
    pets: pets.rows.map((p) => ({ hdPetId: p.hd_pet_id, name: p.name, species: p.species })),
    link: link.rows[0] ? { decision: link.rows[0].decision, pimsClientId: link.rows[0].pims_client_id } : null,
  };
}
