// The strip above the board: how many practices there are and how many need chasing now.
import Link from "next/link";
import { boardTableHref } from "@/lib/board/filters";
import { DUE_SOON_HOURS } from "@/lib/format/deadline";
import { formatCount } from "@/lib/format/numbers";

type Props = { total: number; late: number; dueSoon: number };

export function BoardSummary({ total, late, dueSoon }: Props) {
  const tile = "rounded-lg border bg-white px-4 py-3 shadow-sm";
  return (
    <dl className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-3">
      <div className={`${tile} border-slate-200`}>
        <dt className="text-sm text-slate-600">Practices</dt>
        <dd className="text-2xl font-bold text-slate-900">{formatCount(total)}</dd>
      </div>
      <div className={`${tile} ${late ? "border-red-300" : "border-slate-200"}`}>
        <dt className="text-sm text-slate-600">Late</dt>
        <dd className="flex items-baseline justify-between gap-2">
          <span className={`text-2xl font-bold ${late ? "text-red-700" : "text-slate-900"}`}>{formatCount(late)}</span>
          {late > 0 && (
            <Link
              href={boardTableHref({ lateOnly: true })}
              className="text-sm font-medium text-brand-700 underline underline-offset-2"
            >
              List late practices
            </Link>
          )}
        </dd>
      </div>
      <div className={`${tile} ${dueSoon ? "border-amber-300" : "border-slate-200"}`}>
        <dt className="text-sm text-slate-600">Due within {DUE_SOON_HOURS} h</dt>
        <dd className={`text-2xl font-bold ${dueSoon ? "text-amber-800" : "text-slate-900"}`}>{formatCount(dueSoon)}</dd>
      </div>
    </dl>
  );
}
