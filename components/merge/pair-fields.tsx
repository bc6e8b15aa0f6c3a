// The two records side by side, one row per field, each with the engine's verdict as words and
// a symbol (never colour alone): agrees, close (with why), differs, missing, not scored. When
// another record competes (a second PIMS look-alike, or another home-delivery client wanting
// the same PIMS client), it stands beside them with its own verdicts.
import type { CompetitorView } from "@/lib/merge/review/queries";
import { LEVEL_LABELS, type FieldRow, type ShownClient } from "@/lib/merge/review/view";
import { ScoreText } from "./score-text";

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

function LevelBadge({ level }: { level: FieldRow["level"] }) {
  const { symbol, text } = LEVEL_LABELS[level];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${BADGE_TONE[level]}`}
    >
      <span aria-hidden="true">{symbol}</span>
      {text}
    </span>
  );
}

const empty = <span className="text-slate-500">(none)</span>;

/** The value of one side and, under it, the verdict against the record it is compared with. */
function Verdict({ row }: { row: FieldRow }) {
  return (
    <>
      <LevelBadge level={row.level} />
      {row.detail && <span className="mt-0.5 block text-xs text-slate-600">{row.detail}</span>}
    </>
  );
}

export function PairFields({
  rows,
  hd,
  pims,
  competitor = null,
}: {
  rows: FieldRow[];
  hd: ShownClient;
  pims: ShownClient;
  competitor?: CompetitorView | null;
}) {
  const rivalRows = new Map((competitor?.fields ?? []).map((r) => [r.field, r]));
  const rivalTitle = competitor?.side === "pims" ? "Competing PIMS client" : "Competing home-delivery client";
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">
          {`Home-delivery client ${hd.id} and PIMS client ${pims.id}, field by field, with whether each field agrees`}
          {competitor &&
            `; beside them the competing ${competitor.side === "pims" ? "PIMS" : "home-delivery"} client ${competitor.client.id}, compared with the ${competitor.side === "pims" ? "home-delivery" : "PIMS"} client`}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="w-32 py-2 pr-3 font-semibold">
              Field
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Home delivery <span className="font-normal text-slate-500">({hd.id})</span>
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              {competitor ? "PIMS, proposed" : "PIMS"} <span className="font-normal text-slate-500">({pims.id})</span>
            </th>
            <th scope="col" className="w-56 py-2 pr-3 font-semibold">
              Verdict
            </th>
            {competitor && (
              <>
                <th scope="col" className="hidden border-l-2 border-amber-300 py-2 pl-3 pr-3 font-semibold sm:table-cell">
                  {rivalTitle} <span className="font-normal text-slate-500">({competitor.client.id})</span>
                  {competitor.score !== null && (
                    <span className="block text-xs font-normal">
                      <ScoreText score={competitor.score} />
                    </span>
                  )}
                </th>
                <th scope="col" className="hidden w-56 py-2 font-semibold sm:table-cell">
                  {competitor.side === "pims" ? "Against home delivery" : "Against PIMS"}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rival = rivalRows.get(row.field);
            const rivalValue = competitor?.side === "pims" ? rival?.pims : rival?.hd;
            return (
              <tr key={row.field} className={`border-b border-slate-100 align-top ${ROW_TONE[row.level]}`}>
                <th scope="row" className="py-2 pl-2 pr-3 text-left font-medium text-slate-700">
                  {row.label}
                </th>
                <td className="break-words py-2 pr-3">{row.hd ?? empty}</td>
                <td className="break-words py-2 pr-3">{row.pims ?? empty}</td>
                <td className="py-2 pr-3">
                  <Verdict row={row} />
                </td>
                {competitor && (
                  <>
                    <td className="hidden break-words border-l-2 border-amber-300 bg-white py-2 pl-3 pr-3 sm:table-cell">
                      {rivalValue ?? empty}
                    </td>
                    <td className="hidden bg-white py-2 pr-2 sm:table-cell">{rival ? <Verdict row={rival} /> : empty}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The competing record alone, field by field: the narrow-screen stand-in for its columns. */
export function CompetitorList({ competitor }: { competitor: CompetitorView }) {
  return (
    <dl className="space-y-2 text-sm">
      {competitor.score !== null && (
        <div>
          <dt className="text-slate-600">Score</dt>
          <dd>
            <ScoreText score={competitor.score} />
          </dd>
        </div>
      )}
      {competitor.fields.map((row) => (
        <div key={row.field}>
          <dt className="text-slate-600">{row.label}</dt>
          <dd>
            <span className="mr-2">{(competitor.side === "pims" ? row.pims : row.hd) ?? empty}</span>
            <Verdict row={row} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
