/**
 * Reads of the link tables behind the merge screens: a practice's link
 * counts, the review queue (highest score first) and a queue item's neighbours, one link. Every
 * query filters by practice first. Writes are in write.ts, the long lists in lists.ts, the
 * links.csv rows in export.ts.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { fullName } from "./sql";
import { ENGINE } from "./write";

export const QUEUE_PAGE_SIZE = 25;

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
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS total FROM client_links WHERE practice_id = ${practiceId} AND decision = 'REVIEW'`,
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

export async function queuePosition(practiceId: string, hdClientId: string, score: number): Promise<QueuePosition> {
  // Keyset neighbours in (score DESC, hd_client_id ASC) order; past either end, wrap to the
  // other end, so items skipped earlier come round again.
  const [row] = await db.$queryRaw<
    { position: number; total: number; next: string | null; previous: string | null; first: string | null; last: string | null }[]
  >`
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

/** The stored link of one home-delivery client (review or merged), or null. */
export function findLink(practiceId: string, hdClientId: string) {
  return db.clientLink.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId } } });
}
