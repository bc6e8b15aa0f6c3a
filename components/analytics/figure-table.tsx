// The table printed with every analytics chart: the chart's figures for screen readers, for
// copying, and for anyone who prefers numbers to bars.
import type { ReactNode } from "react";

export function FigureTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            {head.map((h, i) => (
              <th key={h} scope="col" className={`py-1 pr-3 font-medium ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={head.length} className="py-2 text-slate-600">
                Nothing in this period.
              </td>
            </tr>
          ) : (
            rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-100">
                {row.map((value, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1 pr-3 font-normal">
                      {value}
                    </th>
                  ) : (
                    <td key={i} className="py-1 pr-3 text-right tabular-nums">
                      {value}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export const hours = (h: number) => (h >= 48 ? `${(h / 24).toFixed(1)} d` : `${h.toFixed(1)} h`);
export const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : "n/a");
