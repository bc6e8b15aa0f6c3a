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
import { ENGINE } from "./links/write";

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
  link: {
    decision: "MERGED" | "REVIEW";
    pimsClientId: string;
    /** "engine" for an automatic decision, else the staff member's name (or id when gone). */
    decidedBy: string;
    decidedAt: Date;
    /** The reason a person gave when linking by hand; null for the engine's links. */
    reason: string | null;
  } | null;
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
    pool().query(
      `SELECT l.decision, l.pims_client_id, l.decided_by, l.decided_at, l.evidence->'manualLink'->>'reason' AS reason,
              (SELECT coalesce(u.name, u.email) FROM users u WHERE u.id = l.decided_by) AS reviewer
       FROM client_links l
       WHERE l.practice_id = $1 AND l.hd_client_id = $2`,
      [practiceId, hdClientId],
    ),
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
    link: link.rows[0] ? linkOf(link.rows[0]) : null,
  };
}

function linkOf(row: {
  decision: "MERGED" | "REVIEW";
  pims_client_id: string;
  decided_by: string;
  decided_at: Date;
  reason: string | null;
  reviewer: string | null;
}): NonNullable<ClientToLink["link"]> {
  return {
    decision: row.decision,
    pimsClientId: row.pims_client_id,
    decidedBy: row.decided_by === ENGINE ? "engine" : (row.reviewer ?? row.decided_by),
    decidedAt: row.decided_at,
    reason: row.reason,
  };
}
