// The home-delivery client and one PIMS client side by side, field by field, with "same" marks:
// what a person looks at before linking them (and what the decision keeps as its evidence).
import type { FieldComparison } from "@/lib/merge/compare-clients";

const LABELS: Record<FieldComparison["field"], string> = { name: "Name", email: "Email", phone: "Phone", address: "Address" };
const th = "px-3 py-2 text-left font-medium text-slate-600";

export function ClientComparison({ rows, pimsLabel }: { rows: FieldComparison[]; pimsLabel: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[34rem] text-sm">
        <caption className="sr-only">{`The home-delivery client beside ${pimsLabel}`}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Field
            </th>
            <th scope="col" className={th}>
              Home delivery
            </th>
            <th scope="col" className={th}>
              PIMS
            </th>
            <th scope="col" className={th}>
              Same?
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field} className="border-b border-slate-100 align-top">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {LABELS[r.field]}
              </th>
              <td className="px-3 py-2 break-words">{r.hd || <span className="text-slate-500">(none)</span>}</td>
              <td className="px-3 py-2 break-words">{r.pims || <span className="text-slate-500">(none)</span>}</td>
              <td className={`px-3 py-2 font-medium ${r.same ? "text-emerald-800" : "text-slate-600"}`}>
                {r.same ? "Same" : "Differs"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
