// The review queue as a list: every pair waiting, highest score first, each a link to review it.
import Link from "next/link";
import type { QueueRow } from "@/lib/merge/review/queries";
import { RULE_LABELS } from "@/lib/merge/review/view";
import { ScoreText } from "./score-text";

export function QueueTable({
  rows,
  offset,
  currentHd,
  hrefFor,
}: {
  rows: QueueRow[];
  offset: number;
  currentHd: string | null;
  hrefFor: (hd: string) => string;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Pairs waiting for review, highest score first</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="py-2 pr-3 font-semibold">
              #
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Home-delivery client
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              PIMS client
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-semibold">
              Score
            </th>
            <th scope="col" className="py-2 pr-3 font-semibold">
              Rule
            </th>
            <th scope="col" className="py-2 font-semibold">
              <span className="sr-only">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const current = row.hdClientId === currentHd;
            return (
              <tr key={row.hdClientId} className={`border-b border-slate-100 ${current ? "bg-brand-50" : ""}`}>
                <td className="py-1.5 pr-3 tabular-nums text-slate-600">{offset + i + 1}</td>
                <td className="py-1.5 pr-3">
                  {row.hdName || "(no name)"} <span className="text-xs text-slate-500">{row.hdClientId}</span>
                </td>
                <td className="py-1.5 pr-3">
                  {row.pimsName || "(no name)"} <span className="text-xs text-slate-500">{row.pimsClientId}</span>
                </td>
                <td className="py-1.5 pr-3 text-right">
                  <ScoreText score={row.score} />
                </td>
                <td className="py-1.5 pr-3 text-slate-700">{row.rule ? (RULE_LABELS[row.rule] ?? row.rule) : "none"}</td>
                <td className="py-1.5">
                  {current ? (
                    <span className="text-xs font-semibold text-brand-800" aria-current="true">
                      Showing above
                    </span>
                  ) : (
                    <Link href={hrefFor(row.hdClientId)} className="text-brand-700 underline">
                      Review<span className="sr-only">{` ${row.hdName} and ${row.pimsName}`}</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
