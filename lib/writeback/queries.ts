// Reads for the staff pages: a practice's reconciliation over a date range (counts by bucket,
// the lines behind them, CSV rows), its dead letter, orders waiting to ship, and one pet's orders
// with their writeback history. Every query is limited to one practice.
import "server-only";
import { db } from "@/lib/db/client";
import { pool } from "@/lib/db/pool";
import { BUCKET_SQL, BUCKETS, type Bucket } from "./buckets";

const LINES_PER_PAGE = 50;

const STEP: Record<string, number> = {
  queued: 1,
  waiting_for_link: 1,
  not_eligible: 1,
  released: 2,
  retried: 2,
  withdrawn: 2,
  delivered: 3,
  failed: 4,
  written: 4,
  ack_refused: 4,
  dead: 5,
};

export interface DateRange {
  from: string; // YYYY-MM-DD, the practice's local ship date
  to: string;
}

export async function getReconciliation(practiceId: string, range: DateRange) {
  const { rows } = await pool().query<{ bucket: Bucket; n: string }>(
    `SELECT ${BUCKET_SQL} AS bucket, count(*) AS n FROM writeback_items w
     WHERE w.practice_id = $1 AND w.line_date BETWEEN $2::date AND $3::date GROUP BY 1`,
    [practiceId, range.from, range.to],
  );
  const counts = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  for (const row of rows) counts[row.bucket] = Number(row.n);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { counts, total };
}

export interface LineRow {
  item_id: string;
  bucket: Bucket;
  line_date: string;
  order_number: string;
  line_no: number;
  hd_pet_id: string;
  pet_name: string | null;
  client_name: string | null;
  product: string;
  kind: string;
  quantity: string;
  unit: string;
  prescriber: string | null;
  fulfilled_by: string;
  pims_patient_id: string | null;
  pims_line_id: string | null;
  attempts: number;
  last_error: string | null;
  deceased_flag: boolean;
  carrier: string | null;
  tracking_number: string | null;
  written_at: Date | null;
}

const LINE_SELECT = `SELECT w.id AS item_id, ${BUCKET_SQL} AS bucket, to_char(w.line_date, 'YYYY-MM-DD') AS line_date, o.order_number, l.line_no,
    w.hd_pet_id, hp.name AS pet_name, nullif(trim(concat_ws(' ', hc.first_name, hc.last_name)), '') AS client_name,
    l.product, l.kind, l.quantity::text AS quantity, l.unit, l.prescriber, l.fulfilled_by, w.pims_patient_id, w.pims_line_id, w.attempts,
    w.last_error, w.deceased_flag, o.carrier, o.tracking_number, w.written_at
  FROM writeback_items w
  JOIN order_lines l ON l.id = w.order_line_id
  JOIN orders o ON o.id = w.order_id
  LEFT JOIN home_delivery_pets hp ON hp.practice_id = w.practice_id AND hp.hd_pet_id = w.hd_pet_id
  LEFT JOIN home_delivery_clients hc ON hc.practice_id = o.practice_id AND hc.hd_client_id = o.hd_client_id`;

export async function listReconciliationLines(practiceId: string, range: DateRange, bucket: Bucket | null, page: number) {
  const where = `w.practice_id = $1 AND w.line_date BETWEEN $2::date AND $3::date ${bucket ? `AND ${BUCKET_SQL} = $4` : ""}`;
  const params: unknown[] = [practiceId, range.from, range.to, ...(bucket ? [bucket] : [])];
  const [{ rows }, total] = await Promise.all([
    pool().query<LineRow>(
      `${LINE_SELECT} WHERE ${where} ORDER BY w.line_date DESC, o.order_number DESC, l.line_no LIMIT ${LINES_PER_PAGE} OFFSET ${(page - 1) * LINES_PER_PAGE}`,
      params,
    ),
    pool().query<{ n: string }>(`SELECT count(*) AS n FROM writeback_items w WHERE ${where}`, params),
  ]);
  const count = Number(total.rows[0].n);
  return { rows, total: count, pageCount: Math.max(1, Math.ceil(count / LINES_PER_PAGE)) };
}

/** Every line of the range, for the CSV export (oldest first). */
export async function allReconciliationLines(practiceId: string, range: DateRange) {
  const { rows } = await pool().query<LineRow>(
    `${LINE_SELECT} WHERE w.practice_id = $1 AND w.line_date BETWEEN $2::date AND $3::date ORDER BY w.line_date, o.order_number, l.line_no`,
    [practiceId, range.from, range.to],
  );
  return rows;
}

/** Dead-lettered lines (any date) and lines written back for patients marked deceased (recent first). */
export async function listAttention(practiceId: string) {
  const [dead, deceased] = await Promise.all([
    pool().query<LineRow>(`${LINE_SELECT} WHERE w.practice_id = $1 AND w.status = 'DEAD' ORDER BY w.updated_at DESC LIMIT 100`, [
      practiceId,
    ]),
    pool().query<LineRow>(`${LINE_SELECT} WHERE w.practice_id = $1 AND w.deceased_flag ORDER BY w.line_date DESC LIMIT 50`, [
      practiceId,
    ]),
  ]);
  return { dead: dead.rows, deceased: deceased.rows };
}

export async function listOrdersToShip(practiceId: string) {
  return db.order.findMany({
    where: { practiceId, status: "PLACED" },
    orderBy: [{ placedAt: "asc" }, { orderNumber: "asc" }],
    take: 50,
    select: { orderNumber: true, hdPetId: true, placedAt: true, _count: { select: { lines: true } } },
  });
}

export async function getPetWithOrders(practiceId: string, hdPetId: string) {
  const pet = await db.homeDeliveryPet.findUnique({ where: { practiceId_hdPetId: { practiceId, hdPetId } } });
  if (!pet) return null;
  const [client, link, found] = await Promise.all([
    db.homeDeliveryClient.findUnique({ where: { practiceId_hdClientId: { practiceId, hdClientId: pet.hdClientId } } }),
    db.petLink.findUnique({ where: { practiceId_hdPetId: { practiceId, hdPetId } } }),
    db.order.findMany({
      where: { practiceId, hdPetId },
      orderBy: { placedAt: "desc" },
      include: { lines: { orderBy: { lineNo: "asc" }, include: { writebacks: { orderBy: { createdAt: "asc" } } } } },
    }),
  ]);
  // Each line's shipment item, and the correction lines (reship, cancellation) made after it.
  const orders = found.map((o) => ({
    ...o,
    lines: o.lines.map(({ writebacks, ...l }) => ({
      ...l,
      writeback: writebacks.find((w) => w.kind === "shipment") ?? null,
      corrections: writebacks.filter((w) => w.kind !== "shipment"),
    })),
  }));
  const patient = link
    ? await db.pimsPatient.findUnique({ where: { practiceId_pimsId: { practiceId, pimsId: link.pimsPatientId } } })
    : null;
  const itemIds = orders
    .flatMap((o) => o.lines.flatMap((l) => [l.writeback?.id, ...l.corrections.map((c) => c.id)]))
    .filter((id): id is string => Boolean(id));
  const events = itemIds.length
    ? (
        await db.writebackEvent.findMany({
          where: { practiceId, itemId: { in: itemIds } },
          orderBy: { createdAt: "desc" },
          take: 200,
        })
      ).sort(
        // Newest first; steps recorded in the same instant keep their natural order (delivered before written).
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (STEP[b.kind] ?? 0) - (STEP[a.kind] ?? 0),
      )
    : [];
  return { pet, client, link, patient, orders, events };
}

/** Names of pets by id, for lists. */
export async function petNames(practiceId: string, hdPetIds: string[]) {
  const pets = await db.homeDeliveryPet.findMany({
    where: { practiceId, hdPetId: { in: hdPetIds } },
    select: { hdPetId: true, name: true },
  });
  return new Map(pets.map((p) => [p.hdPetId, p.name]));
}

/** What the practice page's writeback card shows. */
export async function getWritebackCounts(practiceId: string) {
  const [dead, waiting, toShip] = await Promise.all([
    db.writebackItem.count({ where: { practiceId, status: "DEAD" } }),
    db.writebackItem.count({ where: { practiceId, status: "WAITING_LINK" } }),
    db.order.count({ where: { practiceId, status: "PLACED" } }),
  ]);
  return { dead, waiting, toShip };
}
