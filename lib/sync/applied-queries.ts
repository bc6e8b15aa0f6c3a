// Reads of what the update policy applied by itself (table applied_changes): the sync page's
// paged list with a filter by kind, new records counted per batch, one batch's changes, and the
// changes to one pet's PIMS patient and its owner. Every query filters by practice first.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppliedKind } from "./applied-changes";

const APPLIED_PAGE_SIZE = 25;
const APPLIED_FILTERS = ["fields", "email", "weight", "deceased", "new"] as const;
export type AppliedFilter = (typeof APPLIED_FILTERS)[number];
const FIELD_KINDS: AppliedKind[] = ["email", "weight", "deceased"];
const NEW_KINDS: AppliedKind[] = ["new_client", "new_patient"];

export const parseAppliedFilter = (value: string | undefined): AppliedFilter =>
  (APPLIED_FILTERS as readonly string[]).includes(value ?? "") ? (value as AppliedFilter) : "fields";

const select = {
  id: true,
  batchId: true,
  entity: true,
  pimsId: true,
  kind: true,
  before: true,
  after: true,
  appliedAt: true,
  batch: { select: { batchKey: true } },
} satisfies Prisma.AppliedChangeSelect;

/** Adds the PIMS name of each change's client or patient (two lookups for the whole page). */
async function withNames<T extends { entity: string; pimsId: string }>(practiceId: string, rows: T[]) {
  const ids = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.pimsId))];
  const [clients, patients] = await Promise.all([
    db.pimsClient.findMany({
      where: { practiceId, pimsId: { in: ids("client") } },
      select: { pimsId: true, firstName: true, lastName: true },
    }),
    db.pimsPatient.findMany({ where: { practiceId, pimsId: { in: ids("patient") } }, select: { pimsId: true, name: true } }),
  ]);
  const names = new Map<string, string>([
    ...clients.map((c) => [`client|${c.pimsId}`, `${c.firstName} ${c.lastName}`] as const),
    ...patients.map((p) => [`patient|${p.pimsId}`, p.name] as const),
  ]);
  return rows.map((r) => ({ ...r, name: names.get(`${r.entity}|${r.pimsId}`) ?? null }));
}

export type AppliedChangeRow = Awaited<
  ReturnType<typeof withNames<Prisma.AppliedChangeGetPayload<{ select: typeof select }>>>
>[number];

/** The field changes (all automatic fields, or one kind), newest first, one page. */
export async function listAppliedFieldChanges(
  practiceId: string,
  kind: "fields" | "email" | "weight" | "deceased",
  page: number,
) {
  const where = { practiceId, kind: kind === "fields" ? { in: FIELD_KINDS } : kind };
  const [total, rows] = await Promise.all([
    db.appliedChange.count({ where }),
    db.appliedChange.findMany({
      where,
      orderBy: [{ appliedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * APPLIED_PAGE_SIZE,
      take: APPLIED_PAGE_SIZE,
      select,
    }),
  ]);
  return { total, rows: await withNames(practiceId, rows), pageCount: Math.max(1, Math.ceil(total / APPLIED_PAGE_SIZE)) };
}

export type NewRecordsOfBatch = { batchId: string; batchKey: string; receivedAt: Date; clients: number; patients: number };

/** New clients and patients counted per batch, newest batch first, one page. */
export async function listNewRecordsByBatch(practiceId: string, page: number) {
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(DISTINCT batch_id)::int AS total FROM applied_changes
    WHERE practice_id = ${practiceId} AND kind IN ('new_client', 'new_patient')`;
  const rows = await db.$queryRaw<NewRecordsOfBatch[]>`
    SELECT b.id AS "batchId", b.batch_key AS "batchKey", b.received_at AS "receivedAt",
           (count(*) FILTER (WHERE a.kind = 'new_client'))::int AS clients,
           (count(*) FILTER (WHERE a.kind = 'new_patient'))::int AS patients
    FROM applied_changes a JOIN sync_batches b ON b.id = a.batch_id AND b.practice_id = a.practice_id
    WHERE a.practice_id = ${practiceId} AND a.kind IN ('new_client', 'new_patient')
    GROUP BY b.id ORDER BY b.received_at DESC, b.id
    LIMIT ${APPLIED_PAGE_SIZE} OFFSET ${(page - 1) * APPLIED_PAGE_SIZE}`;
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / APPLIED_PAGE_SIZE)) };
}

/** How many changes of each kind the policy applied: the filter's counts. */
export async function countAppliedByKind(practiceId: string) {
  const groups = await db.appliedChange.groupBy({ by: ["kind"], where: { practiceId }, _count: { _all: true } });
  const of = (kinds: AppliedKind[]) =>
    groups.filter((g) => kinds.includes(g.kind as AppliedKind)).reduce((n, g) => n + g._count._all, 0);
  return {
    fields: of(FIELD_KINDS),
    email: of(["email"]),
    weight: of(["weight"]),
    deceased: of(["deceased"]),
    new: of(NEW_KINDS),
  };
}

/** Everything one batch applied (new records included: one batch is small enough to list). */
export async function listBatchAppliedChanges(practiceId: string, batchId: string, page: number) {
  const where = { practiceId, batchId };
  const [total, rows] = await Promise.all([
    db.appliedChange.count({ where }),
    db.appliedChange.findMany({
      where,
      orderBy: [{ entity: "asc" }, { pimsId: "asc" }, { kind: "asc" }],
      skip: (page - 1) * APPLIED_PAGE_SIZE,
      take: APPLIED_PAGE_SIZE,
      select,
    }),
  ]);
  return { total, rows: await withNames(practiceId, rows), pageCount: Math.max(1, Math.ceil(total / APPLIED_PAGE_SIZE)) };
}

/** Changes the policy applied to one PIMS patient and its owner, newest first. */
export async function listRecordAppliedChanges(practiceId: string, patientPimsId: string, clientPimsId: string, take = 50) {
  const rows = await db.appliedChange.findMany({
    where: {
      practiceId,
      OR: [
        { entity: "patient", pimsId: patientPimsId },
        { entity: "client", pimsId: clientPimsId },
      ],
    },
    orderBy: [{ appliedAt: "desc" }, { id: "asc" }],
    take,
    select,
  });
  return withNames(practiceId, rows);
}
