// The board's table: one row per practice, sortable headers, for searching and bulk review.
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/badges";
import type { BoardTableFilters, SortKey } from "@/lib/board/filters";
import type { TableRow } from "@/lib/board/queries";
import { formatCount } from "@/lib/format/numbers";
import { NextStep, ownerName, PracticeClock, timeInStatus } from "./practice-facts";
import { ReviewBadge } from "./review-badge";
import { SortHeader } from "./sort-header";

const SORT_NAMES: Record<SortKey, Record<"asc" | "desc", string>> = {
  name: { asc: "practice name, A to Z", desc: "practice name, Z to A" },
  status: { asc: "onboarding step, earliest first", desc: "onboarding step, latest first" },
  age: { asc: "time in status, shortest first", desc: "time in status, longest first" },
  due: { asc: "time limit, most urgent first", desc: "time limit, most time left first" },
  clients: { asc: "approximate clients, fewest first", desc: "approximate clients, most first" },
};

/**
 * `summary` is the "Showing 51–100 of 812" line: the caption names the table by it. `selectAll`
 * is the header's checkbox (a client component); each row has its own, for the bulk form.
 */
type Props = { rows: TableRow[]; filters: BoardTableFilters; summary: string; now: Date; selectAll: ReactNode };

export function PracticeTable({ rows, filters, summary, now, selectAll }: Props) {
  const plain = "whitespace-nowrap px-3 py-2 text-left font-semibold text-slate-800";
  return (
    <div
      role="region"
      aria-labelledby="practices-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption id="practices-caption" className="px-3 py-2 text-left text-sm text-slate-700">
          <span className="font-semibold">{summary} practices</span>, sorted by {SORT_NAMES[filters.sort][filters.dir]}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="w-10 px-3 py-2 text-left">
              <span className="sr-only">Select</span>
              {selectAll}
            </th>
            <SortHeader label="Practice" sortKey="name" filters={filters} />
            <SortHeader label="Status" sortKey="status" filters={filters} />
            <SortHeader label="Time limit" sortKey="due" filters={filters} />
            <SortHeader label="In status" sortKey="age" filters={filters} />
            <th scope="col" className={plain}>
              Owner
            </th>
            <th scope="col" className={plain}>
              Partner
            </th>
            <th scope="col" className={plain}>
              Next action
            </th>
            <SortHeader label="Approx. clients" sortKey="clients" filters={filters} align="right" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top has-[:checked]:bg-brand-50">
              <td className="px-3 py-2">
                {/* A plain input of the bulk form: no client component per row. */}
                <label className="-m-2 flex p-2">
                  <span className="sr-only">{`Select ${row.name}`}</span>
                  <input type="checkbox" name="practiceIds" value={row.id} className="h-4 w-4 rounded border-slate-300" />
                </label>
              </td>
              <th scope="row" className="min-w-48 px-3 py-2 text-left font-normal">
                {/* A plain link, as on the board cards: 50 next/link client components cost server time. */}
                <a
                  href={`/practices/${row.id}`}
                  className="font-semibold text-slate-900 underline-offset-2 hover:text-brand-700 hover:underline"
                >
                  {row.name}
                </a>
                <div className="text-xs text-slate-600">{`${row.city}, ${row.state}`}</div>
                {row.reviewCount > 0 && (
                  <div className="mt-1">
                    <ReviewBadge practiceId={row.id} count={row.reviewCount} practiceName={row.name} />
                  </div>
                )}
              </th>
              <td className="px-3 py-2">
                <StatusBadge status={row.status} />
                {row.sideReason && <div className="mt-1 max-w-48 text-xs text-amber-900">{row.sideReason}</div>}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {row.dueAt ? (
                  <PracticeClock dueAt={row.dueAt} now={now} />
                ) : (
                  <span className="text-xs text-slate-500">No time limit</span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">{timeInStatus(row.statusChangedAt, now)}</td>
              <td className="px-3 py-2 text-slate-700">{ownerName(row.owner)}</td>
              <td className="px-3 py-2 text-slate-700">{row.partner.name}</td>
              <td className="min-w-64 px-3 py-2 text-xs text-slate-600">
                <NextStep status={row.status} partnerName={row.partner.name} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums text-slate-700">{formatCount(row.approxClients)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
