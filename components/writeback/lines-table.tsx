// Shipped lines with where each stands: date, order (links to the pet's page), pet, product,
// state, PIMS patient and line, attempts and the last error. Optionally a Retry per dead line.
import Link from "next/link";
import { KIND_LABELS } from "@/lib/writeback/eligibility";
import { formatQuantity, usDate } from "@/lib/writeback/record-line";
import type { LineRow } from "@/lib/writeback/queries";
import { BucketBadge, DeceasedBadge } from "./bucket-badge";
import { RetryButton } from "./retry-button";

const th = "px-3 py-2 text-left font-medium text-slate-600";

export function LinesTable({
  practiceId,
  rows,
  caption,
  retry = false,
}: {
  practiceId: string;
  rows: LineRow[];
  caption: string;
  retry?: boolean;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No line.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[60rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Shipped
            </th>
            <th scope="col" className={th}>
              Order
            </th>
            <th scope="col" className={th}>
              Pet
            </th>
            <th scope="col" className={th}>
              Product
            </th>
            <th scope="col" className={th}>
              Writeback
            </th>
            <th scope="col" className={th}>
              PIMS
            </th>
            <th scope="col" className={th}>
              {retry ? "Last error" : "Attempts"}
            </th>
            {retry && (
              <th scope="col" className={th}>
                <span className="sr-only">Action</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.item_id} className="border-b border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">{usDate(r.line_date)}</td>
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">
                <Link
                  href={`/practices/${practiceId}/pets/${encodeURIComponent(r.hd_pet_id)}#order-${r.order_number}`}
                  className="text-brand-700 underline"
                >
                  {r.order_number}
                </Link>
                <span className="block text-xs text-slate-500">line {r.line_no}</span>
              </th>
              <td className="px-3 py-2">
                {r.pet_name ?? r.hd_pet_id}
                {r.client_name && <span className="block text-xs text-slate-500">{r.client_name}</span>}
              </td>
              <td className="px-3 py-2">
                {r.product}
                <span className="block text-xs text-slate-500">
                  {KIND_LABELS[r.kind as keyof typeof KIND_LABELS]} · qty {formatQuantity(r.quantity)} {r.unit}
                </span>
              </td>
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-1">
                  <BucketBadge bucket={r.bucket} />
                  {r.deceased_flag && <DeceasedBadge />}
                </div>
              </td>
              <td className="px-3 py-2 text-xs">
                {r.pims_patient_id ? <>Patient {r.pims_patient_id}</> : <span className="text-slate-500">No patient yet</span>}
                {r.pims_line_id && <span className="block">Line {r.pims_line_id}</span>}
              </td>
              <td className="px-3 py-2 text-xs">
                {retry ? (r.last_error ?? "") : r.attempts ? `${r.attempts}${r.last_error ? `: ${r.last_error}` : ""}` : "—"}
              </td>
              {retry && (
                <td className="px-3 py-2">
                  <RetryButton practiceId={practiceId} itemId={r.item_id} what={`${r.product} of order ${r.order_number}`} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
