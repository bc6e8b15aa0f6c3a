// Previous / next links under the table, with where the reader is in the results.
import Link from "next/link";
import { boardTableHref, PAGE_SIZE, type BoardTableFilters } from "@/lib/board/filters";
import { formatCount } from "@/lib/format/numbers";

type Props = { filters: BoardTableFilters; total: number; pageCount: number };

export function showingRange(page: number, shown: number, total: number): string {
  if (shown === 0) return `Showing 0 of ${formatCount(total)}`;
  const first = (page - 1) * PAGE_SIZE + 1;
  return `Showing ${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`;
}

export function Pagination({ filters, total, pageCount }: Props) {
  if (total <= PAGE_SIZE) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  const disabled = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400";
  const { page } = filters;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={boardTableHref({ ...filters, page: Math.min(page - 1, pageCount) })} className={link} rel="prev">
          ← Previous<span className="sr-only"> page</span>
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">← Previous</span>
      )}
      <span className="text-sm text-slate-600">Page {Math.min(page, pageCount)} of {pageCount}</span>
      {page < pageCount ? (
        <Link href={boardTableHref({ ...filters, page: page + 1 })} className={link} rel="next">
          Next<span className="sr-only"> page</span> →
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">Next →</span>
      )}
    </nav>
  );
}
