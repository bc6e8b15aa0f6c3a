// The changes the update policy applied by itself, one row each with before and after; used by
// the sync page (all batches), a batch's page and a pet's page. Scrolls inside its own box; the
// record and its change come first, so a phone shows them before any scrolling.
import Link from "next/link";
import { formatInZone } from "@/lib/format/dates";
import type { AppliedChangeRow } from "@/lib/sync/applied-queries";
import { APPLIED_KIND_LABELS, describeApplied } from "./applied-change-text";

const th = "px-3 py-2 text-left font-medium text-slate-600";

export function AppliedChangesTable({
  practiceId,
  rows,
  timeZone,
  caption,
  showBatch = true,
}: {
  practiceId: string;
  rows: AppliedChangeRow[];
  timeZone: string;
  caption: string;
  showBatch?: boolean;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">Nothing applied automatically here yet.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              PIMS record
            </th>
            <th scope="col" className={th}>
              Change
            </th>
            <th scope="col" className={th}>
              Before
            </th>
            <th scope="col" className={th}>
              After
            </th>
            <th scope="col" className={th}>
              Applied
            </th>
            {showBatch && (
              <th scope="col" className={th}>
                Batch
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {r.name ?? "Unknown"}
                <span className="block text-xs text-slate-500">
                  {r.entity === "client" ? "Client" : "Patient"} {r.pimsId}
                </span>
              </th>
              <td className="px-3 py-2">{APPLIED_KIND_LABELS[r.kind] ?? r.kind}</td>
              <td className="px-3 py-2 text-slate-600">{describeApplied(r.kind, r.before as Record<string, unknown> | null)}</td>
              <td className="px-3 py-2 font-medium">{describeApplied(r.kind, r.after as Record<string, unknown>)}</td>
              <td className="px-3 py-2">{formatInZone(r.appliedAt, timeZone)}</td>
              {showBatch && (
                <td className="px-3 py-2">
                  <Link
                    href={`/practices/${practiceId}/sync/batches/${r.batchId}`}
                    className="block max-w-[12rem] truncate font-mono text-xs text-brand-700 underline"
                    title={r.batch.batchKey}
                  >
                    {r.batch.batchKey}
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
