// Before and after side by side; a changed value is highlighted and labelled "changed" so the
// difference never rests on colour alone.
import type { DiffRow } from "./change-view";

export function ChangeDiff({ rows, caption }: { rows: DiffRow[]; caption: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full max-w-3xl text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="w-1/4 py-1.5 pr-3 font-medium">
              <span className="sr-only">Value</span>
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Pharmacy has now
            </th>
            <th scope="col" className="py-1.5 font-medium">
              PIMS sent
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-600">
                {r.label}
                {r.changed && (
                  <span className="ml-2 rounded bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">changed</span>
                )}
              </th>
              <td className={`py-1.5 pr-3 break-words ${r.changed ? "text-slate-500 line-through decoration-slate-400" : ""}`}>
                {r.before}
              </td>
              <td className={`py-1.5 break-words ${r.changed ? "bg-amber-50 font-semibold text-slate-900" : ""}`}>{r.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
