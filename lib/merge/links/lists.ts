/**
 * The long lists of the links page: merged links, home-delivery clients left unmatched and
 * "not the same person" pairs, paged and searchable. Every query filters by practice first.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ShownPet } from "../review/view";
import { fullName, joinLine, LINKS_PAGE_SIZE, likeOf } from "./sql";
import { ENGINE } from "./write";

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

/** Merged links, newest decision first; `q` matches either client's name or an id. */
export async function listMergedLinks(practiceId: string, opts: { page: number; by: MergedFilter; q: string }) {
  const byFilter =
    opts.by === "auto"
      ? Prisma.sql`AND l.decided_by = ${ENGINE}`
      : opts.by === "staff"
        ? Prisma.sql`AND l.decided_by <> ${ENGINE}`
        : Prisma.empty;
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
    db.$queryRaw<
      (Omit<UnmatchedRow, "pets" | "street" | "cityState"> & {
        address1: string | null;
        address2: string | null;
        city: string | null;
        state: string | null;
      })[]
    >`
      SELECT h.hd_client_id AS "hdClientId", ${fullName(Prisma.sql`h.first_name`, Prisma.sql`h.last_name`)} AS name,
             h.address1, h.address2, h.city, h.state, h.postal_code AS zip, h.phone, h.email
      ${from}
      ORDER BY h.last_name ASC NULLS LAST, h.first_name ASC NULLS LAST, h.hd_client_id ASC
      LIMIT ${LINKS_PAGE_SIZE} OFFSET ${(opts.page - 1) * LINKS_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  const pets = clients.length
    ? await db.homeDeliveryPet.findMany({
        where: { practiceId, hdClientId: { in: clients.map((c) => c.hdClientId) } },
        orderBy: [{ hdClientId: "asc" }, { hdPetId: "asc" }],
      })
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
      .map((p) => ({
        id: p.hdPetId,
        name: p.name ?? "(no name)",
        species: p.species,
        breed: p.breed,
        birthDate: p.birthDate ? p.birthDate.toISOString().slice(0, 10) : null,
      })),
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
