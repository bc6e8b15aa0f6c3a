// Previous / next links under the table, with where the reader is in the results.
import Link from "next/link";
import { boardTableHref, PAGE_SIZE, type BoardTableFilters } from "@/lib/board/filters";
import { formatCount } from "@/lib/format/numbers";

/** `hrefFor` builds another list's page links (the fleet page); the board table's by default. */
type Props = {
  filters: Pick<BoardTableFilters, "page">;
  total: number;
  pageCount: number;
  hrefFor?: (page: number) => string;
  pageSize?: number;
};

export function showingRange(page: number, shown: number, total: number, pageSize = PAGE_SIZE): string {
  if (shown === 0) return `Showing 0 of ${formatCount(total)}`;
  const first = (page - 1) * pageSize + 1;
  return `Showing ${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`;
}

export function Pagination({ filters, total, pageCount, hrefFor, pageSize = PAGE_SIZE }: Props) {
  if (total <= pageSize) return null;
  const href = hrefFor ?? ((page: number) => boardTableHref({ ...(filters as BoardTableFilters), page }));
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  const disabled = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400";
  const { page } = filters;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className={link} rel="prev">
          ← Previous<span className="sr-only"> page</span>
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className="text-sm text-slate-600">
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next<span className="sr-only"> page</span> →
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
