// Previous / next links for one paged list of the sync page.
import Link from "next/link";

export function PageLinks({
  label,
  page,
  pageCount,
  hrefFor,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  const off = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400";
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev" scroll={false}>
          ← Previous<span className="sr-only"> page</span>
        </Link>
      ) : (
        <span className={off} aria-disabled="true">
          ← Previous
        </span>
      )}
      <span className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next" scroll={false}>
          Next<span className="sr-only"> page</span> →
        </Link>
      ) : (
        <span className={off} aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
