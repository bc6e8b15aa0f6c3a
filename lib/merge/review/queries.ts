/**
 * What the merge screens read: one pair with both records side by side, the engine's verdict
 * per field and the pets; the counts, queue and lists come from the link tables' reads
 * (../links/read.ts, ../links/lists.ts) and are re-exported here for the pages.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import type { MatchEvidence } from "../engine/types";
import { findLink, queuePosition, type QueuePosition } from "../links/read";
import { joinLine } from "../links/sql";
import { loadHomeDeliveryClients, loadPimsClients } from "../load";
import { compareFields, pairPets, type FieldRow, type PetRow, type ShownClient, type ShownPet } from "./view";

export { firstInQueue, getMergeCounts, listReviewQueue, QUEUE_PAGE_SIZE, type MergeCounts, type QueuePosition, type QueueRow } from "../links/read";
export { listMergedLinks, listRejectedPairs, listUnmatchedClients, type MergedFilter, type MergedRow, type RejectedRow, type UnmatchedRow } from "../links/lists";
export { LINKS_PAGE_SIZE } from "../links/sql";

export interface StoredEvidence extends Partial<MatchEvidence> {
  reasons?: string[];
}

export interface PairView {
  hdClientId: string;
  pimsClientId: string;
  decision: "MERGED" | "REVIEW";
  score: number;
  rule: string | null;
  weight: number | null;
  reasons: string[];
  decidedBy: string;
  decidedAt: Date;
  hd: ShownClient;
  pims: ShownClient;
  fields: FieldRow[];
  pets: PetRow[];
}


/**
 * One link (review or merged) with both records side by side, the engine's verdict per field
 * and the pets. Null when the home-delivery client has no link (decided meanwhile) or one of
 * the records no longer exists.
 */
export async function getPairView(practiceId: string, hdClientId: string): Promise<(PairView & { queue: QueuePosition | null }) | null> {
  const link = await findLink(practiceId, hdClientId);
  if (!link) return null;
  const pimsClientId = link.pimsClientId;
  const client = await pool().connect();
  let matchHd, matchPims;
  try {
    [matchHd] = await loadHomeDeliveryClients(client, practiceId, [hdClientId]);
    [matchPims] = await loadPimsClients(client, practiceId, [pimsClientId]);
  } finally {
    client.release();
  }
  if (!matchHd || !matchPims) return null;
  const [hdRow, pimsRow, hdPets, pimsPets, queue] = await Promise.all([
    db.homeDeliveryClient.findUniqueOrThrow({ where: { practiceId_hdClientId: { practiceId, hdClientId } } }),
    db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: pimsClientId } } }),
    db.homeDeliveryPet.findMany({ where: { practiceId, hdClientId }, orderBy: { hdPetId: "asc" } }),
    db.pimsPatient.findMany({ where: { practiceId, clientPimsId: pimsClientId }, orderBy: { pimsId: "asc" } }),
    link.decision === "REVIEW" ? queuePosition(practiceId, hdClientId, link.score) : Promise.resolve(null),
  ]);
  const hd: ShownClient = {
    id: hdClientId,
    name: joinLine(`${hdRow.firstName ?? ""} ${hdRow.lastName ?? ""}`.trim()) ?? "(no name)",
    street: joinLine(hdRow.address1, hdRow.address2),
    cityState: joinLine(hdRow.city, hdRow.state),
    zip: hdRow.postalCode,
    phones: hdRow.phone ? [hdRow.phone] : [],
    email: hdRow.email,
  };
  const pimsPhones = ([["home", pimsRow.homePhone], ["cell", pimsRow.cellPhone], ["work", pimsRow.workPhone]] as const)
    .filter(([, phone]) => phone)
    .map(([kind, phone]) => `${phone} (${kind})`);
  const pims: ShownClient = {
    id: pimsClientId,
    name: `${pimsRow.firstName} ${pimsRow.lastName}`.trim(),
    street: joinLine(pimsRow.address1, pimsRow.address2),
    cityState: joinLine(pimsRow.city, pimsRow.state),
    zip: pimsRow.postalCode,
    phones: pimsPhones,
    email: pimsRow.email,
  };
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const shownHdPets: ShownPet[] = hdPets.map((p) => ({ id: p.hdPetId, name: p.name ?? "(no name)", species: p.species, breed: p.breed, birthDate: day(p.birthDate) }));
  const shownPimsPets: ShownPet[] = pimsPets.map((p) => ({ id: p.pimsId, name: p.name, species: p.species, breed: p.breed, birthDate: day(p.birthDate), deceased: p.deceased }));
  const evidence = (link.evidence ?? {}) as StoredEvidence;
  return {
    hdClientId,
    pimsClientId,
    decision: link.decision,
    score: link.score,
    rule: evidence.rule ?? null,
    weight: typeof evidence.weight === "number" ? evidence.weight : null,
    reasons: evidence.reasons ?? [],
    decidedBy: link.decidedBy,
    decidedAt: link.decidedAt,
    hd,
    pims,
    fields: compareFields(matchHd, matchPims, hd, pims, { fields: evidence.fields, levels: evidence.levels }),
    pets: pairPets(matchHd, matchPims, shownHdPets, shownPimsPets),
    queue,
  };
}

