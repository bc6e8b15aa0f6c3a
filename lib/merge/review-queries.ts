/**
 * Reads behind the merge screens: a practice's link counts, the review queue (highest score
 * first), one pair with both records and their pets, the merged links and the home-delivery
 * clients left unmatched. Every query filters by practice first.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadHomeDeliveryClients, loadPimsClients } from "./load";
import { compareFields, pairPets, type FieldRow, type PetRow, type ShownClient, type ShownPet } from "./review-view";
import { ENGINE } from "./run-matching";
import type { MatchEvidence } from "./types";

export const QUEUE_PAGE_SIZE = 25;
export const LINKS_PAGE_SIZE = 25;

export interface MergeCounts {
  homeDeliveryClients: number;
  mergedAuto: number;
  mergedStaff: number;
  review: number;
  unmatched: number;
  rejected: number;
  /** Pairs staff decided (merged or "not the same person") that are no longer in review. */
  decidedByStaff: number;
}

/** Every count of the merge screens in one round trip. */
export async function getMergeCounts(practiceId: string): Promise<MergeCounts> {
  const [row] = await db.$queryRaw<MergeCounts[]>`
    SELECT
      (SELECT count(*)::int FROM home_delivery_clients WHERE practice_id = ${practiceId}) AS "homeDeliveryClients",
      (SELECT count(*)::int FROM client_links WHERE practice_id = ${practiceId} AND decision = 'MERGED' AND decided_by = ${ENGINE}) AS "mergedAuto",
      (SELECT count(*)::int FROM client_links WHERE practice_id = ${practiceId} AND decision = 'MERGED' AND decided_by <> ${ENGINE}) AS "mergedStaff",
      (SELECT count(*)::int FROM client_links WHERE practice_id = ${practiceId} AND decision = 'REVIEW') AS review,
      (SELECT count(*)::int FROM home_delivery_clients h WHERE h.practice_id = ${practiceId}
         AND NOT EXISTS (SELECT 1 FROM client_links l WHERE l.practice_id = h.practice_id AND l.hd_client_id = h.hd_client_id)) AS unmatched,
      (SELECT count(*)::int FROM rejected_pairs WHERE practice_id = ${practiceId}) AS rejected,
      (SELECT count(DISTINCT e.hd_client_id)::int FROM merge_events e WHERE e.practice_id = ${practiceId}
         AND e.action IN ('merged_by_staff', 'rejected')
         AND NOT EXISTS (SELECT 1 FROM client_links l WHERE l.practice_id = e.practice_id AND l.hd_client_id = e.hd_client_id AND l.decision = 'REVIEW')) AS "decidedByStaff"`;
  return row;
}

export interface QueueRow {
  hdClientId: string;
  pimsClientId: string;
  score: number;
  hdName: string;
  pimsName: string;
  rule: string | null;
}

const fullName = (first: Prisma.Sql, last: Prisma.Sql) => Prisma.sql`trim(coalesce(${first}, '') || ' ' || coalesce(${last}, ''))`;

/** One page of the review queue: highest score first, then by home-delivery id (stable). */
export async function listReviewQueue(practiceId: string, page: number, pageSize = QUEUE_PAGE_SIZE) {
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<QueueRow[]>`
      SELECT l.hd_client_id AS "hdClientId", l.pims_client_id AS "pimsClientId", l.score,
             ${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} AS "hdName",
             ${fullName(Prisma.sql`p.first_name`, Prisma.sql`p.last_name`)} AS "pimsName",
             l.evidence->>'rule' AS rule
      FROM client_links l
      JOIN home_delivery_clients h ON h.practice_id = l.practice_id AND h.hd_client_id = l.hd_client_id
      LEFT JOIN pims_clients p ON p.practice_id = l.practice_id AND p.pims_id = l.pims_client_id
      WHERE l.practice_id = ${practiceId} AND l.decision = 'REVIEW'
      ORDER BY l.score DESC, l.hd_client_id ASC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM client_links WHERE practice_id = ${practiceId} AND decision = 'REVIEW'`,
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Where a queue item stands: its place in the order and its neighbours (wrapping around). */
export interface QueuePosition {
  position: number;
  total: number;
  nextHdId: string | null;
  previousHdId: string | null;
}

async function queuePosition(practiceId: string, hdClientId: string, score: number): Promise<QueuePosition> {
  // Keyset neighbours in (score DESC, hd_client_id ASC) order; past either end, wrap to the
  // other end, so items skipped earlier come round again.
  const [row] = await db.$queryRaw<{ position: number; total: number; next: string | null; previous: string | null; first: string | null; last: string | null }[]>`
    WITH q AS (SELECT hd_client_id, score FROM client_links WHERE practice_id = ${practiceId} AND decision = 'REVIEW')
    SELECT
      (SELECT count(*)::int FROM q WHERE score > ${score} OR (score = ${score} AND hd_client_id < ${hdClientId})) + 1 AS position,
      (SELECT count(*)::int FROM q) AS total,
      (SELECT hd_client_id FROM q WHERE score < ${score} OR (score = ${score} AND hd_client_id > ${hdClientId}) ORDER BY score DESC, hd_client_id ASC LIMIT 1) AS next,
      (SELECT hd_client_id FROM q WHERE score > ${score} OR (score = ${score} AND hd_client_id < ${hdClientId}) ORDER BY score ASC, hd_client_id DESC LIMIT 1) AS previous,
      (SELECT hd_client_id FROM q WHERE hd_client_id <> ${hdClientId} ORDER BY score DESC, hd_client_id ASC LIMIT 1) AS first,
      (SELECT hd_client_id FROM q WHERE hd_client_id <> ${hdClientId} ORDER BY score ASC, hd_client_id DESC LIMIT 1) AS last`;
  return { position: row.position, total: row.total, nextHdId: row.next ?? row.first, previousHdId: row.previous ?? row.last };
}

/** The first item of the queue (highest score), or null when nothing waits. */
export async function firstInQueue(practiceId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ hd: string }[]>`
    SELECT hd_client_id AS hd FROM client_links WHERE practice_id = ${practiceId} AND decision = 'REVIEW'
    ORDER BY score DESC, hd_client_id ASC LIMIT 1`;
  return row?.hd ?? null;
}

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

const joinLine = (...parts: (string | null)[]) => parts.filter((p) => p && p.trim() !== "").join(", ") || null;

/**
 * One link (review or merged) with both records side by side, the engine's verdict per field
 * and the pets. Null when the home-delivery client has no link (decided meanwhile) or one of
 * the records no longer exists.
 */
export async function getPairView(practiceId: string, hdClientId: string): Promise<(PairView & { queue: QueuePosition | null }) | null> {
  const link = await db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId } } });
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

export type MergedFilter = "all" | "auto" | "staff";

export interface MergedRow {
  hdClientId: string;
  pimsClientId: string;
  hdName: string;
  pimsName: string;
  score: number;
  rule: string | null;
  decidedBy: string;
  /** The reviewer's name or email; null for the engine. */
  reviewer: string | null;
  decidedAt: Date;
  petLinks: number;
  unlinkedPets: number;
}

const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Merged links, newest decision first; `q` matches either client's name or an id. */
export async function listMergedLinks(practiceId: string, opts: { page: number; by: MergedFilter; q: string }) {
  const byFilter = opts.by === "auto" ? Prisma.sql`AND l.decided_by = ${ENGINE}` : opts.by === "staff" ? Prisma.sql`AND l.decided_by <> ${ENGINE}` : Prisma.empty;
  const like = likeOf(opts.q);
  const qFilter = opts.q
    ? Prisma.sql`AND (${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} ILIKE ${like} OR ${fullName(Prisma.sql`p.first_name`, Prisma.sql`p.last_name`)} ILIKE ${like}
        OR l.hd_client_id ILIKE ${like} OR l.pims_client_id ILIKE ${like})`
    : Prisma.empty;
  const from = Prisma.sql`
    FROM client_links l
    JOIN home_delivery_clients h ON h.practice_id = l.practice_id AND h.hd_client_id = l.hd_client_id
    LEFT JOIN pims_clients p ON p.practice_id = l.practice_id AND p.pims_id = l.pims_client_id
    WHERE l.practice_id = ${practiceId} AND l.decision = 'MERGED' ${byFilter} ${qFilter}`;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<MergedRow[]>`
      SELECT l.hd_client_id AS "hdClientId", l.pims_client_id AS "pimsClientId", l.score,
             ${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} AS "hdName",
             ${fullName(Prisma.sql`p.first_name`, Prisma.sql`p.last_name`)} AS "pimsName",
             l.evidence->>'rule' AS rule, l.decided_by AS "decidedBy", l.decided_at AS "decidedAt",
             (SELECT coalesce(u.name, u.email) FROM users u WHERE u.id = l.decided_by) AS reviewer,
             (SELECT count(*)::int FROM pet_links pl WHERE pl.practice_id = l.practice_id AND pl.hd_client_id = l.hd_client_id) AS "petLinks",
             (SELECT count(*)::int FROM home_delivery_pets hp WHERE hp.practice_id = l.practice_id AND hp.hd_client_id = l.hd_client_id
                AND NOT EXISTS (SELECT 1 FROM pet_links pl WHERE pl.practice_id = hp.practice_id AND pl.hd_pet_id = hp.hd_pet_id)) AS "unlinkedPets"
      ${from}
      ORDER BY l.decided_at DESC, l.hd_client_id ASC
      LIMIT ${LINKS_PAGE_SIZE} OFFSET ${(opts.page - 1) * LINKS_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / LINKS_PAGE_SIZE)) };
}

export interface UnmatchedRow {
  hdClientId: string;
  name: string;
  street: string | null;
  cityState: string | null;
  zip: string | null;
  phone: string | null;
  email: string | null;
  pets: ShownPet[];
}

/** Home-delivery clients with no link at all, with every pet they have (none is dropped). */
export async function listUnmatchedClients(practiceId: string, opts: { page: number; q: string }) {
  const like = likeOf(opts.q);
  const qFilter = opts.q
    ? Prisma.sql`AND (${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} ILIKE ${like} OR h.hd_client_id ILIKE ${like}
        OR h.email ILIKE ${like} OR h.phone ILIKE ${like})`
    : Prisma.empty;
  const from = Prisma.sql`
    FROM home_delivery_clients h
    WHERE h.practice_id = ${practiceId}
      AND NOT EXISTS (SELECT 1 FROM client_links l WHERE l.practice_id = h.practice_id AND l.hd_client_id = h.hd_client_id)
      ${qFilter}`;
  const [clients, [{ total }]] = await Promise.all([
    db.$queryRaw<(Omit<UnmatchedRow, "pets" | "street" | "cityState"> & { address1: string | null; address2: string | null; city: string | null; state: string | null })[]>`
      SELECT h.hd_client_id AS "hdClientId", ${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} AS name,
             h.address1, h.address2, h.city, h.state, h.postal_code AS zip, h.phone, h.email
      ${from}
      ORDER BY h.last_name ASC NULLS LAST, h.first_name ASC NULLS LAST, h.hd_client_id ASC
      LIMIT ${LINKS_PAGE_SIZE} OFFSET ${(opts.page - 1) * LINKS_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  const pets = clients.length
    ? await db.homeDeliveryPet.findMany({ where: { practiceId, hdClientId: { in: clients.map((c) => c.hdClientId) } }, orderBy: [{ hdClientId: "asc" }, { hdPetId: "asc" }] })
    : [];
  const rows: UnmatchedRow[] = clients.map((c) => ({
    hdClientId: c.hdClientId,
    name: c.name || "(no name)",
    street: joinLine(c.address1, c.address2),
    cityState: joinLine(c.city, c.state),
    zip: c.zip,
    phone: c.phone,
    email: c.email,
    pets: pets
      .filter((p) => p.hdClientId === c.hdClientId)
      .map((p) => ({ id: p.hdPetId, name: p.name ?? "(no name)", species: p.species, breed: p.breed, birthDate: p.birthDate ? p.birthDate.toISOString().slice(0, 10) : null })),
  }));
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / LINKS_PAGE_SIZE)) };
}

export interface RejectedRow {
  hdClientId: string;
  pimsClientId: string;
  hdName: string | null;
  pimsName: string | null;
  reviewer: string | null;
  note: string | null;
  createdAt: Date;
}

/** "Not the same person" pairs (and unmerged ones): never proposed again. Newest first. */
export async function listRejectedPairs(practiceId: string, opts: { page: number; q: string }) {
  const like = likeOf(opts.q);
  const qFilter = opts.q
    ? Prisma.sql`AND (${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} ILIKE ${like} OR ${fullName(Prisma.sql`p.first_name`, Prisma.sql`p.last_name`)} ILIKE ${like}
        OR r.hd_client_id ILIKE ${like} OR r.pims_client_id ILIKE ${like})`
    : Prisma.empty;
  const from = Prisma.sql`
    FROM rejected_pairs r
    LEFT JOIN home_delivery_clients h ON h.practice_id = r.practice_id AND h.hd_client_id = r.hd_client_id
    LEFT JOIN pims_clients p ON p.practice_id = r.practice_id AND p.pims_id = r.pims_client_id
    WHERE r.practice_id = ${practiceId} ${qFilter}`;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<RejectedRow[]>`
      SELECT r.hd_client_id AS "hdClientId", r.pims_client_id AS "pimsClientId",
             ${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} AS "hdName",
             ${fullName(Prisma.sql`p.first_name`, Prisma.sql`p.last_name`)} AS "pimsName",
             (SELECT coalesce(u.name, u.email) FROM users u WHERE u.id = r.reviewer_id) AS reviewer,
             r.note, r.created_at AS "createdAt"
      ${from}
      ORDER BY r.created_at DESC, r.hd_client_id ASC, r.pims_client_id ASC
      LIMIT ${LINKS_PAGE_SIZE} OFFSET ${(opts.page - 1) * LINKS_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / LINKS_PAGE_SIZE)) };
}
