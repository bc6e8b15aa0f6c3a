// The home-delivery client and one PIMS client side by side, field by field, with "same" marks:
// what a person looks at before linking them (and what the decision keeps as its evidence).
import type { FieldComparison } from "@/lib/merge/compare-clients";

const LABELS: Record<FieldComparison["field"], string> = { name: "Name", email: "Email", phone: "Phone", address: "Address" };
const th = "px-3 py-2 text-left font-medium text-slate-600";

const shown = (value: string | null | undefined) => value || <span className="text-slate-500">(none)</span>;

export function ClientComparison({ rows, pimsLabel }: { rows: FieldComparison[]; pimsLabel: string }) {
  return (
    <>
      <NarrowComparison rows={rows} pimsLabel={pimsLabel} />
      <WideComparison rows={rows} pimsLabel={pimsLabel} />
    </>
  );
}

/** On a phone, each field stacks both values, so the PIMS side is not scrolled out of sight. */
function NarrowComparison({ rows, pimsLabel }: { rows: FieldComparison[]; pimsLabel: string }) {
  return (
    <dl className="space-y-2 text-sm sm:hidden" aria-label={`The home-delivery client beside ${pimsLabel}`}>
      {rows.map((r) => (
        <div key={r.field} className="border-b border-slate-100 pb-2">
          <dt className="font-medium">
            {LABELS[r.field]}{" "}
            <span className={r.same ? "text-emerald-800" : "text-slate-600"}>{r.same ? "(same)" : "(differs)"}</span>
          </dt>
          <dd className="break-words">
            <span className="text-slate-500">Home delivery: </span>
            {shown(r.hd)}
          </dd>
          <dd className="break-words">
            <span className="text-slate-500">PIMS: </span>
            {shown(r.pims)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function WideComparison({ rows, pimsLabel }: { rows: FieldComparison[]; pimsLabel: string }) {
  return (
    <div className="relative hidden overflow-x-auto sm:block">
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
              <td className="px-3 py-2 break-words">{shown(r.hd)}</td>
              <td className="px-3 py-2 break-words">{shown(r.pims)}</td>
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
