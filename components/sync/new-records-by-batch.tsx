// New clients and patients the policy added, counted per batch: a reload can bring hundreds,
// and a reader needs how many and when, with the batch page one click away for the list.
import Link from "next/link";
import { formatInZone } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/numbers";
import type { NewRecordsOfBatch } from "@/lib/sync/applied-queries";

const th = "px-3 py-2 text-left font-medium text-slate-600";

export function NewRecordsByBatch({
  practiceId,
  rows,
  timeZone,
}: {
  practiceId: string;
  rows: NewRecordsOfBatch[];
  timeZone: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No new client or patient since the first load.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">New clients and patients added automatically, per batch, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Batch
            </th>
            <th scope="col" className={`${th} text-right`}>
              New clients
            </th>
            <th scope="col" className={`${th} text-right`}>
              New patients
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.batchId} className="border-b border-slate-100">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={`/practices/${practiceId}/sync/batches/${b.batchId}`} className="text-brand-700 underline">
                  {formatInZone(b.receivedAt, timeZone)}
                </Link>
                <span className="block max-w-[16rem] truncate font-mono text-xs text-slate-500" title={b.batchKey}>
                  {b.batchKey}
                </span>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(b.clients)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(b.patients)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
