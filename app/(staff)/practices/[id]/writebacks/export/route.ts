// GET the reconciliation's lines of a date range as CSV (staff only): one row per shipped line
// with its writeback state, reason, PIMS patient and line id.
import { stringify } from "csv-stringify/sync";
import { getCurrentUser } from "@/lib/auth/session";
import { findPracticeAccess } from "@/lib/auth/guards";
import { BUCKET_INFO } from "@/lib/writeback/buckets";
import { allReconciliationLines } from "@/lib/writeback/queries";
import { parseRange } from "@/lib/writeback/range";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const access = await findPracticeAccess(user, id, { staffOnly: true });
  if (!access) return new Response("Not found.", { status: 404 });
  const { practice } = access;
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const range = parseRange(search, practice.timeZone);
  const rows = await allReconciliationLines(id, range);
  const csv = stringify(
    rows.map((r) => ({
      ship_date: r.line_date,
      order_number: r.order_number,
      line_no: r.line_no,
      hd_pet_id: r.hd_pet_id,
      pet_name: r.pet_name ?? "",
      product: r.product,
      kind: r.kind.toLowerCase(),
      quantity: r.quantity,
      unit: r.unit,
      prescriber: r.prescriber ?? "",
      fulfilled_by: r.fulfilled_by.toLowerCase(),
      writeback: r.bucket,
      writeback_label: BUCKET_INFO[r.bucket].label,
      pims_patient_id: r.pims_patient_id ?? "",
      pims_line_id: r.pims_line_id ?? "",
      attempts: r.attempts,
      last_error: r.last_error ?? "",
      patient_deceased: r.deceased_flag ? "Y" : "N",
      carrier: r.carrier ?? "",
      tracking_number: r.tracking_number ?? "",
      written_at: r.written_at ? r.written_at.toISOString() : "",
    })),
    {
      header: true,
      columns: [
        "ship_date",
        "order_number",
        "line_no",
        "hd_pet_id",
        "pet_name",
        "product",
        "kind",
        "quantity",
        "unit",
        "prescriber",
        "fulfilled_by",
        "writeback",
        "writeback_label",
        "pims_patient_id",
        "pims_line_id",
        "attempts",
        "last_error",
        "patient_deceased",
        "carrier",
        "tracking_number",
        "written_at",
      ],
    },
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="writeback-${practice.slug}-${range.from}-to-${range.to}.csv"`,
      "cache-control": "no-store",
    },
  });
}
