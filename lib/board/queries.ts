// Reads behind the staff queue board and its table. Each function is one round trip (or a few
// in parallel) so the board stays fast at thousands of practices. Those that judge clocks take
// `now`, so a page computes every clock from one instant and tests can pin time.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Health } from "@/lib/health/rule";
import { DUE_SOON_HOURS } from "@/lib/format/deadline";
import { isTimed, STATUSES, type Status } from "@/lib/onboarding/journey";
import { PAGE_SIZE, UNASSIGNED, type BoardTableFilters } from "./filters";

const CARDS_PER_COLUMN = 20;

export type StatusCounts = { total: number; late: number; dueSoon: number };

export type BoardCard = {
  id: string;
  name: string;
  city: string;
  state: string;
  status: Status;
  statusChangedAt: Date;
  dueAt: Date | null;
  sideReason: string | null;
  ownerName: string | null;
  partnerName: string;
  lastHeartbeatAt: Date | null;
  lastSyncAt: Date | null;
  syncWindowHours: number;
  /** Home-delivery/PIMS pairs waiting for staff review (merge). */
  reviewCount: number;
  /** Live practices only: the integration's health light (lib/health/rule.ts). */
  health?: Health;
};

// Practice timestamps are stored as UTC wall time (timestamp without time zone); convert the
// instant the same way so comparisons hold whatever the session's TimeZone setting is.
const utcTimestamp = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** Practices per status, with how many of each are late or due soon: one grouped scan. */
export async function countPracticesByStatus(now: Date): Promise<Record<Status, StatusCounts>> {
  const soon = new Date(now.getTime() + DUE_SOON_HOURS * 3_600_000);
  const rows = await db.$queryRaw<({ status: Status } & StatusCounts)[]>`
    SELECT status::text AS status,
           count(*)::int AS total,
           count(*) FILTER (WHERE due_at < ${utcTimestamp(now)})::int AS late,
           count(*) FILTER (WHERE due_at >= ${utcTimestamp(now)} AND due_at <= ${utcTimestamp(soon)})::int AS "dueSoon"
    FROM practices
    GROUP BY status`;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, { total: 0, late: 0, dueSoon: 0 }])) as Record<Status, StatusCounts>;
  for (const { status, ...row } of rows) counts[status] = row;
  return counts;
}

// Only the journey's timed steps have a deadline: transition() clears dueAt everywhere else,
// so a step without a time limit is ordered by age alone.
const TIMED = new Set<Status>(STATUSES.filter(isTimed));

function mostUrgentOf(status: Status, limit: number) {
  // A literal, not a parameter, so the planner sees which status (and its row count) each
  // branch reads. Safe: the value comes from the closed STATUSES list, never from a request.
  const literal = Prisma.raw(`'${status}'::"PracticeStatus"`);
  const order = TIMED.has(status)
    ? Prisma.sql`due_at ASC NULLS LAST, status_changed_at ASC, id`
    : Prisma.sql`status_changed_at ASC, id`;
  return Prisma.sql`(SELECT id, name, city, state, status, status_changed_at, due_at, side_reason, owner_id, partner_id,
      last_heartbeat_at, last_sync_at, sync_window_hours
    FROM practices WHERE status = ${literal} ORDER BY ${order} LIMIT ${limit})`;
}

/**
 * The most urgent cards of every status in one round trip: late first, then due soon, then on
 * time (earliest deadline first), then the longest waiting. One branch per status, each with the
 * status as a literal, so each is planned on its own and reads only the head of an index:
 * [status, statusChangedAt] for the untimed steps, [dueAt] for the timed ones.
 */
export async function listBoardCards(perColumn = CARDS_PER_COLUMN): Promise<Record<Status, BoardCard[]>> {
  const rows = await db.$queryRaw<BoardCard[]>`
    SELECT c.id, c.name, c.city, c.state, c.status::text AS status,
           c.status_changed_at AS "statusChangedAt", c.due_at AS "dueAt", c.side_reason AS "sideReason",
           coalesce(o.name, o.email) AS "ownerName", pa.name AS "partnerName",
           c.last_heartbeat_at AS "lastHeartbeatAt", c.last_sync_at AS "lastSyncAt", c.sync_window_hours AS "syncWindowHours",
           (SELECT count(*)::int FROM client_links l WHERE l.practice_id = c.id AND l.decision = 'REVIEW') AS "reviewCount"
    FROM (${Prisma.join(
      STATUSES.map((status) => mostUrgentOf(status, perColumn)),
      " UNION ALL ",
    )}) c
    LEFT JOIN users o ON o.id = c.owner_id
    JOIN partners pa ON pa.id = c.partner_id
    ORDER BY c.status, c.due_at ASC NULLS LAST, c.status_changed_at ASC, c.id`;
  const columns = Object.fromEntries(STATUSES.map((s) => [s, [] as BoardCard[]])) as Record<Status, BoardCard[]>;
  for (const row of rows) columns[row.status].push(row);
  return columns;
}

const TABLE_SELECT = {
  id: true,
  name: true,
  city: true,
  state: true,
  status: true,
  statusChangedAt: true,
  dueAt: true,
  approxClients: true,
  sideReason: true,
  owner: { select: { name: true, email: true } },
  partner: { select: { name: true } },
} satisfies Prisma.PracticeSelect;

export type TableRow = Prisma.PracticeGetPayload<{ select: typeof TABLE_SELECT }> & { reviewCount: number };

function whereFor(filters: BoardTableFilters, now: Date): Prisma.PracticeWhereInput {
  return {
    ...(filters.status.length ? { status: { in: filters.status } } : {}),
    ...(filters.lateOnly ? { dueAt: { lt: now } } : {}),
    ...(filters.ownerId ? { ownerId: filters.ownerId === UNASSIGNED ? null : filters.ownerId } : {}),
    ...(filters.partnerId ? { partnerId: filters.partnerId } : {}),
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: "insensitive" } },
            { city: { contains: filters.q, mode: "insensitive" } },
            { slug: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

// Every order ends on the id so that rows with equal keys never swap between pages.
function orderFor({ sort, dir }: BoardTableFilters): Prisma.PracticeOrderByWithRelationInput[] {
  switch (sort) {
    case "name":
      return [{ name: dir }, { id: "asc" }];
    case "status":
      return [{ status: dir }, { statusChangedAt: "asc" }, { id: "asc" }];
    // Age ascending means the youngest first: the most recent statusChangedAt.
    case "age":
      return [{ statusChangedAt: dir === "asc" ? "desc" : "asc" }, { id: "asc" }];
    // Practices without a time limit always come after those with one, whichever the direction.
    case "due":
      return [{ dueAt: { sort: dir, nulls: "last" } }, { statusChangedAt: "asc" }, { id: "asc" }];
    case "clients":
      return [{ approxClients: dir }, { name: "asc" }, { id: "asc" }];
  }
}

/** One page of the board table and the number of practices matching the filters. */
export async function listTablePractices(filters: BoardTableFilters, now: Date) {
  const where = whereFor(filters, now);
  const [practices, total] = await Promise.all([
    db.practice.findMany({
      where,
      orderBy: orderFor(filters),
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: TABLE_SELECT,
    }),
    db.practice.count({ where }),
  ]);
  const reviews = await countReviewLinks(practices.map((p) => p.id));
  const rows: TableRow[] = practices.map((p) => ({ ...p, reviewCount: reviews.get(p.id) ?? 0 }));
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Merge pairs waiting for review, for one page of practices: one grouped query. */
async function countReviewLinks(practiceIds: string[]): Promise<Map<string, number>> {
  if (practiceIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ practiceId: string; n: number }[]>`
    SELECT practice_id AS "practiceId", count(*)::int AS n FROM client_links
    WHERE practice_id = ANY(${practiceIds}::text[]) AND decision = 'REVIEW'
    GROUP BY practice_id`;
  return new Map(rows.map((r) => [r.practiceId, r.n]));
}

/** Onboarding team members, for the owner filter. */
export async function listStaffOwners() {
  return db.user.findMany({
    where: { role: "STAFF" },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}

/** Integration partners, for the partner filter. */
export async function listPartners() {
  return db.partner.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

const EXPORT_MAX_ROWS = 10_000;

/** Every practice matching the table's filters, in the table's order (no paging), for the CSV export. */
export async function listAllTablePractices(filters: BoardTableFilters, now: Date) {
  return db.practice.findMany({
    where: whereFor(filters, now),
    orderBy: orderFor(filters),
    take: EXPORT_MAX_ROWS,
    select: {
      ...TABLE_SELECT,
      slug: true,
      postalCode: true,
      phone: true,
      timeZone: true,
      primaryContact: { select: { name: true, email: true } },
    },
  });
}
