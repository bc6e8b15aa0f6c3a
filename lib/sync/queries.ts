// Reads behind the practice's sync page: the summary (agent, freshness, first load), the batch
// history with its errors, the records-synced-over-time series, the pending changes to review
// and the prescriptions the sync paused or flagged. Every query filters by practice first.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FirstLoadTotals } from "./status";

const BATCH_PAGE_SIZE = 20;
export const ERROR_PAGE_SIZE = 100;
const CHANGE_PAGE_SIZE = 20;

export async function getSyncSummary(practiceId: string) {
  const [practice, totals, pendingChanges] = await Promise.all([
    db.practice.findUniqueOrThrow({
      where: { id: practiceId },
      select: {
        id: true,
        name: true,
        status: true,
        timeZone: true,
        pimsName: true,
        pimsVersion: true,
        installedAt: true,
        approxClients: true,
        agentVersion: true,
        agentPimsVersion: true,
        lastExportAt: true,
        lastHeartbeatAt: true,
        syncWindowHours: true,
        lastSyncAt: true,
        firstLoadExpectedClients: true,
        firstLoadExpectedPatients: true,
        firstLoadCompletedAt: true,
      },
    }),
    firstLoadTotals(practiceId),
    countPendingChanges(practiceId),
  ]);
  return { practice, totals, pendingChanges };
}
export type SyncSummary = Awaited<ReturnType<typeof getSyncSummary>>;

export function countPendingChanges(practiceId: string) {
  return db.pendingChange.count({ where: { practiceId, status: "PENDING" } });
}

/** Sums over the first-load ("full") batches, and the time span they were processed in. */
async function firstLoadTotals(practiceId: string): Promise<FirstLoadTotals> {
  const where = { practiceId, mode: "full" };
  const [sums, first] = await Promise.all([
    db.syncBatch.aggregate({
      where,
      _count: { _all: true },
      _sum: { received: true, applied: true, rejected: true, durationMs: true },
      _max: { receivedAt: true },
    }),
    db.syncBatch.findFirst({ where, orderBy: { receivedAt: "asc" }, select: { receivedAt: true, durationMs: true } }),
  ]);
  return {
    batches: sums._count._all,
    received: sums._sum.received ?? 0,
    applied: sums._sum.applied ?? 0,
    rejected: sums._sum.rejected ?? 0,
    startedAt: first ? new Date(first.receivedAt.getTime() - first.durationMs) : null,
    lastBatchAt: sums._max.receivedAt,
    busyMs: sums._sum.durationMs ?? 0,
  };
}

export async function listSyncBatches(practiceId: string, page: number) {
  const [total, rows] = await Promise.all([
    db.syncBatch.count({ where: { practiceId } }),
    db.syncBatch.findMany({
      where: { practiceId },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * BATCH_PAGE_SIZE,
      take: BATCH_PAGE_SIZE,
      select: {
        id: true,
        batchKey: true,
        mode: true,
        status: true,
        received: true,
        applied: true,
        rejected: true,
        pendingChanges: true,
        durationMs: true,
        receivedAt: true,
        _count: { select: { errors: true } },
      },
    }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / BATCH_PAGE_SIZE)) };
}
export type BatchRow = Awaited<ReturnType<typeof listSyncBatches>>["rows"][number];

export function getSyncBatch(practiceId: string, batchId: string) {
  return db.syncBatch.findFirst({
    where: { id: batchId, practiceId },
    select: {
      id: true,
      batchKey: true,
      mode: true,
      status: true,
      received: true,
      applied: true,
      rejected: true,
      pendingChanges: true,
      durationMs: true,
      receivedAt: true,
      _count: { select: { errors: true } },
    },
  });
}

export function listBatchErrors(practiceId: string, batchId: string, page: number) {
  return db.syncError.findMany({
    where: { practiceId, batchId },
    orderBy: [{ position: "asc" }, { recordType: "asc" }, { id: "asc" }],
    skip: (page - 1) * ERROR_PAGE_SIZE,
    take: ERROR_PAGE_SIZE,
    select: { id: true, recordType: true, recordId: true, position: true, field: true, message: true },
  });
}

/** Stored and rejected records of one bucket, split by first load and updates. */
type SeriesPoint = {
  at: number;
  loadApplied: number;
  loadRejected: number;
  updateApplied: number;
  updateRejected: number;
};
export type SyncSeries = { unit: "minute" | "hour" | "day"; points: SeriesPoint[] };

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
const SERIES_DAYS = 60;

/**
 * Records applied and rejected per minute, hour or day (whichever keeps the chart readable for
 * the span of data), over the last 60 days, with empty buckets filled in.
 */
export async function getSyncSeries(practiceId: string, now: Date): Promise<SyncSeries> {
  const since = new Date(now.getTime() - SERIES_DAYS * UNIT_MS.day);
  const span = await db.syncBatch.aggregate({
    where: { practiceId, receivedAt: { gte: since } },
    _min: { receivedAt: true },
    _max: { receivedAt: true },
  });
  const first = span._min.receivedAt;
  const last = span._max.receivedAt;
  if (!first || !last) return { unit: "hour", points: [] };
  const spanMs = last.getTime() - first.getTime();
  const unit = spanMs <= 2 * UNIT_MS.hour ? "minute" : spanMs <= 3 * UNIT_MS.day ? "hour" : "day";
  // Buckets are the practice's own minutes, hours and days: received_at holds UTC wall time, read
  // in the practice's time zone, truncated, and every slot between the first and the last one is
  // listed (generate_series over local times, so a day is a calendar day across DST changes); each
  // slot's start goes back to an instant for the chart, which labels it in the same time zone.
  type Row = { at: bigint; load_applied: bigint; load_rejected: bigint; update_applied: bigint; update_rejected: bigint };
  const rows = await db.$queryRaw<Row[]>`
    WITH zone AS (SELECT time_zone AS tz FROM practices WHERE id = ${practiceId}),
    buckets AS (
      SELECT date_trunc(${unit}, (b.received_at AT TIME ZONE 'UTC') AT TIME ZONE zone.tz) AS slot,
             coalesce(sum(applied) FILTER (WHERE mode = 'full'), 0) AS load_applied,
             coalesce(sum(rejected) FILTER (WHERE mode = 'full'), 0) AS load_rejected,
             coalesce(sum(applied) FILTER (WHERE mode <> 'full'), 0) AS update_applied,
             coalesce(sum(rejected) FILTER (WHERE mode <> 'full'), 0) AS update_rejected
        FROM sync_batches b, zone
       WHERE b.practice_id = ${practiceId} AND b.received_at >= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC')
       GROUP BY 1),
    slots AS (
      SELECT generate_series(min(slot), max(slot), ('1 ' || ${unit})::interval) AS slot FROM buckets)
    SELECT (extract(epoch FROM slots.slot AT TIME ZONE zone.tz) * 1000)::bigint AS at,
           coalesce(buckets.load_applied, 0)::bigint AS load_applied,
           coalesce(buckets.load_rejected, 0)::bigint AS load_rejected,
           coalesce(buckets.update_applied, 0)::bigint AS update_applied,
           coalesce(buckets.update_rejected, 0)::bigint AS update_rejected
      FROM slots CROSS JOIN zone LEFT JOIN buckets USING (slot)
     ORDER BY slots.slot`;
  const points: SeriesPoint[] = rows.map((row) => ({
    at: Number(row.at),
    loadApplied: Number(row.load_applied),
    loadRejected: Number(row.load_rejected),
    updateApplied: Number(row.update_applied),
    updateRejected: Number(row.update_rejected),
  }));
  return { unit, points };
}

/** Pending changes, oldest first, with who or what they concern and the batch they came in. */
export async function listPendingChanges(practiceId: string, page: number) {
  const where = { practiceId, status: "PENDING" as const };
  const [total, changes] = await Promise.all([
    db.pendingChange.count({ where }),
    db.pendingChange.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * CHANGE_PAGE_SIZE,
      take: CHANGE_PAGE_SIZE,
    }),
  ]);
  const ids = (entity: string) => [...new Set(changes.filter((c) => c.entity === entity).map((c) => c.pimsId))];
  const petIds = ids("patient");
  const [batches, clients, pets, prescriptions] = await Promise.all([
    db.syncBatch.findMany({
      where: { practiceId, id: { in: [...new Set(changes.map((c) => c.batchId))] } },
      select: { id: true, batchKey: true, mode: true, receivedAt: true },
    }),
    db.pimsClient.findMany({
      where: { practiceId, pimsId: { in: ids("client") } },
      select: { pimsId: true, firstName: true, lastName: true },
    }),
    db.pimsPatient.findMany({
      where: { practiceId, pimsId: { in: petIds } },
      select: { pimsId: true, name: true, species: true, clientPimsId: true },
    }),
    db.prescription.groupBy({
      by: ["patientPimsId"],
      where: { practiceId, patientPimsId: { in: petIds }, active: true },
      _count: { _all: true },
    }),
  ]);
  const owners = await db.pimsClient.findMany({
    where: { practiceId, pimsId: { in: [...new Set(pets.map((p) => p.clientPimsId))] } },
    select: { pimsId: true, firstName: true, lastName: true },
  });
  const batchById = new Map(batches.map((b) => [b.id, b]));
  const clientName = new Map([...clients, ...owners].map((c) => [c.pimsId, `${c.firstName} ${c.lastName}`]));
  const petById = new Map(pets.map((p) => [p.pimsId, p]));
  const activeRx = new Map(prescriptions.map((p) => [p.patientPimsId, p._count._all]));
  const rows = changes.map((c) => {
    const pet = c.entity === "patient" ? petById.get(c.pimsId) : undefined;
    const subject =
      c.entity === "client"
        ? `${clientName.get(c.pimsId) ?? "Unknown client"}`
        : pet
          ? `${pet.name} (${pet.species}) of ${clientName.get(pet.clientPimsId) ?? "unknown owner"}`
          : "Unknown pet";
    return {
      id: c.id,
      entity: c.entity,
      pimsId: c.pimsId,
      field: c.field,
      createdAt: c.createdAt,
      subject,
      before: (c.before ?? {}) as Record<string, unknown>,
      after: (c.after ?? {}) as Record<string, unknown>,
      batch: batchById.get(c.batchId) ?? null,
      activePrescriptions: activeRx.get(c.pimsId) ?? 0,
    };
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / CHANGE_PAGE_SIZE)) };
}
export type PendingChangeRow = Awaited<ReturnType<typeof listPendingChanges>>["rows"][number];

/** The latest decisions, for the audit trail under the review queue. */
export async function listReviewedChanges(practiceId: string, take = 10) {
  const rows = await db.pendingChange.findMany({
    where: { practiceId, status: { in: ["APPLIED", "DISMISSED"] } },
    orderBy: [{ reviewedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
    select: {
      id: true,
      entity: true,
      pimsId: true,
      field: true,
      status: true,
      note: true,
      sameAnimalConfirmed: true,
      reviewedById: true,
      reviewedAt: true,
    },
  });
  const reviewers = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.reviewedById ? [r.reviewedById] : [])) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(reviewers.map((u) => [u.id, u.name ?? u.email]));
  return rows.map((r) => ({ ...r, reviewer: r.reviewedById ? (nameOf.get(r.reviewedById) ?? "A former user") : "PIMS Link" }));
}

/** Prescriptions the sync paused (deceased pet) or flagged (renamed pet). */
export async function listPrescriptionsNeedingAttention(practiceId: string, take = 50) {
  const where: Prisma.PrescriptionWhereInput = {
    practiceId,
    OR: [{ pausedReason: { not: null } }, { NOT: { flags: { isEmpty: true } } }],
  };
  const [total, rows] = await Promise.all([
    db.prescription.count({ where }),
    db.prescription.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        patientPimsId: true,
        product: true,
        active: true,
        autoShip: true,
        pausedReason: true,
        flags: true,
        updatedAt: true,
      },
    }),
  ]);
  const pets = await db.pimsPatient.findMany({
    where: { practiceId, pimsId: { in: [...new Set(rows.map((r) => r.patientPimsId))] } },
    select: { pimsId: true, name: true, species: true, deceased: true },
  });
  const petById = new Map(pets.map((p) => [p.pimsId, p]));
  return { total, rows: rows.map((r) => ({ ...r, pet: petById.get(r.patientPimsId) ?? null })) };
}
