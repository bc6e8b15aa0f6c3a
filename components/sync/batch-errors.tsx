// The records one batch rejected: which record (type, PIMS id, its row among the batch's clients
// or patients), which field and why, so the practice can fix it in the PIMS for the next export.
import type { listBatchErrors } from "@/lib/sync/queries";
import { formatCount } from "@/lib/format/numbers";

type Errors = Awaited<ReturnType<typeof listBatchErrors>>;
const th = "px-3 py-2 text-left font-medium text-slate-600";

export function BatchErrors({ errors, rejected, stored }: { errors: Errors; rejected: number; stored: number }) {
  if (stored === 0) return <p className="text-sm text-slate-600">This batch rejected no record.</p>;
  return (
    <div className="relative overflow-x-auto">
      {rejected > stored && (
        <p className="mb-2 text-xs text-slate-500">Only the first {formatCount(stored)} errors of this batch are kept.</p>
      )}
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">Records rejected by this batch, with the reason</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Record
            </th>
            <th scope="col" className={th}>
              Row in batch
            </th>
            <th scope="col" className={th}>
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {e.recordType === "client" ? "Client" : "Patient"} {e.recordId ?? <span className="text-slate-500">(no id)</span>}
              </th>
              <td className="px-3 py-2 tabular-nums">
                {e.recordType === "client" ? "client" : "patient"} {e.position + 1}
              </td>
              <td className="px-3 py-2">
                {e.field && (
                  <>
                    <code className="rounded bg-slate-100 px-1 text-xs">{e.field}</code>{" "}
                  </>
                )}
                {e.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
