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

export {
  firstInQueue,
  getMergeCounts,
  listReviewQueue,
  QUEUE_PAGE_SIZE,
  type MergeCounts,
  type QueuePosition,
  type QueueRow,
} from "../links/read";
export {
  listMergedLinks,
  listRejectedPairs,
  listUnmatchedClients,
  type MergedFilter,
  type MergedRow,
  type RejectedRow,
  type UnmatchedRow,
} from "../links/lists";
export { LINKS_PAGE_SIZE } from "../links/sql";

interface StoredEvidence extends Partial<MatchEvidence> {
  reasons?: string[];
}

/** The record that competes with the proposed one, field by field against the same other side. */
export interface CompetitorView {
  side: "pims" | "hd";
  score: number | null;
  client: ShownClient;
  /** "pims": this HD client against the rival PIMS client; "hd": the rival HD client against this PIMS client. */
  fields: FieldRow[];
}

export interface PairView {
  hdClientId: string;
  pimsClientId: string;
  decision: "MERGED" | "REVIEW";
  score: number;
  rule: string | null;
  weight: number | null;
  reasons: string[];
  /** The comparator levels stored with the link (nameOrder "swapped" among them). */
  levels: Record<string, string>;
  decidedBy: string;
  decidedAt: Date;
  hd: ShownClient;
  pims: ShownClient;
  fields: FieldRow[];
  pets: PetRow[];
  competitor: CompetitorView | null;
}

type HdRow = NonNullable<Awaited<ReturnType<typeof db.homeDeliveryClient.findUnique>>>;
type PimsRow = NonNullable<Awaited<ReturnType<typeof db.pimsClient.findUnique>>>;

function shownHd(row: HdRow): ShownClient {
  return {
    id: row.hdClientId,
    name: joinLine(`${row.firstName ?? ""} ${row.lastName ?? ""}`.trim()) ?? "(no name)",
    street: joinLine(row.address1, row.address2),
    cityState: joinLine(row.city, row.state),
    zip: row.postalCode,
    phones: row.phone ? [row.phone] : [],
    email: row.email,
  };
}

function shownPims(row: PimsRow): ShownClient {
  const phones = (
    [
      ["home", row.homePhone],
      ["cell", row.cellPhone],
      ["work", row.workPhone],
    ] as const
  )
    .filter(([, phone]) => phone)
    .map(([kind, phone]) => `${phone} (${kind})`);
  return {
    id: row.pimsId,
    name: `${row.firstName} ${row.lastName}`.trim(),
    street: joinLine(row.address1, row.address2),
    cityState: joinLine(row.city, row.state),
    zip: row.postalCode,
    phones,
    email: row.email,
  };
}

/** Engine input of the pair and of its rival, if any (one connection, in sequence). */
async function loadMatchRecords(practiceId: string, hdIds: string[], pimsIds: string[]) {
  const client = await pool().connect();
  try {
    const hd = await loadHomeDeliveryClients(client, practiceId, hdIds);
    const pims = await loadPimsClients(client, practiceId, pimsIds);
    return { hd: new Map(hd.map((c) => [c.id, c])), pims: new Map(pims.map((c) => [c.id, c])) };
  } finally {
    client.release();
  }
}

/**
 * One link (review or merged) with both records side by side, the engine's verdict per field,
 * the pets, and the competing record when one kept the pair from merging. Null when the
 * home-delivery client has no link (decided meanwhile) or one of the records no longer exists.
 */
export async function getPairView(
  practiceId: string,
  hdClientId: string,
): Promise<(PairView & { queue: QueuePosition | null }) | null> {
  const link = await findLink(practiceId, hdClientId);
  if (!link) return null;
  const pimsClientId = link.pimsClientId;
  const evidence = (link.evidence ?? {}) as StoredEvidence;
  const rival = evidence.competitor && typeof evidence.competitor.id === "string" ? evidence.competitor : null;
  const records = await loadMatchRecords(
    practiceId,
    rival?.side === "hd" ? [hdClientId, rival.id] : [hdClientId],
    rival?.side === "pims" ? [pimsClientId, rival.id] : [pimsClientId],
  );
  const matchHd = records.hd.get(hdClientId);
  const matchPims = records.pims.get(pimsClientId);
  if (!matchHd || !matchPims) return null;
  const [hdRow, pimsRow, hdPets, pimsPets, queue, rivalRow] = await Promise.all([
    db.homeDeliveryClient.findUniqueOrThrow({ where: { practiceId_hdClientId: { practiceId, hdClientId } } }),
    db.pimsClient.findUniqueOrThrow({ where: { practiceId_pimsId: { practiceId, pimsId: pimsClientId } } }),
    db.homeDeliveryPet.findMany({ where: { practiceId, hdClientId }, orderBy: { hdPetId: "asc" } }),
    db.pimsPatient.findMany({ where: { practiceId, clientPimsId: pimsClientId }, orderBy: { pimsId: "asc" } }),
    link.decision === "REVIEW" ? queuePosition(practiceId, hdClientId, link.score) : Promise.resolve(null),
    rival?.side === "pims"
      ? db.pimsClient.findUnique({ where: { practiceId_pimsId: { practiceId, pimsId: rival.id } } })
      : rival?.side === "hd"
        ? db.homeDeliveryClient.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId: rival.id } } })
        : Promise.resolve(null),
  ]);
  const hd = shownHd(hdRow);
  const pims = shownPims(pimsRow);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const shownHdPets: ShownPet[] = hdPets.map((p) => ({
    id: p.hdPetId,
    name: p.name ?? "(no name)",
    species: p.species,
    breed: p.breed,
    birthDate: day(p.birthDate),
  }));
  const shownPimsPets: ShownPet[] = pimsPets.map((p) => ({
    id: p.pimsId,
    name: p.name,
    species: p.species,
    breed: p.breed,
    birthDate: day(p.birthDate),
    deceased: p.deceased,
  }));

  let competitor: CompetitorView | null = null;
  if (rival && rivalRow) {
    if (rival.side === "pims" && "pimsId" in rivalRow) {
      const match = records.pims.get(rival.id);
      const client = shownPims(rivalRow);
      if (match)
        competitor = { side: "pims", score: rival.score ?? null, client, fields: compareFields(matchHd, match, hd, client) };
    } else if (rival.side === "hd" && "hdClientId" in rivalRow) {
      const match = records.hd.get(rival.id);
      const client = shownHd(rivalRow);
      if (match)
        competitor = { side: "hd", score: rival.score ?? null, client, fields: compareFields(match, matchPims, client, pims) };
    }
  }
  return {
    hdClientId,
    pimsClientId,
    decision: link.decision,
    score: link.score,
    rule: evidence.rule ?? null,
    weight: typeof evidence.weight === "number" ? evidence.weight : null,
    reasons: evidence.reasons ?? [],
    levels: evidence.levels ?? {},
    decidedBy: link.decidedBy,
    decidedAt: link.decidedAt,
    hd,
    pims,
    fields: compareFields(matchHd, matchPims, hd, pims, { fields: evidence.fields, levels: evidence.levels }),
    pets: pairPets(matchHd, matchPims, shownHdPets, shownPimsPets),
    competitor,
    queue,
  };
}
