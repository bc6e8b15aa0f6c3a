// The two records side by side, one row per field, each with the engine's verdict as words and
// a symbol (never colour alone): agrees, close (with why), differs, missing, not scored.
import { LEVEL_LABELS, type FieldRow, type ShownClient } from "@/lib/merge/review/view";

const ROW_TONE: Record<FieldRow["level"], string> = {
  agree: "bg-emerald-50",
  partial: "bg-amber-50",
  disagree: "bg-red-50",
  missing: "",
  not_scored: "",
};
const BADGE_TONE: Record<FieldRow["level"], string> = {
  agree: "bg-emerald-100 text-emerald-900",
  partial: "bg-amber-100 text-amber-900",
  disagree: "bg-red-100 text-red-900",
  missing: "bg-slate-100 text-slate-700",
  not_scored: "bg-slate-100 text-slate-700",
};

export function LevelBadge({ level }: { level: FieldRow["level"] }) {
  const { symbol, text } = LEVEL_LABELS[level];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE_TONE[level]}`}>
      <span aria-hidden="true">{symbol}</span>
      {text}
    </span>
  );
}

const empty = <span className="text-slate-500">(none)</span>;

export function PairFields({ rows, hd, pims }: { rows: FieldRow[]; hd: ShownClient; pims: ShownClient }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Home-delivery client {hd.id} and PIMS client {pims.id}, field by field, with whether each field agrees</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="w-32 py-2 pr-3 font-semibold">Field</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Home delivery <span className="font-normal text-slate-500">({hd.id})</span></th>
            <th scope="col" className="py-2 pr-3 font-semibold">PIMS <span className="font-normal text-slate-500">({pims.id})</span></th>
            <th scope="col" className="w-56 py-2 font-semibold">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={`border-b border-slate-100 align-top ${ROW_TONE[row.level]}`}>
              <th scope="row" className="py-2 pl-2 pr-3 text-left font-medium text-slate-700">{row.label}</th>
              <td className="break-words py-2 pr-3">{row.hd ?? empty}</td>
              <td className="break-words py-2 pr-3">{row.pims ?? empty}</td>
              <td className="py-2 pr-2">
                <LevelBadge level={row.level} />
                {row.detail && <span className="mt-0.5 block text-xs text-slate-600">{row.detail}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
