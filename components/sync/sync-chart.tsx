"use client";
// Records synced over time: stored and rejected records per minute, hour or day, stacked. The
// first load dwarfs the updates that follow it, so it can be left out to see the updates. The
// same numbers are written out as a sentence and in a table, for screen readers and for anyone
// who prefers figures to bars.
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount } from "@/lib/format/numbers";

export type ChartPoint = {
  label: string;
  loadApplied: number;
  loadRejected: number;
  updateApplied: number;
  updateRejected: number;
};

const UNIT_WORD = { minute: "Minute", hour: "Hour", day: "Day" } as const;
const cell = "py-1 pr-4 text-right tabular-nums";

export function SyncChart({ points, unit, summary }: { points: ChartPoint[]; unit: keyof typeof UNIT_WORD; summary: string }) {
  const hasLoad = points.some((p) => p.loadApplied || p.loadRejected);
  const hasUpdates = points.some((p) => p.updateApplied || p.updateRejected);
  const [withLoad, setWithLoad] = useState(true);
  if (points.length === 0)
    return <p className="text-sm text-slate-600">Nothing synced yet: the chart fills in as batches arrive.</p>;
  const load = withLoad || !hasUpdates;
  const data = points.map((p) => ({
    label: p.label,
    applied: p.updateApplied + (load ? p.loadApplied : 0),
    rejected: p.updateRejected + (load ? p.loadRejected : 0),
  }));
  return (
    <figure aria-labelledby="sync-chart-summary">
      {hasLoad && hasUpdates && (
        <label className="mb-2 flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" checked={withLoad} onChange={(e) => setWithLoad(e.target.checked)} />
          Include the first load (untick to see the regular updates)
        </label>
      )}
      <div aria-hidden="true">
        <BarChart
          responsive
          style={{ width: "100%", height: 260 }}
          data={data}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis tick={{ fontSize: 12 }} tickFormatter={(v: number) => formatCount(v)} width={64} allowDecimals={false} />
          <Tooltip formatter={(value) => formatCount(Number(value))} />
          <Legend itemSorter={null} />
          <Bar dataKey="applied" name="Stored" stackId="records" fill="#0d9488" maxBarSize={48} isAnimationActive={false} />
          <Bar dataKey="rejected" name="Rejected" stackId="records" fill="#dc2626" maxBarSize={48} isAnimationActive={false} />
        </BarChart>
      </div>
      <figcaption id="sync-chart-summary" className="mt-2 text-sm text-slate-700">
        {summary}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">Show the figures as a table</summary>
        <div className="relative overflow-x-auto">
          <table className="mt-2 w-full max-w-2xl text-left">
            <caption className="sr-only">Records synced per {unit}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {UNIT_WORD[unit]}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  First load stored
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  Updates stored
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  Rejected
                </th>
              </tr>
            </thead>
            <tbody>
              {points
                .filter((p) => p.loadApplied || p.loadRejected || p.updateApplied || p.updateRejected)
                .map((p) => (
                  <tr key={p.label} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-4 font-normal">
                      {p.label}
                    </th>
                    <td className={cell}>{formatCount(p.loadApplied)}</td>
                    <td className={cell}>{formatCount(p.updateApplied)}</td>
                    <td className={cell}>{formatCount(p.loadRejected + p.updateRejected)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
