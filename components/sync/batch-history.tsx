// Every batch the agent sent, newest first: first load or update, status, counts, how long it
// took, and a link to the records it rejected with their reasons.
import Link from "next/link";
import { formatInZone } from "@/lib/format/dates";
import type { BatchRow } from "@/lib/sync/queries";
import { BatchStatusBadge } from "./sync-badges";
import { formatCount, formatMilliseconds } from "@/lib/format/numbers";

const th = "px-3 py-2 text-left font-medium text-slate-600";
const num = "px-3 py-2 text-right tabular-nums";

export function BatchHistory({ practiceId, rows, timeZone }: { practiceId: string; rows: BatchRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No batch received yet.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">Batches received from the sync agent, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Received
            </th>
            <th scope="col" className={th}>
              Kind
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={`${th} text-right`}>
              Records
            </th>
            <th scope="col" className={`${th} text-right`}>
              Stored / changed
            </th>
            <th scope="col" className={`${th} text-right`}>
              Rejected
            </th>
            <th scope="col" className={`${th} text-right`}>
              For review
            </th>
            <th scope="col" className={`${th} text-right`}>
              Took
            </th>
            <th scope="col" className={th}>
              Errors
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={`/practices/${practiceId}/sync/batches/${b.id}`} className="text-brand-700 underline">
                  {formatInZone(b.receivedAt, timeZone)}
                </Link>
                <span className="block max-w-[16rem] truncate font-mono text-xs text-slate-500" title={b.batchKey}>
                  {b.batchKey}
                </span>
              </th>
              <td className="px-3 py-2">{b.mode === "full" ? "First load" : "Update"}</td>
              <td className="px-3 py-2">
                <BatchStatusBadge status={b.status} />
              </td>
              <td className={num}>{formatCount(b.received)}</td>
              <td className={num}>{formatCount(b.applied)}</td>
              <td className={`${num} ${b.rejected ? "text-red-700" : ""}`}>{formatCount(b.rejected)}</td>
              <td className={num}>{formatCount(b.pendingChanges)}</td>
              <td className={num}>{formatMilliseconds(b.durationMs)}</td>
              <td className="px-3 py-2">
                {b._count.errors ? (
                  <Link href={`/practices/${practiceId}/sync/batches/${b.id}`} className="text-brand-700 underline">
                    {formatCount(b._count.errors)} {b._count.errors === 1 ? "error" : "errors"}
                    <span className="sr-only"> in the batch of {formatInZone(b.receivedAt, timeZone)}</span>
                  </Link>
                ) : (
                  <span className="text-slate-500">None</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
